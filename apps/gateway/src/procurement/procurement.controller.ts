import { createHash } from 'node:crypto';

import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  AwardBidBody,
  MAX_PROCUREMENT_IMPORT_ROWS,
  PROCUREMENT_IMPORT_CHUNK_ROWS,
  PROCUREMENT_IMPORT_KIND_ZH,
  PageQuery,
  ProcurementImportKindQuery,
  ProjectQuery,
  RecordBidBody,
  RecordProjectBody,
  RepeatOffenderQuery,
  SmeShareGroupQuery,
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
import type {
  BidDto,
  ComplaintDto,
  ContractDto,
  DisclosureDto,
  OverdueScanResultDto,
  Page,
  PolicyComputation,
  ProcurementImportDto,
  ProcurementImportRowErrorDto,
  ProjectDto,
  RepeatOffendersDto,
  SmeShareDto,
  SmeShareGroupsDto,
  SupplierCardDto,
} from '@ladder/contracts';
import { MessagingClient } from '@ladder/platform-messaging';
import { PERM } from '@ladder/shared-permissions';
import type { FastifyReply } from 'fastify';

import { AuditAction, RequirePermission, User } from '../auth/auth.decorators';
import { sendXlsx } from '../common/export';
import { ApiError } from '../common/http-error';
import { actorOf } from '../common/request-context';
import type { CurrentUser, LadderRequest } from '../common/request-context';
import { UploadedBytes } from '../common/upload.decorator';
import { XLSX_MIME } from '../enterprises/imports.controller';
import { ProcurementExcelService } from './procurement-excel.service';

