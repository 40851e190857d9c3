import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import type {
  ApplicationDto,
  AwardCatalogueEntryDto,
  AwardComputationDto,
  AwardVersionDto,
  BudgetLineDto,
  EntitlementDto,
  LedgerEntryDto,
  MatchNoticeDto,
  MatchingDto,
  Page,
  ParkDto,
  PublicityDto,
  SubsidyReportDto,
} from '@ladder/contracts';
import { MessagingClient } from '@ladder/platform-messaging';
import { PERM, hasPermission } from '@ladder/shared-permissions';
import type { FastifyReply } from 'fastify';

import { AuditAction, RequirePermission, User } from '../auth/auth.decorators';
import { AuthService } from '../auth/auth.service';
import { objectBody } from '../common/body';
import { collectPages, sendXlsx } from '../common/export';
import { ApiError } from '../common/http-error';
import { typedQuery } from '../common/query';
import type { RawQuery } from '../common/query';
import { actorOf } from '../common/request-context';
import type { CurrentUser, LadderRequest } from '../common/request-context';
import { SubsidiesExcelService } from './subsidies-excel.service';

/**
 * Awards (奖补兑现) over HTTP: catalogue and successor versions, 免申即享 entitlements through 公示 → business
 * approval → finance approval → payment, applications, budgets, ledger, reports, matching and parks. The subsidies
 * service validates every body with its contract classes; the gateway adds the acting user and the permission.
 */
@ApiTags('subsidies 奖补兑现')
@ApiBearerAuth()
@Controller('subsidies')
export class SubsidiesController {
  constructor(
    private readonly messaging: MessagingClient,
    private readonly excel: SubsidiesExcelService,
    private readonly auth: AuthService,
  ) {}

  // --- catalogue --------------------------------------------------------------------------------------------

  @Get('catalogue')
  @RequirePermission(PERM.subsidies.read)
  @ApiOperation({ summary: '奖补目录（金额、上限、出资层级、条款）及各政策版本' })
  catalogue(@User() user: CurrentUser): Promise<AwardCatalogueEntryDto[]> {
    return this.messaging.request('subsidies.catalogue.list', { actor: actorOf(user) });
  }

  @Post('compute')
  @HttpCode(200)
  @RequirePermission(PERM.subsidies.read)
  @ApiOperation({ summary: '奖补测算：按事实计算一项奖补（与 npm run policy -- award 一致）' })
  @ApiBody({ schema: { $ref: '#/components/schemas/ComputeAwardRequest' } })
  compute(@User() user: CurrentUser, @Body() body: unknown): Promise<AwardComputationDto> {
    return this.messaging.request('subsidies.award.compute', { ...objectBody(body), actor: actorOf(user) } as never);
  }

  @Post('catalogue/versions')
  @RequirePermission(PERM.subsidies.policyPropose)
  @AuditAction('subsidies.version.propose')
  @ApiOperation({ summary: '提出后续政策版本（须另一人审批后生效）' })
  @ApiBody({ schema: { $ref: '#/components/schemas/ProposeVersionRequest' } })
  async propose(@User() user: CurrentUser, @Body() body: unknown, @Req() req: LadderRequest): Promise<AwardVersionDto> {
    const v = await this.messaging.request('subsidies.version.propose', { ...objectBody(body), actor: actorOf(user) } as never);
    req.audit = { target: `${v.awardId}/${v.id}`, after: v };
    return v;
  }

  @Post('catalogue/versions/:id/decision')
  @HttpCode(200)
  @RequirePermission(PERM.subsidies.policyApprove)
  @AuditAction('subsidies.version.decide')
  @ApiOperation({ summary: '审批后续政策版本（提出人不能审批自己的提议）' })
  async decide(@User() user: CurrentUser, @Param('id') id: string, @Body() body: unknown, @Req() req: LadderRequest): Promise<AwardVersionDto> {
    const v = await this.messaging.request('subsidies.version.decide', { ...objectBody(body), versionId: id, actor: actorOf(user) } as never);
    req.audit = { target: `${v.awardId}/${v.id}`, after: v };
    return v;
  }

  // --- entitlements -----------------------------------------------------------------------------------------

  @Get('entitlements')
  @RequirePermission(PERM.subsidies.read)
  entitlements(@User() user: CurrentUser, @Query() q: RawQuery): Promise<Page<EntitlementDto>> {
    return this.messaging.request('subsidies.entitlement.list', { ...typedQuery(q), actor: actorOf(user) });
  }

  @Get('entitlements.xlsx')
  @RequirePermission(PERM.subsidies.read)
  async entitlementsExport(@User() user: CurrentUser, @Query() q: RawQuery, @Res() reply: FastifyReply): Promise<void> {
    const items = await collectPages((page, pageSize) =>
      this.messaging.request('subsidies.entitlement.list', { ...typedQuery(q), page, pageSize, actor: actorOf(user) }),
    );
    await sendXlsx(reply, await this.excel.entitlements(items), `奖补清单-${new Date().toISOString().slice(0, 10)}.xlsx`);
  }

