import { Body, Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  AppealNoteBody,
  AppealQuery,
  AppealTextBody,
  DecideCommitmentBody,
  HoldMeetingBody,
  LogVisitBody,
  MeetingQuery,
  RaiseAppealBody,
  RateAppealBody,
  RequestCommitmentBody,
  RouteAppealBody,
  SERVICE_DEPARTMENTS,
  ServiceNoticeQuery,
  StatisticsQuery,
  TransferAppealBody,
  UnvisitedQuery,
  VisitQuery,
} from '@ladder/contracts';
import type {
  AppealDto,
  MeetingDto,
  Page,
  ServiceDepartment,
  ServiceNoticeDto,
  SlaScanResultDto,
  StatisticsDto,
  UnvisitedEnterpriseDto,
  VisitDto,
} from '@ladder/contracts';
import { MessagingClient } from '@ladder/platform-messaging';
import { PERM } from '@ladder/shared-permissions';
import type { FastifyReply } from 'fastify';

import { AuditAction, RequirePermission, User } from '../auth/auth.decorators';
import { collectPages, sendXlsx } from '../common/export';
import { actorOf } from '../common/request-context';
import type { CurrentUser, LadderRequest } from '../common/request-context';
import { ServicedeskExcelService } from './servicedesk-excel.service';

/**
 * 政企直通车 over HTTP: appeals (raise, triage, the department's steps, rating), committed dates (maker ≠ checker),
 * SLA notices and scan, visits, 面对面 meetings, the 专精特新 enterprises not visited this year, statistics and
 * their Excel export. Bodies are the contract classes without the acting user and the path ids; the servicedesk
 * service checks county and department scope and validates the whole request again.
 */
@ApiTags('servicedesk 政企直通车')
@ApiBearerAuth()
@Controller('servicedesk')
export class ServicedeskController {
  constructor(
    private readonly messaging: MessagingClient,
    private readonly excel: ServicedeskExcelService,
  ) {}

  @Get('departments')
  @RequirePermission(PERM.servicedesk.read)
  @ApiOperation({ summary: '责任单位（市直部门、县（市、区）人民政府）' })
  departments(): ServiceDepartment[] {
    return [...SERVICE_DEPARTMENTS];
  }

  // --- appeals ------------------------------------------------------------------------------------------------

  @Get('appeals')
  @RequirePermission(PERM.servicedesk.read)
  @ApiOperation({ summary: '诉求列表（承办人只见本单位的；县级账号只见本县的）' })
  appeals(@User() user: CurrentUser, @Query() q: AppealQuery): Promise<Page<AppealDto>> {
    return this.messaging.request('servicedesk.appeal.list', { ...q, actor: actorOf(user) });
  }

  @Get('appeals.xlsx')
  @RequirePermission(PERM.servicedesk.read)
  @ApiOperation({ summary: '导出诉求清单（Excel）' })
  async appealsExport(@User() user: CurrentUser, @Query() q: AppealQuery, @Res() reply: FastifyReply): Promise<void> {
    const items = await collectPages((page, pageSize) => this.messaging.request('servicedesk.appeal.list', { ...q, page, pageSize, actor: actorOf(user) }));
    await sendXlsx(reply, await this.excel.appeals(items), `诉求清单-${new Date().toISOString().slice(0, 10)}.xlsx`);
  }

  @Post('appeals')
  @RequirePermission(PERM.servicedesk.raise)
  @AuditAction('servicedesk.appeal.raise')
  @ApiOperation({ summary: '登记诉求（挂包干部提出，或代企业联系人录入）' })
  async raise(@User() user: CurrentUser, @Body() body: RaiseAppealBody, @Req() req: LadderRequest): Promise<AppealDto> {
    return this.audited(req, await this.messaging.request('servicedesk.appeal.raise', { ...body, actor: actorOf(user) }));
  }

  @Get('appeals/:id')
  @RequirePermission(PERM.servicedesk.read)
  @ApiOperation({ summary: '诉求详情：办理时限（工作日）与全程记录' })
  appeal(@User() user: CurrentUser, @Param('id') id: string): Promise<AppealDto> {
    return this.messaging.request('servicedesk.appeal.get', { appealId: id, actor: actorOf(user) });
  }

  @Post('appeals/:id/route')
  @HttpCode(200)
  @RequirePermission(PERM.servicedesk.triage)
  @AuditAction('servicedesk.appeal.route')
  @ApiOperation({ summary: '市工信局分拨至责任单位（开始计时）' })
  async route(@User() user: CurrentUser, @Param('id') id: string, @Body() body: RouteAppealBody, @Req() req: LadderRequest): Promise<AppealDto> {
    return this.audited(req, await this.messaging.request('servicedesk.appeal.route', { ...body, appealId: id, actor: actorOf(user) }));
  }