const uuid = new ParseUUIDPipe();

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
  constructor(
    private readonly messaging: MessagingClient,
    private readonly excel: ProcurementExcelService,
  ) {}

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

  @Get('disclosure.xlsx')
  @RequirePermission(PERM.procurement.read)
  @ApiOperation({ summary: '导出年度逾期未支付中小企业款项合同清单（Excel）' })
  async disclosureExport(@User() user: CurrentUser, @Query() q: DisclosureQuery, @Res() reply: FastifyReply): Promise<void> {
    const d = await this.messaging.request('procurement.disclosure.get', { ...q, actor: actorOf(user) });
    await sendXlsx(reply, await this.excel.disclosure(d), `逾期未支付中小企业款项合同清单-${d.year}.xlsx`);
  }

  @Get('sme-share')
  @RequirePermission(PERM.procurement.read)
  @ApiOperation({ summary: '各采购人年度中小企业合同金额占比（精确到分）' })
  smeShare(@User() user: CurrentUser, @Query() q: SmeShareQuery): Promise<SmeShareDto> {
    return this.messaging.request('procurement.sme-share.get', { ...q, actor: actorOf(user) });
  }

  @Get('sme-share/groups')
  @RequirePermission(PERM.procurement.read)
  @ApiOperation({ summary: '按主管预算单位或县（市、区）的年度中小企业合同金额占比（分子、分母精确到分）' })
  smeShareGroups(@User() user: CurrentUser, @Query() q: SmeShareGroupQuery): Promise<SmeShareGroupsDto> {
    return this.messaging.request('procurement.sme-share.groups', { ...q, actor: actorOf(user) });
  }

  @Get('repeat-offenders')
  @RequirePermission(PERM.procurement.read)
  @ApiOperation({ summary: '屡次拖欠的采购人：多个年度或多份合同逾期未支付（阈值为待确认的参数）' })
  repeatOffenders(@User() user: CurrentUser, @Query() q: RepeatOffenderQuery): Promise<RepeatOffendersDto> {
    return this.messaging.request('procurement.repeat-offender.list', { ...q, actor: actorOf(user) });
  }

  // --- projects, bids, award ------------------------------------------------------------------------------------

  @Get('projects')
  @RequirePermission(PERM.procurement.read)
  @ApiOperation({ summary: '采购项目列表（含预留份额核验）' })
  projects(@User() user: CurrentUser, @Query() q: ProjectQuery): Promise<Page<ProjectDto>> {
    return this.messaging.request('procurement.project.list', { ...q, actor: actorOf(user) });
  }

  @Post('projects')
  @RequirePermission(PERM.procurement.operate)
  @AuditAction('procurement.project.record')
  @ApiOperation({ summary: '登记采购项目（预留形式与预留金额按政府采购促进中小企业发展管理办法核验）' })
  async recordProject(@User() user: CurrentUser, @Body() body: RecordProjectBody, @Req() req: LadderRequest): Promise<ProjectDto> {
    const p = await this.messaging.request('procurement.project.record', { ...body, actor: actorOf(user) });
    req.audit = { target: p.projectNumber, after: { reserveDecision: p.reserveDecision, reserveCompliant: p.reserveCompliant } };
    return p;
  }

  @Get('projects/:id')
  @RequirePermission(PERM.procurement.read)
  @ApiOperation({ summary: '采购项目详情：预留份额核验（条款、数值、版本）与投标' })
  project(@User() user: CurrentUser, @Param('id', uuid) id: string): Promise<ProjectDto> {
    return this.messaging.request('procurement.project.get', { projectId: id, actor: actorOf(user) });
  }

  @Post('projects/:id/bids')
  @RequirePermission(PERM.procurement.operate)
  @AuditAction('procurement.bid.record')
  @ApiOperation({ summary: '登记投标：核对中小企业声明与培育库规模，计算价格扣除与评审价' })
  async recordBid(@User() user: CurrentUser, @Param('id', uuid) id: string, @Body() body: RecordBidBody, @Req() req: LadderRequest): Promise<BidDto> {
    const b = await this.messaging.request('procurement.bid.record', { ...body, projectId: id, actor: actorOf(user) });
    req.audit = { target: b.id, after: { supplierUscc: b.supplierUscc, deductionDecision: b.deductionDecision, sizeMismatch: b.sizeMismatch } };
    return b;
  }

  @Get('suppliers/:uscc')
  @RequirePermission(PERM.procurement.read)
  @ApiOperation({ summary: '供应商在培育库中的企业规模（投标核对与合同订立时采用）' })
  supplier(@User() user: CurrentUser, @Param('uscc') uscc: string): Promise<SupplierCardDto> {
    return this.messaging.request('procurement.supplier.get', { uscc, actor: actorOf(user) });
  }

  @Post('projects/:id/award')
  @HttpCode(200)
  @RequirePermission(PERM.procurement.operate)
  @AuditAction('procurement.project.award')
  @ApiOperation({ summary: '确定中标（成交）供应商并登记合同（规模按订立时培育库规模确定，不一致时标记）' })
  async award(@User() user: CurrentUser, @Param('id', uuid) id: string, @Body() body: AwardBidBody, @Req() req: LadderRequest): Promise<ProjectDto> {
    const p = await this.messaging.request('procurement.project.award', { ...body, projectId: id, actor: actorOf(user) });
    req.audit = { target: p.projectNumber, after: { awardedBidId: p.awardedBidId, contractId: p.contractId } };
    return p;
  }

  // --- Excel import ---------------------------------------------------------------------------------------------

  @Get('imports/template')
  @RequirePermission(PERM.procurement.read)
  @ApiOperation({ summary: '下载导入模板（kind=contracts 合同 | deliveries 交付与验收 | payments 付款）' })
  async importTemplate(@Query() q: ProcurementImportKindQuery, @Res() reply: FastifyReply): Promise<void> {
    const kind = q.kind ?? 'contracts';
    await sendXlsx(reply, await this.excel.template(kind), `政府采购${PROCUREMENT_IMPORT_KIND_ZH[kind]}导入模板.xlsx`);
  }

  @Post('imports')
  @HttpCode(202)
  @RequirePermission(PERM.procurement.operate)
  @AuditAction('procurement.import')
  @ApiConsumes(XLSX_MIME)
  @ApiOperation({ summary: '上传导入文件（请求体为 .xlsx 原始内容，?kind=contracts|deliveries|payments，文件名放在 X-File-Name 头）' })
  async upload(@User() user: CurrentUser, @Query() q: ProcurementImportKindQuery, @UploadedBytes(XLSX_MIME) body: Buffer, @Req() req: LadderRequest): Promise<ProcurementImportDto> {
    const kind = q.kind ?? 'contracts';
    const rawName = req.headers['x-file-name'];
    let fileName = 'import.xlsx';
    try {
      if (typeof rawName === 'string' && rawName) fileName = decodeURIComponent(rawName).slice(0, 200);
    } catch {
      fileName = 'import.xlsx';
    }
    const rows = await this.excel.parse(kind, body);
    if (rows.length === 0) throw new ApiError('PROCUREMENT_IMPORT_TEMPLATE', '文件中没有数据行');
    if (rows.length > MAX_PROCUREMENT_IMPORT_ROWS) throw new ApiError('PROCUREMENT_IMPORT_TEMPLATE', `单个文件最多${MAX_PROCUREMENT_IMPORT_ROWS}行，请拆分后导入`);
    const actor = actorOf(user);
    const fileHash = createHash('sha256').update(body).digest('hex');
    let job = await this.messaging.request('procurement.import.create', { kind, fileName, fileHash, totalRows: rows.length, actor });
    for (let i = 0; i < rows.length; i += PROCUREMENT_IMPORT_CHUNK_ROWS) {
      job = await this.messaging.request('procurement.import.append', { importId: job.id, rows: rows.slice(i, i + PROCUREMENT_IMPORT_CHUNK_ROWS), actor });
    }
    job = await this.messaging.request('procurement.import.start', { importId: job.id, actor });
    req.audit = { target: job.id, after: { kind, fileName, fileHash, totalRows: rows.length } };
    return job;
  }

  @Get('imports')
  @RequirePermission(PERM.procurement.read)
  @ApiOperation({ summary: '导入批次列表（最新在前）' })
  imports(@User() user: CurrentUser, @Query() q: PageQuery): Promise<Page<ProcurementImportDto>> {
    return this.messaging.request('procurement.import.list', { page: q.page, pageSize: q.pageSize, actor: actorOf(user) });
  }

  @Get('imports/:id')
  @RequirePermission(PERM.procurement.read)
  @ApiOperation({ summary: '导入进度' })
  importJob(@User() user: CurrentUser, @Param('id', uuid) id: string): Promise<ProcurementImportDto> {
    return this.messaging.request('procurement.import.get', { importId: id, actor: actorOf(user) });
  }

  @Get('imports/:id/errors')
  @RequirePermission(PERM.procurement.read)
  @ApiOperation({ summary: '导入失败的行及原因' })
  importErrors(@User() user: CurrentUser, @Param('id', uuid) id: string): Promise<ProcurementImportRowErrorDto[]> {
    return this.messaging.request('procurement.import.errors', { importId: id, actor: actorOf(user) });
  }

  @Get('imports/:id/errors.xlsx')
  @RequirePermission(PERM.procurement.read)
  @ApiOperation({ summary: '下载导入错误报告' })
  async importErrorReport(@User() user: CurrentUser, @Param('id', uuid) id: string, @Res() reply: FastifyReply): Promise<void> {
    const rows = await this.messaging.request('procurement.import.errors', { importId: id, actor: actorOf(user) });
    await sendXlsx(reply, await this.excel.errors(rows), `导入错误报告-${id.slice(0, 8)}.xlsx`);
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
