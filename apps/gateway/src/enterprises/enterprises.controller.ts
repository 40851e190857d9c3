import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  AnnualDataBody,
  CreateEnterpriseBody,
  EnterpriseProfile,
  ListEnterprisesRequest,
  MAX_DATA_YEAR,
  MIN_DATA_YEAR,
  ReasonBody,
  UpdateEnterpriseBody,
} from '@ladder/contracts';
import type {
  AnnualDataDto,
  ChangeLogEntryDto,
  EnterpriseDto,
  Page,
  ProfileResultDto,
  RegistryStatsDto,
  UsccCheckDto,
} from '@ladder/contracts';
import { MessagingClient, RemoteError } from '@ladder/platform-messaging';
import type { JsonBytes } from '@ladder/platform-messaging';
import { validateUscc } from '@ladder/shared-domain';
import { PERM } from '@ladder/shared-permissions';
import type { FastifyReply } from 'fastify';

import { AuditAction, RequirePermission, User } from '../auth/auth.decorators';
import { collectPages, sendXlsx } from '../common/export';
import { ApiError } from '../common/http-error';
import { actorOf } from '../common/request-context';
import type { CurrentUser, LadderRequest } from '../common/request-context';
import { ExcelService } from './excel.service';

function usccParam(raw: string): string {
  const result = validateUscc(decodeURIComponent(raw));
  if (!result.valid) throw new ApiError('VALIDATION_FAILED', `统一社会信用代码无效：${result.message}`);
  return result.normalized;
}

function yearParam(raw: string): number {
  const year = Number(raw);
  if (!Number.isInteger(year) || year < MIN_DATA_YEAR || year > MAX_DATA_YEAR) {
    throw new ApiError('VALIDATION_FAILED', `数据年度应为${MIN_DATA_YEAR}–${MAX_DATA_YEAR}之间的整数`);
  }
  return year;
}

/** The enterprise pool (企业培育库) over HTTP: the registry answers over NATS; scope is the registry's rule. */
@ApiTags('enterprises 企业培育库')
@ApiBearerAuth()
@Controller()
export class EnterprisesController {
  constructor(
    private readonly messaging: MessagingClient,
    private readonly excel: ExcelService,
  ) {}

