import { createHash } from 'node:crypto';

import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import { IMPORT_CHUNK_ROWS, MAX_IMPORT_ROWS, PageQuery } from '@ladder/contracts';
import type { ImportJobDto, ImportRowErrorDto, Page } from '@ladder/contracts';
import { MessagingClient } from '@ladder/platform-messaging';
import { PERM } from '@ladder/shared-permissions';
import type { FastifyReply } from 'fastify';

import { AuditAction, RequirePermission, User } from '../auth/auth.decorators';
import { sendXlsx } from '../common/export';
import { ApiError } from '../common/http-error';
import { actorOf } from '../common/request-context';
import type { CurrentUser, LadderRequest } from '../common/request-context';
import { UploadedBytes } from '../common/upload.decorator';
import { ExcelService } from './excel.service';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const uuid = new ParseUUIDPipe();

/**
 * Excel import: the gateway reads the sheet, the registry stores the rows and applies them in the background in
 * batches (REGISTRY_IMPORT_BATCH_ROWS rows a transaction); the console polls the job for progress and downloads
 * the error report.
 */
@ApiTags('imports 批量导入')
@ApiBearerAuth()
@Controller('enterprises/imports')
@RequirePermission(PERM.enterprise.import)
export class ImportsController {
  constructor(
    private readonly messaging: MessagingClient,
    private readonly excel: ExcelService,
  ) {}

  @Post()
  @HttpCode(202)
  @AuditAction('enterprise.import')
  @ApiConsumes(XLSX_MIME)
  @ApiOperation({ summary: '上传导入文件（请求体为 .xlsx 原始内容，文件名放在 X-File-Name 头）' })
  async upload(@User() user: CurrentUser, @UploadedBytes(XLSX_MIME) body: Buffer, @Req() req: LadderRequest): Promise<ImportJobDto> {
    const rawName = req.headers['x-file-name'];
    let fileName = 'import.xlsx';
    try {
      if (typeof rawName === 'string' && rawName) fileName = decodeURIComponent(rawName).slice(0, 200);
    } catch {
      fileName = 'import.xlsx';
    }
    const rows = await this.excel.parseImport(body);
    if (rows.length === 0) throw new ApiError('REGISTRY_IMPORT_TEMPLATE', '文件中没有数据行');
    if (rows.length > MAX_IMPORT_ROWS) throw new ApiError('REGISTRY_IMPORT_TEMPLATE', `单个文件最多${MAX_IMPORT_ROWS}行，请拆分后导入`);
    const actor = actorOf(user);
    const fileHash = createHash('sha256').update(body).digest('hex');
    let job = await this.messaging.request('registry.import.create', { fileName, fileHash, totalRows: rows.length, actor });
    // Two chunks in flight: the registry stores one while the next is encoded and on its way (each append is a
    // transaction of its own, counted with an increment; a failed append stops the upload with its error).
    const importId = job.id;
    let previous: Promise<unknown> | undefined;
    for (let i = 0; i < rows.length; i += IMPORT_CHUNK_ROWS) {
      const append = this.messaging.request('registry.import.append', { importId, rows: rows.slice(i, i + IMPORT_CHUNK_ROWS), actor });
      // Awaited in turn below; handled from now on, so that it failing while the previous one is awaited is not
      // an unhandled rejection.
      append.catch(() => undefined);
      if (previous) await previous;
      previous = append;
    }
    await previous;
    job = await this.messaging.request('registry.import.start', { importId, actor });
    req.audit = { target: job.id, after: { fileName, fileHash, totalRows: rows.length } };
    return job;
  }

  @Get()
  list(@User() user: CurrentUser, @Query() q: PageQuery): Promise<Page<ImportJobDto>> {
    return this.messaging.request('registry.import.list', { page: q.page, pageSize: q.pageSize, actor: actorOf(user) });
  }

  @Get(':id')
  get(@User() user: CurrentUser, @Param('id', uuid) id: string): Promise<ImportJobDto> {
    return this.messaging.request('registry.import.get', { importId: id, actor: actorOf(user) });
  }

  @Get(':id/errors')
  errors(@User() user: CurrentUser, @Param('id', uuid) id: string): Promise<ImportRowErrorDto[]> {
    return this.messaging.request('registry.import.errors', { importId: id, actor: actorOf(user) });
  }

  @Get(':id/errors.xlsx')
  async errorReport(@User() user: CurrentUser, @Param('id', uuid) id: string, @Res() reply: FastifyReply): Promise<void> {
    const rows = await this.messaging.request('registry.import.errors', { importId: id, actor: actorOf(user) });
    await sendXlsx(reply, await this.excel.importErrors(rows), `导入错误报告-${id.slice(0, 8)}.xlsx`);
  }
}
