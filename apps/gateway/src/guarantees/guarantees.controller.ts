import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  AddWhiteListBody,
  CloseGuaranteeBody,
  ComputeGuaranteeBody,
  FinancingQuery,
  FundInvestmentQuery,
  GuaranteeQuery,
  GuaranteeStepBody,
  GuaranteesActorQuery,
  IssueLoanBody,
  RecordFinancingNeedBody,
  RecordFundInvestmentBody,
  RemoveWhiteListBody,
  SubmitGuaranteeBody,
  UpsertCreditProductBody,
  UpsertOrganisationBody,
  WhiteListHistoryQuery,
  WhiteListQuery,
} from '@ladder/contracts';
import type {
  CreditProductDto,
  ExposureDto,
  FinancingMatchDto,
  FinancingNeedDto,
  FundInvestmentDto,
  GuaranteeApplicationDto,
  GuaranteeComputationDto,
  OrganisationDto,
  Page,
  PolicyCostYearDto,
  WhiteListChangeDto,
  WhiteListEntryDto,
} from '@ladder/contracts';
import { MessagingClient } from '@ladder/platform-messaging';
import { PERM } from '@ladder/shared-permissions';
import type { FastifyReply } from 'fastify';

import { AuditAction, RequirePermission, User } from '../auth/auth.decorators';
import { RequirePermissionByField } from '../auth/field-permission.guard';
import { collectPages, sendXlsx } from '../common/export';
import { actorOf } from '../common/request-context';
import type { CurrentUser, LadderRequest } from '../common/request-context';
import { GuaranteesExcelService } from './guarantees-excel.service';

/**
 * Financing guarantees (融资担保) over HTTP: the 测算 (same JSON as `npm run -s policy -- guarantee`), the white list
 * (S-48) with its history, guarantors and partner banks, applications through review → approval (another person) →
 * loan issued (the bank) → repaid | 代偿 → 追偿, exposure and the policy cost of waived or reduced fees. Bodies and
 * queries are the contract classes; the gateway adds the acting user, the service scopes guarantor and bank
 * accounts to their own organisation's business.
 */
@ApiTags('guarantees 融资担保')
@ApiBearerAuth()
@Controller('guarantees')
export class GuaranteesController {
  constructor(
    private readonly messaging: MessagingClient,
    private readonly excel: GuaranteesExcelService,
  ) {}

  @Post('compute')
  @HttpCode(200)
  @RequirePermission(PERM.guarantees.read)
  @ApiOperation({ summary: '融资担保测算：额度、剩余额度、担保费与减免（与 npm run -s policy -- guarantee 输出一致）' })
  compute(@User() user: CurrentUser, @Body() body: ComputeGuaranteeBody): Promise<GuaranteeComputationDto> {
    return this.messaging.request('guarantees.guarantee.compute', { ...body, actor: actorOf(user) });
  }

  // --- white list (S-48) ------------------------------------------------------------------------------------

  @Get('whitelist')
  @RequirePermission(PERM.guarantees.read)
  @ApiOperation({ summary: '融资担保“白名单”（默认仅在名单内企业；member=false 查看已移出）' })
  whiteList(@User() user: CurrentUser, @Query() q: WhiteListQuery): Promise<Page<WhiteListEntryDto>> {
    return this.messaging.request('guarantees.whitelist.list', { ...q, actor: actorOf(user) });
  }

  @Get('whitelist.xlsx')
  @RequirePermission(PERM.guarantees.read)
  @ApiOperation({ summary: '导出“白名单”及变更记录（Excel）' })
  async whiteListExport(@User() user: CurrentUser, @Query() q: WhiteListQuery, @Res() reply: FastifyReply): Promise<void> {
    const actor = actorOf(user);
    const entries = await collectPages((page, pageSize) => this.messaging.request('guarantees.whitelist.list', { ...q, page, pageSize, actor }));
    const changes = await collectPages((page, pageSize) => this.messaging.request('guarantees.whitelist.history', { ...(q.uscc ? { uscc: q.uscc } : {}), page, pageSize, actor }));
    await sendXlsx(reply, await this.excel.whiteList(entries, changes), `融资担保白名单-${new Date().toISOString().slice(0, 10)}.xlsx`);
  }