  @Get('enterprises')
  @RequirePermission(PERM.enterprise.read)
  @ApiOperation({ summary: '企业列表：按县、行业、产业链、规模、层级、类别、关键词筛选，分页' })
  async list(
    @User() user: CurrentUser,
    @Query() query: ListEnterprisesRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<JsonBytes<Page<EnterpriseDto>>> {
    // The registry's page passed on as the JSON it sent (not decoded and encoded again): the same body and type.
    const page = await this.messaging.requestJson('registry.enterprise.list', { ...query, actor: actorOf(user) });
    void reply.type('application/json; charset=utf-8');
    return page;
  }

  @Post('enterprises')
  @RequirePermission(PERM.enterprise.write)
  @AuditAction('enterprise.create')
  @ApiOperation({ summary: '新增企业并入库' })
  @ApiBody({ schema: { $ref: '#/components/schemas/CreateEnterpriseBody' } })
  async create(@User() user: CurrentUser, @Body() body: CreateEnterpriseBody, @Req() req: LadderRequest): Promise<EnterpriseDto> {
    const created = await this.messaging.request('registry.enterprise.create', { ...body, actor: actorOf(user) });
    req.audit = { target: created.uscc, before: null, after: created };
    return created;
  }

  @Post('enterprises/profiles')
  @HttpCode(200)
  @RequirePermission(PERM.enterprise.write)
  @AuditAction('enterprise.profile')
  @ApiOperation({ summary: '按企业画像（docs/enterprise-profile.schema.json）新增或更新企业及其年度数据' })
  @ApiBody({ schema: { $ref: '#/components/schemas/EnterpriseProfile' } })
  async submitProfile(@User() user: CurrentUser, @Body() body: EnterpriseProfile, @Req() req: LadderRequest): Promise<ProfileResultDto> {
    const result = await this.messaging.request('registry.profile.submit', { profile: body, actor: actorOf(user) });
    req.audit = { target: result.uscc, after: result };
    return result;
  }

  @Get('enterprises/check-uscc')
  @RequirePermission(PERM.enterprise.read)
  @ApiOperation({ summary: '校验统一社会信用代码，并查询是否已在库' })
  async checkUscc(@User() user: CurrentUser, @Query('uscc') uscc = ''): Promise<UsccCheckDto> {
    const result = validateUscc(uscc);
    if (!result.valid) return { valid: false, normalized: result.normalized, message: result.message, exists: false };
    try {
      await this.messaging.request('registry.enterprise.get', { uscc: result.normalized, actor: { ...actorOf(user), countyCode: undefined } });
      return { valid: true, normalized: result.normalized, message: null, exists: true };
    } catch (error) {
      if (error instanceof RemoteError && error.code === 'REGISTRY_ENTERPRISE_NOT_FOUND') {
        return { valid: true, normalized: result.normalized, message: null, exists: false };
      }
      throw error;
    }
  }

  @Get('enterprises/export.xlsx')
  @RequirePermission(PERM.enterprise.export)
  @ApiOperation({ summary: '按当前筛选条件导出 Excel' })
  async export(@User() user: CurrentUser, @Query() query: ListEnterprisesRequest, @Res() reply: FastifyReply): Promise<void> {
    const items = await collectPages((page, pageSize) =>
      this.messaging.request('registry.enterprise.list', { ...query, page, pageSize, actor: actorOf(user) }),
    );
    await sendXlsx(reply, await this.excel.enterprises(items), `企业培育库-${new Date().toISOString().slice(0, 10)}.xlsx`);
  }

  @Get('enterprises/import-template.xlsx')
  @RequirePermission(PERM.enterprise.import)
  @ApiOperation({ summary: '下载导入模板' })
  async template(@Res() reply: FastifyReply): Promise<void> {
    await sendXlsx(reply, await this.excel.template(), '企业培育库导入模板.xlsx');
  }

  @Get('stats/registry')
  @RequirePermission(PERM.dashboard.read)
  stats(@User() user: CurrentUser): Promise<RegistryStatsDto> {
    return this.messaging.request('registry.stats.summary', { actor: actorOf(user) });
  }

  @Get('enterprises/:uscc')
  @RequirePermission(PERM.enterprise.read)
  get(@User() user: CurrentUser, @Param('uscc') uscc: string): Promise<EnterpriseDto> {
    return this.messaging.request('registry.enterprise.get', { uscc: usccParam(uscc), actor: actorOf(user) });
  }

  @Patch('enterprises/:uscc')
  @RequirePermission(PERM.enterprise.write)
  @AuditAction('enterprise.update')
  @ApiBody({ schema: { $ref: '#/components/schemas/UpdateEnterpriseBody' } })
  async update(
    @User() user: CurrentUser,
    @Param('uscc') uscc: string,
    @Body() body: UpdateEnterpriseBody,
    @Req() req: LadderRequest,
  ): Promise<EnterpriseDto> {
    const { expectedVersion, ...patch } = body;
    const { before, after } = await this.messaging.request('registry.enterprise.update', {
      uscc: usccParam(uscc),
      patch,
      expectedVersion,
      actor: actorOf(user),
    });
    req.audit = { target: after.uscc, before, after };
    return after;
  }

  @Post('enterprises/:uscc/remove')
  @HttpCode(200)
  @RequirePermission(PERM.enterprise.remove)
  @AuditAction('enterprise.remove')
  @ApiBody({ schema: { $ref: '#/components/schemas/ReasonBody' } })
  async remove(@User() user: CurrentUser, @Param('uscc') uscc: string, @Body() body: ReasonBody, @Req() req: LadderRequest): Promise<EnterpriseDto> {
    const { before, after } = await this.messaging.request('registry.enterprise.remove', {
      uscc: usccParam(uscc),
      reason: body.reason,
      actor: actorOf(user),
    });
    req.audit = { target: after.uscc, before, after };
    return after;
  }

  @Post('enterprises/:uscc/readmit')
  @HttpCode(200)
  @RequirePermission(PERM.enterprise.remove)
  @AuditAction('enterprise.readmit')
  @ApiBody({ schema: { $ref: '#/components/schemas/ReasonBody' } })
  async readmit(@User() user: CurrentUser, @Param('uscc') uscc: string, @Body() body: ReasonBody, @Req() req: LadderRequest): Promise<EnterpriseDto> {
    const { before, after } = await this.messaging.request('registry.enterprise.readmit', {
      uscc: usccParam(uscc),
      reason: body.reason,
      actor: actorOf(user),
    });
    req.audit = { target: after.uscc, before, after };
    return after;
  }

  @Get('enterprises/:uscc/history')
  @RequirePermission(PERM.enterprise.read)
  history(@User() user: CurrentUser, @Param('uscc') uscc: string): Promise<ChangeLogEntryDto[]> {
    return this.messaging.request('registry.enterprise.history', { uscc: usccParam(uscc), actor: actorOf(user) });
  }

  @Get('enterprises/:uscc/annual-data')
  @RequirePermission(PERM.enterprise.read)
  annualData(@User() user: CurrentUser, @Param('uscc') uscc: string): Promise<AnnualDataDto[]> {
    return this.messaging.request('registry.annual-data.list', { uscc: usccParam(uscc), actor: actorOf(user) });
  }

  @Put('enterprises/:uscc/annual-data/:year')
  @RequirePermission(PERM.enterprise.write)
  @AuditAction('enterprise.annual-data')
  @ApiBody({ schema: { $ref: '#/components/schemas/AnnualDataBody' } })
  async submitAnnualData(
    @User() user: CurrentUser,
    @Param('uscc') uscc: string,
    @Param('year') year: string,
    @Body() body: AnnualDataBody,
    @Req() req: LadderRequest,
  ): Promise<AnnualDataDto> {
    const { before, after } = await this.messaging.request('registry.annual-data.submit', {
      uscc: usccParam(uscc),
      year: yearParam(year),
      facts: body.facts,
      source: 'manual',
      actor: actorOf(user),
    });
    req.audit = { target: `${after.uscc}/${after.year}`, before, after };
    return after;
  }
}