  @Get('entitlements/:id')
  @RequirePermission(PERM.subsidies.read)
  entitlement(@User() user: CurrentUser, @Param('id') id: string): Promise<EntitlementDto> {
    return this.messaging.request('subsidies.entitlement.get', { entitlementId: id, actor: actorOf(user) });
  }

  @Post('entitlements/:id/approve')
  @HttpCode(200)
  @RequirePermission(PERM.subsidies.review, PERM.subsidies.finance)
  @AuditAction('subsidies.entitlement.approve')
  @ApiOperation({ summary: '审批：step=business 业务审核（市工信局）→ step=finance 财政审核（市财政局，预留预算）' })
  @ApiBody({ schema: { $ref: '#/components/schemas/ApproveEntitlementRequest' } })
  async approve(@User() user: CurrentUser, @Param('id') id: string, @Body() body: unknown, @Req() req: LadderRequest): Promise<EntitlementDto> {
    const b = objectBody(body);
    const needed = b['step'] === 'finance' ? PERM.subsidies.finance : PERM.subsidies.review;
    if (!hasPermission(user.permissions, needed)) {
      throw new ApiError('FORBIDDEN', b['step'] === 'finance' ? '财政审核须由市财政局审核人办理' : '业务审核须由市工信局审核人办理');
    }
    const e = await this.messaging.request('subsidies.entitlement.approve', { ...b, entitlementId: id, actor: actorOf(user) } as never);
    req.audit = { target: `${e.uscc}/${e.awardId}`, after: { status: e.status, step: b['step'], decision: b['decision'], amountFen: e.amountFen } };
    return e;
  }

  @Post('entitlements/:id/disburse')
  @HttpCode(200)
  @RequirePermission(PERM.subsidies.disburse)
  @AuditAction('subsidies.entitlement.disburse')
  @ApiOperation({ summary: '登记拨付（凭证号、拨付日期），核销预算' })
  async disburse(@User() user: CurrentUser, @Param('id') id: string, @Body() body: unknown, @Req() req: LadderRequest): Promise<EntitlementDto> {
    const e = await this.messaging.request('subsidies.entitlement.disburse', { ...objectBody(body), entitlementId: id, actor: actorOf(user) } as never);
    req.audit = { target: `${e.uscc}/${e.awardId}`, after: { status: e.status, voucherNo: e.voucherNo, amountFen: e.amountFen } };
    return e;
  }

  @Post('entitlements/:id/cancel')
  @HttpCode(200)
  @RequirePermission(PERM.subsidies.review)
  @AuditAction('subsidies.entitlement.cancel')
  async cancel(@User() user: CurrentUser, @Param('id') id: string, @Body() body: unknown, @Req() req: LadderRequest): Promise<EntitlementDto> {
    const e = await this.messaging.request('subsidies.entitlement.cancel', { ...objectBody(body), entitlementId: id, actor: actorOf(user) } as never);
    req.audit = { target: `${e.uscc}/${e.awardId}`, after: { status: e.status } };
    return e;
  }

  @Post('entitlements/:id/objections')
  @RequirePermission(PERM.subsidies.operate)
  @AuditAction('subsidies.objection.raise')
  @ApiOperation({ summary: '登记公示异议（该项暂停）' })
  async objection(@User() user: CurrentUser, @Param('id') id: string, @Body() body: unknown, @Req() req: LadderRequest): Promise<PublicityDto> {
    const p = await this.messaging.request('subsidies.objection.raise', { ...objectBody(body), entitlementId: id, actor: actorOf(user) } as never);
    req.audit = { target: id, after: objectBody(body) };
    return p;
  }

  @Post('objections/:id/resolve')
  @HttpCode(200)
  @RequirePermission(PERM.subsidies.review)
  @AuditAction('subsidies.objection.resolve')
  async resolveObjection(@User() user: CurrentUser, @Param('id') id: string, @Body() body: unknown, @Req() req: LadderRequest): Promise<PublicityDto> {
    const p = await this.messaging.request('subsidies.objection.resolve', { ...objectBody(body), objectionId: id, actor: actorOf(user) } as never);
    req.audit = { target: id, after: objectBody(body) };
    return p;
  }

  // --- 公示 -------------------------------------------------------------------------------------------------

  @Get('publicity')
  @RequirePermission(PERM.subsidies.read)
  publicityList(@User() user: CurrentUser, @Query() q: RawQuery): Promise<Page<PublicityDto>> {
    return this.messaging.request('subsidies.publicity.list', { ...typedQuery(q), actor: actorOf(user) });
  }