  @Get('whitelist/history')
  @RequirePermission(PERM.guarantees.read)
  @ApiOperation({ summary: '“白名单”变更记录（纳入、移出、生效日期、依据称号或原因）' })
  whiteListHistory(@User() user: CurrentUser, @Query() q: WhiteListHistoryQuery): Promise<Page<WhiteListChangeDto>> {
    return this.messaging.request('guarantees.whitelist.history', { ...q, actor: actorOf(user) });
  }

  @Post('whitelist')
  @RequirePermission(PERM.guarantees.whitelist)
  @AuditAction('guarantees.whitelist.add')
  @ApiOperation({ summary: '人工纳入“白名单”（市金融监管局，须填写原因）' })
  async whiteListAdd(@User() user: CurrentUser, @Body() body: AddWhiteListBody, @Req() req: LadderRequest): Promise<WhiteListEntryDto> {
    const entry = await this.messaging.request('guarantees.whitelist.add', { ...body, actor: actorOf(user) });
    req.audit = { target: entry.uscc, after: entry };
    return entry;
  }

  @Post('whitelist/:uscc/removal')
  @HttpCode(200)
  @RequirePermission(PERM.guarantees.whitelist)
  @AuditAction('guarantees.whitelist.remove')
  @ApiOperation({ summary: '人工移出“白名单”（市金融监管局，须填写原因）' })
  async whiteListRemove(@User() user: CurrentUser, @Param('uscc') uscc: string, @Body() body: RemoveWhiteListBody, @Req() req: LadderRequest): Promise<WhiteListEntryDto> {
    const entry = await this.messaging.request('guarantees.whitelist.remove', { ...body, uscc, actor: actorOf(user) });
    req.audit = { target: uscc, after: entry };
    return entry;
  }

  // --- organisations ----------------------------------------------------------------------------------------

  @Get('organisations')
  @RequirePermission(PERM.guarantees.read)
  @ApiOperation({ summary: '政府性融资担保机构与合作银行' })
  organisations(@User() user: CurrentUser): Promise<OrganisationDto[]> {
    return this.messaging.request('guarantees.organisation.list', { actor: actorOf(user) });
  }

  @Post('organisations')
  @RequirePermission(PERM.guarantees.organise)
  @AuditAction('guarantees.organisation.create')
  @ApiOperation({ summary: '登记担保机构或合作银行及其账号（市金融监管局）' })
  async organisationCreate(@User() user: CurrentUser, @Body() body: UpsertOrganisationBody, @Req() req: LadderRequest): Promise<OrganisationDto> {
    const org = await this.messaging.request('guarantees.organisation.upsert', { ...body, id: undefined, actor: actorOf(user) });
    req.audit = { target: org.id, after: org };
    return org;
  }

  @Put('organisations/:id')
  @RequirePermission(PERM.guarantees.organise)
  @AuditAction('guarantees.organisation.update')
  @ApiOperation({ summary: '修改担保机构或合作银行及其账号（市金融监管局）' })
  async organisationUpdate(@User() user: CurrentUser, @Param('id') id: string, @Body() body: UpsertOrganisationBody, @Req() req: LadderRequest): Promise<OrganisationDto> {
    const org = await this.messaging.request('guarantees.organisation.upsert', { ...body, id, actor: actorOf(user) });
    req.audit = { target: org.id, after: org };
    return org;
  }

  // --- applications and guarantees --------------------------------------------------------------------------

  @Get('applications')
  @RequirePermission(PERM.guarantees.read)
  @ApiOperation({ summary: '担保申请与在保业务（担保机构、银行账号仅见本机构业务）' })
  applications(@User() user: CurrentUser, @Query() q: GuaranteeQuery): Promise<Page<GuaranteeApplicationDto>> {
    return this.messaging.request('guarantees.guarantee.list', { ...q, actor: actorOf(user) });
  }

  @Get('applications/:id')
  @RequirePermission(PERM.guarantees.read)
  application(@User() user: CurrentUser, @Param('id') id: string): Promise<GuaranteeApplicationDto> {
    return this.messaging.request('guarantees.guarantee.get', { applicationId: id, actor: actorOf(user) });
  }

  @Post('applications')
  @RequirePermission(PERM.guarantees.apply)
  @AuditAction('guarantees.guarantee.submit')
  @ApiOperation({ summary: '受理担保申请：按申请日称号与在审在保本金测算额度并占用（超出额度 409）' })
  async submit(@User() user: CurrentUser, @Body() body: SubmitGuaranteeBody, @Req() req: LadderRequest): Promise<GuaranteeApplicationDto> {
    const app = await this.messaging.request('guarantees.guarantee.submit', { ...body, actor: actorOf(user) });
    req.audit = { target: `${app.uscc}/${app.id}`, after: { status: app.status, principalFen: app.principalFen, chargedFeeFen: app.chargedFeeFen } };
    return app;
  }

