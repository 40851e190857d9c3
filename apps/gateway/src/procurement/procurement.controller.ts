import { Body, Controller, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ComplaintQuery,
  ComputePaymentBody,
  ComputeProcurementBody,
  ConcludeComplaintBody,
  ContractAsOfQuery,
  ContractDateBody,
  ContractQuery,
  DisclosureQuery,
  FileComplaintBody,
  RecordContractBody,
  RecordPaymentBody,
  ReviewComplaintBody,
  SmeShareQuery,
} from '@ladder/contracts';
import type { ComplaintDto, ContractDto, DisclosureDto, OverdueScanResultDto, Page, PolicyComputation, SmeShareDto } from '@ladder/contracts';
import { MessagingClient } from '@ladder/platform-messaging';
import { PERM } from '@ladder/shared-permissions';

import { AuditAction, RequirePermission, User } from '../auth/auth.decorators';
import { actorOf } from '../common/request-context';
import type { CurrentUser, LadderRequest } from '../common/request-context';

/**
 * 政府采购监测 over HTTP: the two 测算 of the policy commands (the same JSON as `npm run -s policy -- procurement|
 * payment`), contracts under 《保障中小企业款项支付条例》 with their delivery, acceptance and payments (due date,
 * overdue days and interest judged on read), the overdue scan, the annual disclosure list, the SME share by buyer,
 * and late-payment complaints on their 10-working-day review clock. Bodies are the contract classes without the
 * acting user and the path ids; the procurement service validates the whole request again.
 */
@ApiTags('procurement 政府采购监测')
@ApiBearerAuth()
@Controller('procurement')
export class ProcurementController {
  constructor(private readonly messaging: MessagingClient) {}

  // --- 测算 -----------------------------------------------------------------------------------------------------

  @Post('compute')
  @HttpCode(200)
  @RequirePermission(PERM.procurement.read)
  @ApiOperation({ summary: '预留份额 / 价格扣除测算（与 npm run -s policy -- procurement 输出一致）' })
  compute(@User() user: CurrentUser, @Body() body: ComputeProcurementBody): Promise<PolicyComputation> {
    return this.messaging.request('procurement.preference.compute', { ...body, actor: actorOf(user) });
  }

  @Post('payments/compute')
  @HttpCode(200)
  @RequirePermission(PERM.procurement.read)
  @ApiOperation({ summary: '付款期限 / 逾期利息测算（与 npm run -s policy -- payment 输出一致）' })
  computePayment(@User() user: CurrentUser, @Body() body: ComputePaymentBody): Promise<PolicyComputation> {
    return this.messaging.request('procurement.payment.compute', { ...body, actor: actorOf(user) });
  }

  // --- contracts ------------------------------------------------------------------------------------------------

  @Get('contracts')
  @RequirePermission(PERM.procurement.read)
  @ApiOperation({ summary: '合同列表：到期日、逾期天数、逾期利息（按基准日计算）' })
  contracts(@User() user: CurrentUser, @Query() q: ContractQuery): Promise<Page<ContractDto>> {
    return this.messaging.request('procurement.contract.list', { ...q, actor: actorOf(user) });
  }

  @Post('contracts')
  @RequirePermission(PERM.procurement.operate)
  @AuditAction('procurement.contract.record')
  @ApiOperation({ summary: '登记合同（供应商规模按订立时确定：在库企业取培育库规模，否则取声明；不一致时标记）' })
  async record(@User() user: CurrentUser, @Body() body: RecordContractBody, @Req() req: LadderRequest): Promise<ContractDto> {
    return this.audited(req, await this.messaging.request('procurement.contract.record', { ...body, actor: actorOf(user) }));
  }

  @Get('contracts/:id')
  @RequirePermission(PERM.procurement.read)
  @ApiOperation({ summary: '合同详情：适用文本、到期日、逾期天数、逾期利息与需关注情形' })
  contract(@User() user: CurrentUser, @Param('id') id: string, @Query() q: ContractAsOfQuery): Promise<ContractDto> {
    return this.messaging.request('procurement.contract.get', { ...q, contractId: id, actor: actorOf(user) });
  }

  @Post('contracts/:id/delivery')
  @HttpCode(200)
  @RequirePermission(PERM.procurement.operate)
  @AuditAction('procurement.contract.deliver')
  @ApiOperation({ summary: '登记交付日期（付款期限起算）' })
  async deliver(@User() user: CurrentUser, @Param('id') id: string, @Body() body: ContractDateBody, @Req() req: LadderRequest): Promise<ContractDto> {
    return this.audited(req, await this.messaging.request('procurement.contract.deliver', { ...body, contractId: id, actor: actorOf(user) }));
  }

  @Post('contracts/:id/acceptance')
  @HttpCode(200)
  @RequirePermission(PERM.procurement.operate)
  @AuditAction('procurement.contract.accept')
  @ApiOperation({ summary: '登记检验或验收合格日期' })
  async accept(@User() user: CurrentUser, @Param('id') id: string, @Body() body: ContractDateBody, @Req() req: LadderRequest): Promise<ContractDto> {
    return this.audited(req, await this.messaging.request('procurement.contract.accept', { ...body, contractId: id, actor: actorOf(user) }));
  }