  @Post('appeals/:id/transfer')
  @HttpCode(200)
  @RequirePermission(PERM.servicedesk.triage, PERM.servicedesk.handle)
  @AuditAction('servicedesk.appeal.transfer')
  @ApiOperation({ summary: '转办至其他责任单位（须说明原因；重新计时）' })
  async transfer(@User() user: CurrentUser, @Param('id') id: string, @Body() body: TransferAppealBody, @Req() req: LadderRequest): Promise<AppealDto> {
    return this.audited(req, await this.messaging.request('servicedesk.appeal.transfer', { ...body, appealId: id, actor: actorOf(user) }));
  }

  @Post('appeals/:id/acknowledge')
  @HttpCode(200)
  @RequirePermission(PERM.servicedesk.handle)
  @AuditAction('servicedesk.appeal.acknowledge')
  @ApiOperation({ summary: '承办单位签收' })
  async acknowledge(@User() user: CurrentUser, @Param('id') id: string, @Body() body: AppealNoteBody, @Req() req: LadderRequest): Promise<AppealDto> {
    return this.audited(req, await this.messaging.request('servicedesk.appeal.acknowledge', { ...body, appealId: id, actor: actorOf(user) }));
  }

  @Post('appeals/:id/wait')
  @HttpCode(200)
  @RequirePermission(PERM.servicedesk.handle)
  @AuditAction('servicedesk.appeal.wait')
  @ApiOperation({ summary: '请企业补充材料（暂停计时）' })
  async wait(@User() user: CurrentUser, @Param('id') id: string, @Body() body: AppealTextBody, @Req() req: LadderRequest): Promise<AppealDto> {
    return this.audited(req, await this.messaging.request('servicedesk.appeal.wait', { ...body, appealId: id, actor: actorOf(user) }));
  }

  @Post('appeals/:id/resume')
  @HttpCode(200)
  @RequirePermission(PERM.servicedesk.handle)
  @AuditAction('servicedesk.appeal.resume')
  @ApiOperation({ summary: '企业已补充（恢复计时）' })
  async resume(@User() user: CurrentUser, @Param('id') id: string, @Body() body: AppealNoteBody, @Req() req: LadderRequest): Promise<AppealDto> {
    return this.audited(req, await this.messaging.request('servicedesk.appeal.resume', { ...body, appealId: id, actor: actorOf(user) }));
  }

  @Post('appeals/:id/answer')
  @HttpCode(200)
  @RequirePermission(PERM.servicedesk.handle)
  @AuditAction('servicedesk.appeal.answer')
  @ApiOperation({ summary: '承办单位答复' })
  async answer(@User() user: CurrentUser, @Param('id') id: string, @Body() body: AppealTextBody, @Req() req: LadderRequest): Promise<AppealDto> {
    return this.audited(req, await this.messaging.request('servicedesk.appeal.answer', { ...body, appealId: id, actor: actorOf(user) }));
  }

  @Post('appeals/:id/resolve')
  @HttpCode(200)
  @RequirePermission(PERM.servicedesk.handle)
  @AuditAction('servicedesk.appeal.resolve')
  @ApiOperation({ summary: '承办单位办结' })
  async resolve(@User() user: CurrentUser, @Param('id') id: string, @Body() body: AppealTextBody, @Req() req: LadderRequest): Promise<AppealDto> {
    return this.audited(req, await this.messaging.request('servicedesk.appeal.resolve', { ...body, appealId: id, actor: actorOf(user) }));
  }

  @Post('appeals/:id/rating')
  @HttpCode(200)
  @RequirePermission(PERM.servicedesk.raise)
  @AuditAction('servicedesk.appeal.rate')
  @ApiOperation({ summary: '企业满意度评价（1—2分为不满意，退回重办）' })
  async rate(@User() user: CurrentUser, @Param('id') id: string, @Body() body: RateAppealBody, @Req() req: LadderRequest): Promise<AppealDto> {
    return this.audited(req, await this.messaging.request('servicedesk.appeal.rate', { ...body, appealId: id, actor: actorOf(user) }));
  }

  @Post('appeals/:id/commitment')
  @HttpCode(200)
  @RequirePermission(PERM.servicedesk.handle)
  @AuditAction('servicedesk.commitment.request')
  @ApiOperation({ summary: '复杂诉求申请承诺办结日（须市工信局审核人批准）' })
  async requestCommitment(@User() user: CurrentUser, @Param('id') id: string, @Body() body: RequestCommitmentBody, @Req() req: LadderRequest): Promise<AppealDto> {
    return this.audited(req, await this.messaging.request('servicedesk.commitment.request', { ...body, appealId: id, actor: actorOf(user) }));
  }

  @Post('appeals/:id/commitment/decision')
  @HttpCode(200)
  @RequirePermission(PERM.servicedesk.approve)
  @AuditAction('servicedesk.commitment.decide')
  @ApiOperation({ summary: '审批承诺办结日（申请人不能审批自己的申请）' })
  async decideCommitment(@User() user: CurrentUser, @Param('id') id: string, @Body() body: DecideCommitmentBody, @Req() req: LadderRequest): Promise<AppealDto> {
    return this.audited(req, await this.messaging.request('servicedesk.commitment.decide', { ...body, appealId: id, actor: actorOf(user) }));
  }

