import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ApplicationQuery,
  ApproveEntitlementBody,
  BudgetQuery,
  CancelEntitlementBody,
  ComputeAwardBody,
  DecideVersionBody,
  DisburseEntitlementBody,
  EntitlementQuery,
  LedgerQuery,
  NoticeQuery,
  ProposeVersionBody,
  PublicityQuery,
  RaiseObjectionBody,
  ResolveObjectionBody,
  ReviewApplicationBody,
  SetBudgetBody,
  SubmitApplicationBody,
  UpsertParkBody,
} from '@ladder/contracts';
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
import { PERM } from '@ladder/shared-permissions';
import type { FastifyReply } from 'fastify';

import { AuditAction, RequirePermission, User } from '../auth/auth.decorators';
import { AuthService } from '../auth/auth.service';
import { RequirePermissionByField } from '../auth/field-permission.guard';
import { collectPages, sendXlsx } from '../common/export';
import { ApiError } from '../common/http-error';
import { actorOf } from '../common/request-context';
import type { CurrentUser, LadderRequest } from '../common/request-context';
import { CreatePublicityHttpBody } from './publicity.dto';
import { SubsidiesExcelService } from './subsidies-excel.service';

/** A notice id from the path: a positive integer. */
function noticeIdParam(raw: string): number {
  const id = Number(raw);
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(id) || id < 1) throw new ApiError('VALIDATION_FAILED', '通知ID应为正整数');
  return id;
}