  @Post('contracts/:id/payments')
  @HttpCode(200)
  @RequirePermission(PERM.procurement.operate)
  @AuditAction('procurement.contract.pay')
  @ApiOperation({ summary: '登记付款' })
  async pay(@User() user: CurrentUser, @Param('id') id: string, @Body() body: RecordPaymentBody, @Req() req: LadderRequest): Promise<ContractDto> {
    return this.audited(req, await this.messaging.request('procurement.contract.pay', { ...body, contractId: id, actor: actorOf(user) }));
  }

  @Post('scan')
  @HttpCode(200)
  @RequirePermission(PERM.procurement.operate)
  @AuditAction('procurement.payment.scan')
  @ApiOperation({ summary: '立即检查逾期付款与投诉审查期限（每份合同每日、每件投诉只提醒一次）' })
  scan(): Promise<OverdueScanResultDto> {
    return this.messaging.request('procurement.payment.scan', { from: 'gateway' });
  }

  @Get('disclosure')
  @RequirePermission(PERM.procurement.read)
  @ApiOperation({ summary: '年度逾期未支付中小企业款项合同清单（截至12月31日，次年3月31日前公开）' })
  disclosure(@User() user: CurrentUser, @Query() q: DisclosureQuery): Promise<DisclosureDto> {
    return this.messaging.request('procurement.disclosure.get', { ...q, actor: actorOf(user) });
  }

  @Get('sme-share')
  @RequirePermission(PERM.procurement.read)
  @ApiOperation({ summary: '各采购人年度中小企业合同金额占比（精确到分）' })
  smeShare(@User() user: CurrentUser, @Query() q: SmeShareQuery): Promise<SmeShareDto> {
    return this.messaging.request('procurement.sme-share.get', { ...q, actor: actorOf(user) });
  }

  // --- complaints -----------------------------------------------------------------------------------------------

  @Get('complaints')
  @RequirePermission(PERM.procurement.read)
  @ApiOperation({ summary: '投诉列表（审查时限：10个工作日）' })
  complaints(@User() user: CurrentUser, @Query() q: ComplaintQuery): Promise<Page<ComplaintDto>> {
    return this.messaging.request('procurement.complaint.list', { ...q, actor: actorOf(user) });
  }

  @Post('complaints')
  @RequirePermission(PERM.procurement.complain)
  @AuditAction('procurement.complaint.file')
  @ApiOperation({ summary: '登记投诉（企业或挂包干部提出；审查时限开始计算）' })
  async file(@User() user: CurrentUser, @Body() body: FileComplaintBody, @Req() req: LadderRequest): Promise<ComplaintDto> {
    return this.auditedComplaint(req, await this.messaging.request('procurement.complaint.file', { ...body, actor: actorOf(user) }));
  }

  @Get('complaints/:id')
  @RequirePermission(PERM.procurement.read)
  @ApiOperation({ summary: '投诉详情：审查时限与全程记录' })
  complaint(@User() user: CurrentUser, @Param('id') id: string): Promise<ComplaintDto> {
    return this.messaging.request('procurement.complaint.get', { complaintId: id, actor: actorOf(user) });
  }

  @Post('complaints/:id/review')
  @HttpCode(200)
  @RequirePermission(PERM.procurement.review)
  @AuditAction('procurement.complaint.review')
  @ApiOperation({ summary: '审查投诉：受理并转交处理部门，或不予受理（须说明理由）；告知投诉人' })
  async review(@User() user: CurrentUser, @Param('id') id: string, @Body() body: ReviewComplaintBody, @Req() req: LadderRequest): Promise<ComplaintDto> {
    return this.auditedComplaint(req, await this.messaging.request('procurement.complaint.review', { ...body, complaintId: id, actor: actorOf(user) }));
  }

  @Post('complaints/:id/outcome')
  @HttpCode(200)
  @RequirePermission(PERM.procurement.review)
  @AuditAction('procurement.complaint.conclude')
  @ApiOperation({ summary: '登记处理结果并告知投诉人' })
  async conclude(@User() user: CurrentUser, @Param('id') id: string, @Body() body: ConcludeComplaintBody, @Req() req: LadderRequest): Promise<ComplaintDto> {
    return this.auditedComplaint(req, await this.messaging.request('procurement.complaint.conclude', { ...body, complaintId: id, actor: actorOf(user) }));
  }

  private audited(req: LadderRequest, c: ContractDto): ContractDto {
    req.audit = { target: c.contractNumber, after: { deliveredOn: c.deliveredOn, acceptedOn: c.acceptedOn, paidFen: c.paidFen } };
    return c;
  }

  private auditedComplaint(req: LadderRequest, c: ComplaintDto): ComplaintDto {
    req.audit = { target: c.number, after: { status: c.status } };
    return c;
  }
}