  // --- SLA --------------------------------------------------------------------------------------------------

  @Get('notices')
  @RequirePermission(PERM.servicedesk.read)
  @ApiOperation({ summary: '时限预警与超期督办通知' })
  notices(@User() user: CurrentUser, @Query() q: ServiceNoticeQuery): Promise<Page<ServiceNoticeDto>> {
    return this.messaging.request('servicedesk.notice.list', { ...q, actor: actorOf(user) });
  }

  @Post('sla/scan')
  @HttpCode(200)
  @RequirePermission(PERM.servicedesk.triage)
  @AuditAction('servicedesk.sla.scan')
  @ApiOperation({ summary: '立即检查办理时限（预警、督办各只发一次）' })
  scan(): Promise<SlaScanResultDto> {
    return this.messaging.request('servicedesk.sla.scan', { from: 'gateway' });
  }

  // --- visits and meetings ------------------------------------------------------------------------------------

  @Get('visits')
  @RequirePermission(PERM.servicedesk.read)
  visits(@User() user: CurrentUser, @Query() q: VisitQuery): Promise<Page<VisitDto>> {
    return this.messaging.request('servicedesk.visit.list', { ...q, actor: actorOf(user) });
  }

  @Post('visits')
  @RequirePermission(PERM.servicedesk.raise)
  @AuditAction('servicedesk.visit.log')
  @ApiOperation({ summary: '登记走访（企业提出的困难转为诉求）' })
  async logVisit(@User() user: CurrentUser, @Body() body: LogVisitBody, @Req() req: LadderRequest): Promise<VisitDto> {
    const v = await this.messaging.request('servicedesk.visit.log', { ...body, actor: actorOf(user) });
    req.audit = { target: v.id, after: v };
    return v;
  }

  @Get('visits/gaps')
  @RequirePermission(PERM.servicedesk.read)
  @ApiOperation({ summary: '本年度尚未走访的专精特新（含小巨人）企业' })
  gaps(@User() user: CurrentUser, @Query() q: UnvisitedQuery): Promise<Page<UnvisitedEnterpriseDto>> {
    return this.messaging.request('servicedesk.visit.gaps', { ...q, actor: actorOf(user) });
  }

  @Get('meetings')
  @RequirePermission(PERM.servicedesk.read)
  meetings(@User() user: CurrentUser, @Query() q: MeetingQuery): Promise<Page<MeetingDto>> {
    return this.messaging.request('servicedesk.meeting.list', { ...q, actor: actorOf(user) });
  }

  @Post('meetings')
  @RequirePermission(PERM.servicedesk.raise)
  @AuditAction('servicedesk.meeting.hold')
  @ApiOperation({ summary: '登记“面对面”协调会（跟踪事项转为诉求）' })
  async hold(@User() user: CurrentUser, @Body() body: HoldMeetingBody, @Req() req: LadderRequest): Promise<MeetingDto> {
    const m = await this.messaging.request('servicedesk.meeting.hold', { ...body, actor: actorOf(user) });
    req.audit = { target: m.id, after: m };
    return m;
  }

  @Get('meetings/:id')
  @RequirePermission(PERM.servicedesk.read)
  meeting(@User() user: CurrentUser, @Param('id') id: string): Promise<MeetingDto> {
    return this.messaging.request('servicedesk.meeting.get', { meetingId: id, actor: actorOf(user) });
  }

  // --- statistics -------------------------------------------------------------------------------------------

  @Get('statistics')
  @RequirePermission(PERM.servicedesk.stats)
  @ApiOperation({ summary: '办结率、按时办结率、平均办结工作日、满意度（按责任单位、县、月）' })
  statistics(@User() user: CurrentUser, @Query() q: StatisticsQuery): Promise<StatisticsDto> {
    return this.messaging.request('servicedesk.statistics.get', { ...q, actor: actorOf(user) });
  }

  @Get('statistics.xlsx')
  @RequirePermission(PERM.servicedesk.stats)
  @ApiOperation({ summary: '导出统计（Excel，与页面同一数据）' })
  async statisticsExport(@User() user: CurrentUser, @Query() q: StatisticsQuery, @Res() reply: FastifyReply): Promise<void> {
    const s = await this.messaging.request('servicedesk.statistics.get', { ...q, actor: actorOf(user) });
    await sendXlsx(reply, await this.excel.statistics(s), `诉求办理统计-${q.from}至${q.to}.xlsx`);
  }

  private audited(req: LadderRequest, a: AppealDto): AppealDto {
    req.audit = { target: a.number, after: { status: a.status, departmentCode: a.departmentCode, cycle: a.cycle } };
    return a;
  }
}
