import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Page } from '@ladder/contracts';
import { PERM } from '@ladder/shared-permissions';
import type { FastifyReply } from 'fastify';

import { RequirePermission } from '../auth/auth.decorators';
import { sendXlsx } from '../common/export';
import { ExcelService } from '../enterprises/excel.service';
import { AuditQuery } from './audit.dto';
import { AuditService } from './audit.service';
import type { AuditEntryDto } from './audit.service';

/** Read-only: the audit administrator's view. No route changes or deletes an entry. */
@ApiTags('audit 审计日志')
@ApiBearerAuth()
@Controller('audit')
@RequirePermission(PERM.audit.read)
export class AuditController {
  constructor(
    private readonly audit: AuditService,
    private readonly excel: ExcelService,
  ) {}

  @Get()
  search(@Query() q: AuditQuery): Promise<Page<AuditEntryDto>> {
    return this.audit.search(q);
  }

  @Get('export.xlsx')
  async export(@Query() q: AuditQuery, @Res() reply: FastifyReply): Promise<void> {
    const rows = await this.audit.all(q);
    const buffer = await this.excel.auditReport(rows);
    await sendXlsx(reply, buffer, `审计日志-${new Date().toISOString().slice(0, 10)}.xlsx`);
  }
}