  @Post('applications/:id/review')
  @HttpCode(200)
  @RequirePermission(PERM.guarantees.apply)
  @AuditAction('guarantees.guarantee.review')
  @ApiOperation({ summary: '担保机构初审（approve=false 不予受理，释放额度）' })
  async review(@User() user: CurrentUser, @Param('id') id: string, @Body() body: GuaranteeStepBody, @Req() req: LadderRequest): Promise<GuaranteeApplicationDto> {
    const app = await this.messaging.request('guarantees.guarantee.review', { ...body, applicationId: id, actor: actorOf(user) });
    req.audit = { target: `${app.uscc}/${app.id}`, after: { status: app.status } };
    return app;
  }

  @Post('applications/:id/decision')
  @HttpCode(200)
  @RequirePermission(PERM.guarantees.approve)
  @AuditAction('guarantees.guarantee.decide')
  @ApiOperation({ summary: '担保机构审批（受理、初审以外的另一人；批准后担保费与政策让利确定）' })
  async decide(@User() user: CurrentUser, @Param('id') id: string, @Body() body: GuaranteeStepBody, @Req() req: LadderRequest): Promise<GuaranteeApplicationDto> {
    const app = await this.messaging.request('guarantees.guarantee.decide', { ...body, applicationId: id, actor: actorOf(user) });
    req.audit = { target: `${app.uscc}/${app.id}`, after: { status: app.status, policyCostFen: app.policyCostFen } };
    return app;
  }

  @Post('applications/:id/loan')
  @HttpCode(200)
  @RequirePermission(PERM.guarantees.loan)
  @AuditAction('guarantees.loan.issue')
  @ApiOperation({ summary: '合作银行确认放款（借款合同号、放款日期）' })
  async issue(@User() user: CurrentUser, @Param('id') id: string, @Body() body: IssueLoanBody, @Req() req: LadderRequest): Promise<GuaranteeApplicationDto> {
    const app = await this.messaging.request('guarantees.loan.issue', { ...body, applicationId: id, actor: actorOf(user) });
    req.audit = { target: `${app.uscc}/${app.id}`, after: { status: app.status, loanNo: app.loanNo } };
    return app;
  }

  @Post('applications/:id/close')
  @HttpCode(200)
  @RequirePermission(PERM.guarantees.loan, PERM.guarantees.compensate)
  @RequirePermissionByField<CloseGuaranteeBody, 'outcome'>('outcome', {
    repaid: { permission: PERM.guarantees.loan, refusal: '结清须由合作银行登记' },
    compensated: { permission: PERM.guarantees.compensate, refusal: '代偿须由担保机构登记' },
    recovered: { permission: PERM.guarantees.compensate, refusal: '追偿须由担保机构登记' },
  }, 'repaid')
  @AuditAction('guarantees.loan.close')
  @ApiOperation({ summary: 'outcome=repaid 结清（银行）| compensated 代偿（担保机构，amountFen）| recovered 追偿（担保机构，amountFen）' })
  async close(@User() user: CurrentUser, @Param('id') id: string, @Body() body: CloseGuaranteeBody, @Req() req: LadderRequest): Promise<GuaranteeApplicationDto> {
    const app = await this.messaging.request('guarantees.loan.close', { ...body, applicationId: id, actor: actorOf(user) });
    req.audit = { target: `${app.uscc}/${app.id}`, after: { status: app.status, compensatedFen: app.compensatedFen, recoveredFen: app.recoveredFen } };
    return app;
  }

  // --- exposure and policy cost -----------------------------------------------------------------------------

  @Get('exposure')
  @RequirePermission(PERM.guarantees.exposure)
  @ApiOperation({ summary: '担保余额：按企业、担保机构、合作银行、县（市、区）' })
  exposure(@User() user: CurrentUser): Promise<ExposureDto> {
    return this.messaging.request('guarantees.exposure.summary', { actor: actorOf(user) });
  }