/**
 * Awards (奖补兑现) over HTTP: catalogue and successor versions, 免申即享 entitlements through 公示 → business
 * approval → finance approval → payment, applications, budgets, ledger, reports, matching and parks. Bodies and
 * queries are the contract classes without the acting user and the ids of the path: the global pipe validates them
 * here and OpenAPI describes them; the gateway adds the acting user and checks the permission (the approval step's
 * by its guard), and the subsidies service validates the whole request again.
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
  compute(@User() user: CurrentUser, @Body() body: ComputeAwardBody): Promise<AwardComputationDto> {
    return this.messaging.request('subsidies.award.compute', { ...body, actor: actorOf(user) });
  }

  @Post('catalogue/versions')
  @RequirePermission(PERM.subsidies.policyPropose)
  @AuditAction('subsidies.version.propose')
  @ApiOperation({ summary: '提出后续政策版本（须另一人审批后生效）' })
  async propose(@User() user: CurrentUser, @Body() body: ProposeVersionBody, @Req() req: LadderRequest): Promise<AwardVersionDto> {
    const v = await this.messaging.request('subsidies.version.propose', { ...body, actor: actorOf(user) });
    req.audit = { target: `${v.awardId}/${v.id}`, after: v };
    return v;
  }

  @Post('catalogue/versions/:id/decision')
  @HttpCode(200)
  @RequirePermission(PERM.subsidies.policyApprove)
  @AuditAction('subsidies.version.decide')
  @ApiOperation({ summary: '审批后续政策版本（提出人不能审批自己的提议）' })
  async decide(@User() user: CurrentUser, @Param('id') id: string, @Body() body: DecideVersionBody, @Req() req: LadderRequest): Promise<AwardVersionDto> {
    const v = await this.messaging.request('subsidies.version.decide', { ...body, versionId: id, actor: actorOf(user) });
    req.audit = { target: `${v.awardId}/${v.id}`, after: v };
    return v;
  }

  // --- entitlements -----------------------------------------------------------------------------------------

  @Get('entitlements')
  @RequirePermission(PERM.subsidies.read)
  entitlements(@User() user: CurrentUser, @Query() q: EntitlementQuery): Promise<Page<EntitlementDto>> {
    return this.messaging.request('subsidies.entitlement.list', { ...q, actor: actorOf(user) });
  }

  @Get('entitlements.xlsx')
  @RequirePermission(PERM.subsidies.read)
  async entitlementsExport(@User() user: CurrentUser, @Query() q: EntitlementQuery, @Res() reply: FastifyReply): Promise<void> {
    const items = await collectPages((page, pageSize) =>
      this.messaging.request('subsidies.entitlement.list', { ...q, page, pageSize, actor: actorOf(user) }),
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
  @RequirePermissionByField<ApproveEntitlementBody, 'step'>(
    'step',
    {
      business: { permission: PERM.subsidies.review, refusal: '业务审核须由市工信局审核人办理' },
      finance: { permission: PERM.subsidies.finance, refusal: '财政审核须由市财政局审核人办理' },
    },
    'business',
  )
  @AuditAction('subsidies.entitlement.approve')
  @ApiOperation({ summary: '审批：step=business 业务审核（市工信局）→ step=finance 财政审核（市财政局，预留预算）' })
  async approve(@User() user: CurrentUser, @Param('id') id: string, @Body() body: ApproveEntitlementBody, @Req() req: LadderRequest): Promise<EntitlementDto> {
    const e = await this.messaging.request('subsidies.entitlement.approve', { ...body, entitlementId: id, actor: actorOf(user) });
    req.audit = { target: `${e.uscc}/${e.awardId}`, after: { status: e.status, step: body.step, decision: body.decision, amountFen: e.amountFen } };
    return e;
  }

  @Post('entitlements/:id/disburse')
  @HttpCode(200)
  @RequirePermission(PERM.subsidies.disburse)
  @AuditAction('subsidies.entitlement.disburse')
  @ApiOperation({ summary: '登记拨付（凭证号、拨付日期），核销预算' })
  async disburse(@User() user: CurrentUser, @Param('id') id: string, @Body() body: DisburseEntitlementBody, @Req() req: LadderRequest): Promise<EntitlementDto> {
    const e = await this.messaging.request('subsidies.entitlement.disburse', { ...body, entitlementId: id, actor: actorOf(user) });
    req.audit = { target: `${e.uscc}/${e.awardId}`, after: { status: e.status, voucherNo: e.voucherNo, amountFen: e.amountFen } };
    return e;
  }

  @Post('entitlements/:id/cancel')
  @HttpCode(200)
  @RequirePermission(PERM.subsidies.review)
  @AuditAction('subsidies.entitlement.cancel')
  async cancel(@User() user: CurrentUser, @Param('id') id: string, @Body() body: CancelEntitlementBody, @Req() req: LadderRequest): Promise<EntitlementDto> {
    const e = await this.messaging.request('subsidies.entitlement.cancel', { ...body, entitlementId: id, actor: actorOf(user) });
    req.audit = { target: `${e.uscc}/${e.awardId}`, after: { status: e.status } };
    return e;
  }

  @Post('entitlements/:id/objections')
  @RequirePermission(PERM.subsidies.operate)
  @AuditAction('subsidies.objection.raise')
  @ApiOperation({ summary: '登记公示异议（该项暂停）' })
  async objection(@User() user: CurrentUser, @Param('id') id: string, @Body() body: RaiseObjectionBody, @Req() req: LadderRequest): Promise<PublicityDto> {
    const p = await this.messaging.request('subsidies.objection.raise', { ...body, entitlementId: id, actor: actorOf(user) });
    req.audit = { target: id, after: { ...body } };
    return p;
  }

  @Post('objections/:id/resolve')
  @HttpCode(200)
  @RequirePermission(PERM.subsidies.review)
  @AuditAction('subsidies.objection.resolve')
  async resolveObjection(
    @User() user: CurrentUser,
    @Param('id') id: string,
    @Body() body: ResolveObjectionBody,
    @Req() req: LadderRequest,
  ): Promise<PublicityDto> {
    const p = await this.messaging.request('subsidies.objection.resolve', { ...body, objectionId: id, actor: actorOf(user) });
    req.audit = { target: id, after: { ...body } };
    return p;
  }

  // --- 公示 -------------------------------------------------------------------------------------------------

  @Get('publicity')
  @RequirePermission(PERM.subsidies.read)
  publicityList(@User() user: CurrentUser, @Query() q: PublicityQuery): Promise<Page<PublicityDto>> {
    return this.messaging.request('subsidies.publicity.list', { ...q, actor: actorOf(user) });
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
  async createPublicity(@User() user: CurrentUser, @Body() body: CreatePublicityHttpBody, @Req() req: LadderRequest): Promise<PublicityDto> {
    // `approver` (username + password) is checked here and passed on as `approvedBy`; a client never sets that.
    const { approver, ...rest } = body;
    const approvedBy = approver === undefined ? undefined : await this.auth.coSign(approver, user, PERM.subsidies.review);
    const p = await this.messaging.request('subsidies.publicity.create', { ...rest, ...(approvedBy ? { approvedBy } : {}), actor: actorOf(user) });
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
  applications(@User() user: CurrentUser, @Query() q: ApplicationQuery): Promise<Page<ApplicationDto>> {
    return this.messaging.request('subsidies.application.list', { ...q, actor: actorOf(user) });
  }

  @Post('applications')
  @RequirePermission(PERM.subsidies.operate)
  @AuditAction('subsidies.application.submit')
  @ApiOperation({ summary: '申报奖补（附材料），提交时按政策测算' })
  async submit(@User() user: CurrentUser, @Body() body: SubmitApplicationBody, @Req() req: LadderRequest): Promise<ApplicationDto> {
    const a = await this.messaging.request('subsidies.application.submit', { ...body, actor: actorOf(user) });
    req.audit = { target: `${a.uscc}/${a.awardId}`, after: { id: a.id, amountFen: a.amountFen, reference: a.reference } };
    return a;
  }

  @Post('applications/:id/review')
  @HttpCode(200)
  @RequirePermission(PERM.subsidies.review)
  @AuditAction('subsidies.application.review')
  async review(@User() user: CurrentUser, @Param('id') id: string, @Body() body: ReviewApplicationBody, @Req() req: LadderRequest): Promise<ApplicationDto> {
    const a = await this.messaging.request('subsidies.application.review', { ...body, applicationId: id, actor: actorOf(user) });
    req.audit = { target: `${a.uscc}/${a.awardId}`, after: { status: a.status, entitlementId: a.entitlementId } };
    return a;
  }

  // --- budgets, ledger, reports ------------------------------------------------------------------------------

  @Get('budgets')
  @RequirePermission(PERM.subsidies.read)
  budgets(@User() user: CurrentUser, @Query() q: BudgetQuery): Promise<BudgetLineDto[]> {
    return this.messaging.request('subsidies.budget.list', { ...q, actor: actorOf(user) });
  }

  @Put('budgets')
  @RequirePermission(PERM.subsidies.budget)
  @AuditAction('subsidies.budget.allocate')
  @ApiOperation({ summary: '下达（调整）某出资层级某年度预算' })
  async allocate(@User() user: CurrentUser, @Body() body: SetBudgetBody, @Req() req: LadderRequest): Promise<BudgetLineDto> {
    const line = await this.messaging.request('subsidies.budget.allocate', { ...body, actor: actorOf(user) });
    req.audit = { target: `${line.year}/${line.payer}${line.countyCode ? `/${line.countyCode}` : ''}`, after: line };
    return line;
  }

  @Get('ledger')
  @RequirePermission(PERM.subsidies.read)
  ledger(@User() user: CurrentUser, @Query() q: LedgerQuery): Promise<Page<LedgerEntryDto>> {
    return this.messaging.request('subsidies.ledger.list', { ...q, actor: actorOf(user) });
  }

  @Get('ledger.xlsx')
  @RequirePermission(PERM.subsidies.read)
  async ledgerExport(@User() user: CurrentUser, @Query() q: LedgerQuery, @Res() reply: FastifyReply): Promise<void> {
    const items = await collectPages((page, pageSize) =>
      this.messaging.request('subsidies.ledger.list', { ...q, page, pageSize, actor: actorOf(user) }),
    );
    await sendXlsx(reply, await this.excel.ledger(items), `资金台账-${new Date().toISOString().slice(0, 10)}.xlsx`);
  }

  @Get('report')
  @RequirePermission(PERM.subsidies.read)
  @ApiOperation({ summary: '按项目、县（市、区）、年度汇总，及预算与台账对账' })
  report(@User() user: CurrentUser, @Query() q: BudgetQuery): Promise<SubsidyReportDto> {
    return this.messaging.request('subsidies.report.summary', { ...q, actor: actorOf(user) });
  }

  @Get('report.xlsx')
  @RequirePermission(PERM.subsidies.read)
  async reportExport(@User() user: CurrentUser, @Query() q: BudgetQuery, @Res() reply: FastifyReply): Promise<void> {
    const report = await this.messaging.request('subsidies.report.summary', { ...q, actor: actorOf(user) });
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
  notices(@User() user: CurrentUser, @Query() q: NoticeQuery): Promise<Page<MatchNoticeDto>> {
    return this.messaging.request('subsidies.notice.list', { ...q, actor: actorOf(user) });
  }

  @Post('notices/:id/read')
  @HttpCode(200)
  @RequirePermission(PERM.subsidies.read)
  acknowledge(@User() user: CurrentUser, @Param('id') id: string): Promise<MatchNoticeDto> {
    return this.messaging.request('subsidies.notice.acknowledge', { noticeId: noticeIdParam(id), actor: actorOf(user) });
  }

  @Get('parks')
  @RequirePermission(PERM.subsidies.read)
  parks(@User() user: CurrentUser): Promise<ParkDto[]> {
    return this.messaging.request('subsidies.park.list', { actor: actorOf(user) });
  }

  @Post('parks')
  @RequirePermission(PERM.subsidies.operate)
  @AuditAction('subsidies.park.upsert')
  async upsertPark(@User() user: CurrentUser, @Body() body: UpsertParkBody, @Req() req: LadderRequest): Promise<ParkDto> {
    const p = await this.messaging.request('subsidies.park.upsert', { ...body, actor: actorOf(user) });
    req.audit = { target: p.id, after: p };
    return p;
  }

  @Put('parks/:id')
  @RequirePermission(PERM.subsidies.operate)
  @AuditAction('subsidies.park.upsert')
  async updatePark(@User() user: CurrentUser, @Param('id') id: string, @Body() body: UpsertParkBody, @Req() req: LadderRequest): Promise<ParkDto> {
    const p = await this.messaging.request('subsidies.park.upsert', { ...body, id, actor: actorOf(user) });
    req.audit = { target: p.id, after: p };
    return p;
  }
}