  @Get('publicity/:id')
  @RequirePermission(PERM.subsidies.read)
  publicity(@User() user: CurrentUser, @Param('id') id: string): Promise<PublicityDto> {
    return this.messaging.request('subsidies.publicity.get', { publicityId: id, actor: actorOf(user) });
  }

  @Post('publicity')
  @RequirePermission(PERM.subsidies.operate)
  @AuditAction('subsidies.publicity.create')
  @ApiOperation({
    summary:
      '发布公示（待公示的免申即享奖补，设异议期）。开始日期不得早于今天；补录已发布的公示须填写 backdateReason，并由另一名有奖补审核权限的人员在 approver 中当场输入用户名和密码批准',
  })
  @ApiBody({
    schema: {
      allOf: [
        { $ref: '#/components/schemas/CreatePublicityRequest' },
        {
          type: 'object',
          properties: {
            approver: {
              type: 'object',
              title: '批准人（补录时）',
              properties: { username: { type: 'string', maxLength: 64 }, password: { type: 'string', maxLength: 128 } },
              required: ['username', 'password'],
            },
          },
        },
      ],
    },
  })
  async createPublicity(@User() user: CurrentUser, @Body() body: unknown, @Req() req: LadderRequest): Promise<PublicityDto> {
    // `approver` (username + password) is checked here and passed on as `approvedBy`; a client never sets that.
    const { approver, approvedBy: _ignored, ...rest } = objectBody(body);
    const approvedBy = approver === undefined ? undefined : await this.auth.coSign(approver, user, PERM.subsidies.review);
    const p = await this.messaging.request('subsidies.publicity.create', { ...rest, ...(approvedBy ? { approvedBy } : {}), actor: actorOf(user) } as never);
    req.audit = { target: p.id, after: p };
    return p;
  }

  @Post('publicity/:id/close')
  @HttpCode(200)
  @RequirePermission(PERM.subsidies.operate)
  @AuditAction('subsidies.publicity.close')
  @ApiOperation({ summary: '公示期满结束公示：无异议的进入审批' })
  async closePublicity(@User() user: CurrentUser, @Param('id') id: string, @Req() req: LadderRequest): Promise<PublicityDto> {
    const p = await this.messaging.request('subsidies.publicity.close', { publicityId: id, actor: actorOf(user) });
    req.audit = { target: p.id, after: { status: p.status } };
    return p;
  }

  // --- applications -----------------------------------------------------------------------------------------

  @Get('applications')
  @RequirePermission(PERM.subsidies.read)
  applications(@User() user: CurrentUser, @Query() q: RawQuery): Promise<Page<ApplicationDto>> {
    return this.messaging.request('subsidies.application.list', { ...typedQuery(q), actor: actorOf(user) });
  }

  @Post('applications')
  @RequirePermission(PERM.subsidies.operate)
  @AuditAction('subsidies.application.submit')
  @ApiOperation({ summary: '申报奖补（附材料），提交时按政策测算' })
  @ApiBody({ schema: { $ref: '#/components/schemas/SubmitApplicationRequest' } })
  async submit(@User() user: CurrentUser, @Body() body: unknown, @Req() req: LadderRequest): Promise<ApplicationDto> {
    const a = await this.messaging.request('subsidies.application.submit', { ...objectBody(body), actor: actorOf(user) } as never);
    req.audit = { target: `${a.uscc}/${a.awardId}`, after: { id: a.id, amountFen: a.amountFen, reference: a.reference } };
    return a;
  }

  @Post('applications/:id/review')
  @HttpCode(200)
  @RequirePermission(PERM.subsidies.review)
  @AuditAction('subsidies.application.review')
  async review(@User() user: CurrentUser, @Param('id') id: string, @Body() body: unknown, @Req() req: LadderRequest): Promise<ApplicationDto> {
    const a = await this.messaging.request('subsidies.application.review', { ...objectBody(body), applicationId: id, actor: actorOf(user) } as never);
    req.audit = { target: `${a.uscc}/${a.awardId}`, after: { status: a.status, entitlementId: a.entitlementId } };
    return a;
  }

  // --- budgets, ledger, reports ------------------------------------------------------------------------------

  @Get('budgets')
  @RequirePermission(PERM.subsidies.read)
  budgets(@User() user: CurrentUser, @Query() q: RawQuery): Promise<BudgetLineDto[]> {
    return this.messaging.request('subsidies.budget.list', { ...typedQuery(q), actor: actorOf(user) });
  }