  @Get('policy-cost')
  @RequirePermission(PERM.guarantees.exposure)
  @ApiOperation({ summary: '担保费减免（政策让利）按年度合计及各担保机构' })
  policyCost(@User() user: CurrentUser, @Query() q: GuaranteesActorQuery): Promise<PolicyCostYearDto[]> {
    return this.messaging.request('guarantees.policy-cost.by-year', { ...(q.year ? { year: q.year } : {}), actor: actorOf(user) });
  }

  // --- S-47 national fund investments -----------------------------------------------------------------------

  @Get('fund-investments')
  @RequirePermission(PERM.guarantees.read)
  @ApiOperation({ summary: '国家级基金股权投资到资登记（S-47）' })
  fundInvestments(@User() user: CurrentUser, @Query() q: FundInvestmentQuery): Promise<Page<FundInvestmentDto>> {
    return this.messaging.request('guarantees.fund-investment.list', { ...q, actor: actorOf(user) });
  }

  @Post('fund-investments')
  @RequirePermission(PERM.guarantees.fund)
  @AuditAction('guarantees.fund-investment.record')
  @ApiOperation({ summary: '登记国家级基金到资（市金融监管局）；奖补服务据此生成到资奖励申请（S-47）' })
  async fundInvestmentRecord(@User() user: CurrentUser, @Body() body: RecordFundInvestmentBody, @Req() req: LadderRequest): Promise<FundInvestmentDto> {
    const f = await this.messaging.request('guarantees.fund-investment.record', { ...body, actor: actorOf(user) });
    req.audit = { target: `${f.uscc}/${f.id}`, after: f };
    return f;
  }

  // --- S-49a financing matchmaking --------------------------------------------------------------------------

  @Get('products')
  @RequirePermission(PERM.guarantees.read, PERM.guarantees.need)
  @ApiOperation({ summary: '合作银行面向优质中小企业的信贷产品（S-49a）' })
  products(@User() user: CurrentUser, @Query() q: FinancingQuery): Promise<Page<CreditProductDto>> {
    return this.messaging.request('guarantees.product.list', { ...q, actor: actorOf(user) });
  }

  @Post('products')
  @RequirePermission(PERM.guarantees.product)
  @AuditAction('guarantees.product.create')
  @ApiOperation({ summary: '发布信贷产品（合作银行，仅本行）' })
  async productCreate(@User() user: CurrentUser, @Body() body: UpsertCreditProductBody, @Req() req: LadderRequest): Promise<CreditProductDto> {
    const p = await this.messaging.request('guarantees.product.upsert', { ...body, id: undefined, actor: actorOf(user) });
    req.audit = { target: p.id, after: p };
    return p;
  }

  @Put('products/:id')
  @RequirePermission(PERM.guarantees.product)
  @AuditAction('guarantees.product.update')
  async productUpdate(@User() user: CurrentUser, @Param('id') id: string, @Body() body: UpsertCreditProductBody, @Req() req: LadderRequest): Promise<CreditProductDto> {
    const p = await this.messaging.request('guarantees.product.upsert', { ...body, id, actor: actorOf(user) });
    req.audit = { target: p.id, after: p };
    return p;
  }

  @Get('needs')
  @RequirePermission(PERM.guarantees.need)
  @ApiOperation({ summary: '企业融资需求（挂钩服务干部、工信部门登记）' })
  needs(@User() user: CurrentUser, @Query() q: FinancingQuery): Promise<Page<FinancingNeedDto>> {
    return this.messaging.request('guarantees.need.list', { ...q, actor: actorOf(user) });
  }

  @Post('needs')
  @RequirePermission(PERM.guarantees.need)
  @AuditAction('guarantees.need.record')
  @ApiOperation({ summary: '登记企业融资需求' })
  async needRecord(@User() user: CurrentUser, @Body() body: RecordFinancingNeedBody, @Req() req: LadderRequest): Promise<FinancingNeedDto> {
    const n = await this.messaging.request('guarantees.need.record', { ...body, actor: actorOf(user) });
    req.audit = { target: `${n.uscc}/${n.id}`, after: n };
    return n;
  }

  @Get('needs/:id/matches')
  @RequirePermission(PERM.guarantees.need)
  @ApiOperation({ summary: '按称号层级、金额、县（市、区）匹配的信贷产品' })
  needMatches(@User() user: CurrentUser, @Param('id') id: string): Promise<FinancingMatchDto> {
    return this.messaging.request('guarantees.need.matches', { needId: id, actor: actorOf(user) });
  }
}