  @Put('budgets')
  @RequirePermission(PERM.subsidies.budget)
  @AuditAction('subsidies.budget.allocate')
  @ApiOperation({ summary: '下达（调整）某出资层级某年度预算' })
  @ApiBody({ schema: { $ref: '#/components/schemas/SetBudgetRequest' } })
  async allocate(@User() user: CurrentUser, @Body() body: unknown, @Req() req: LadderRequest): Promise<BudgetLineDto> {
    const line = await this.messaging.request('subsidies.budget.allocate', { ...objectBody(body), actor: actorOf(user) } as never);
    req.audit = { target: `${line.year}/${line.payer}${line.countyCode ? `/${line.countyCode}` : ''}`, after: line };
    return line;
  }

  @Get('ledger')
  @RequirePermission(PERM.subsidies.read)
  ledger(@User() user: CurrentUser, @Query() q: RawQuery): Promise<Page<LedgerEntryDto>> {
    return this.messaging.request('subsidies.ledger.list', { ...typedQuery(q), actor: actorOf(user) });
  }

  @Get('ledger.xlsx')
  @RequirePermission(PERM.subsidies.read)
  async ledgerExport(@User() user: CurrentUser, @Query() q: RawQuery, @Res() reply: FastifyReply): Promise<void> {
    const items = await collectPages((page, pageSize) =>
      this.messaging.request('subsidies.ledger.list', { ...typedQuery(q), page, pageSize, actor: actorOf(user) }),
    );
    await sendXlsx(reply, await this.excel.ledger(items), `资金台账-${new Date().toISOString().slice(0, 10)}.xlsx`);
  }

  @Get('report')
  @RequirePermission(PERM.subsidies.read)
  @ApiOperation({ summary: '按项目、县（市、区）、年度汇总，及预算与台账对账' })
  report(@User() user: CurrentUser, @Query() q: RawQuery): Promise<SubsidyReportDto> {
    return this.messaging.request('subsidies.report.summary', { ...typedQuery(q), actor: actorOf(user) });
  }

  @Get('report.xlsx')
  @RequirePermission(PERM.subsidies.read)
  async reportExport(@User() user: CurrentUser, @Query() q: RawQuery, @Res() reply: FastifyReply): Promise<void> {
    const report = await this.messaging.request('subsidies.report.summary', { ...typedQuery(q), actor: actorOf(user) });
    await sendXlsx(reply, await this.excel.report(report), `奖补汇总与对账-${report.year ?? '全部年度'}.xlsx`);
  }

  // --- matching, notices, parks -------------------------------------------------------------------------------

  @Get('matching/:uscc')
  @RequirePermission(PERM.subsidies.read)
  @ApiOperation({ summary: '惠企政策智能匹配：企业可享受的奖补及其他奖补尚缺条件' })
  matching(@User() user: CurrentUser, @Param('uscc') uscc: string): Promise<MatchingDto> {
    return this.messaging.request('subsidies.matching.enterprise', { uscc, actor: actorOf(user) });
  }

  @Get('notices')
  @RequirePermission(PERM.subsidies.read)
  notices(@User() user: CurrentUser, @Query() q: RawQuery): Promise<Page<MatchNoticeDto>> {
    return this.messaging.request('subsidies.notice.list', { ...typedQuery(q), actor: actorOf(user) });
  }

  @Post('notices/:id/read')
  @HttpCode(200)
  @RequirePermission(PERM.subsidies.read)
  acknowledge(@User() user: CurrentUser, @Param('id') id: string): Promise<MatchNoticeDto> {
    const noticeId = /^\d+$/.test(id) ? Number(id) : id;
    return this.messaging.request('subsidies.notice.acknowledge', { noticeId, actor: actorOf(user) } as never);
  }

  @Get('parks')
  @RequirePermission(PERM.subsidies.read)
  parks(@User() user: CurrentUser): Promise<ParkDto[]> {
    return this.messaging.request('subsidies.park.list', { actor: actorOf(user) });
  }

  @Post('parks')
  @RequirePermission(PERM.subsidies.operate)
  @AuditAction('subsidies.park.upsert')
  @ApiBody({ schema: { $ref: '#/components/schemas/UpsertParkRequest' } })
  async upsertPark(@User() user: CurrentUser, @Body() body: unknown, @Req() req: LadderRequest): Promise<ParkDto> {
    const p = await this.messaging.request('subsidies.park.upsert', { ...objectBody(body), actor: actorOf(user) } as never);
    req.audit = { target: p.id, after: p };
    return p;
  }

  @Put('parks/:id')
  @RequirePermission(PERM.subsidies.operate)
  @AuditAction('subsidies.park.upsert')
  async updatePark(@User() user: CurrentUser, @Param('id') id: string, @Body() body: unknown, @Req() req: LadderRequest): Promise<ParkDto> {
    const p = await this.messaging.request('subsidies.park.upsert', { ...objectBody(body), id, actor: actorOf(user) } as never);
    req.audit = { target: p.id, after: p };
    return p;
  }
}
