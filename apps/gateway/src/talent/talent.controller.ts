import { Body, Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  AddSessionBody,
  AttendanceBody,
  CaseQuery,
  CoverageQuery,
  CreateProgrammeBody,
  CreateRoundBody,
  DecideCaseBody,
  EnrolBody,
  PersonQuery,
  ProgrammeQuery,
  RegisterPersonBody,
  RevealPersonBody,
  SubmitCaseBody,
  TalentScopeListQuery,
  TalentScopeQuery,
} from '@ladder/contracts';
import type {
  AttendanceImportResultDto,
  CoverageDto,
  EnrolmentDto,
  NominationRoundDto,
  Page,
  PersonDto,
  ProgrammeDto,
  SessionDto,
  TalentCaseDto,
  TalentEnterpriseDto,
  TalentEntitlementsDto,
  TalentScopeEntryDto,
  TalentScopeRequestDto,
} from '@ladder/contracts';
import { MessagingClient } from '@ladder/platform-messaging';
import { PERM } from '@ladder/shared-permissions';
import type { FastifyReply } from 'fastify';

import { AuditAction, RequirePermission, User } from '../auth/auth.decorators';
import { sendXlsx } from '../common/export';
import { UploadedBytes } from '../common/upload.decorator';
import { actorOf } from '../common/request-context';
import type { CurrentUser, LadderRequest } from '../common/request-context';
import { XLSX_MIME } from '../enterprises/imports.controller';
import { TalentExcelService } from './talent-excel.service';

/**
 * 人才支持 over HTTP: the measures an enterprise's titles entitle it to (S-53 2+3+N, S-54, S-55), people (ID and
 * phone masked; the full view needs `talent:personal-data` and is audited), training and its coverage, the green
 * channel, housing and nominations. The talent service checks county scope and validates every request again.
 */
@ApiTags('talent 人才支持')
@ApiBearerAuth()
@Controller('talent')
export class TalentController {
  constructor(
    private readonly messaging: MessagingClient,
    private readonly excel: TalentExcelService,
  ) {}

  // --- scope -----------------------------------------------------------------------------------------------------

  @Get('enterprises/:uscc/scope')
  @RequirePermission(PERM.talent.read)
  @ApiOperation({
    summary: '企业在查询日适用的人才支持措施及依据（与 npm run -s policy -- talent 的输出相同）',
  })
  scope(
    @User() user: CurrentUser,
    @Param('uscc') uscc: string,
    @Query() q: TalentScopeQuery,
  ): Promise<TalentEntitlementsDto> {
    return this.messaging.request('talent.scope.get', { uscc, ...q, actor: actorOf(user) });
  }

  @Get('enterprises/:uscc/scope-request')
  @RequirePermission(PERM.talent.read)
  @ApiOperation({ summary: '计算人才措施所用的规则请求 { date, titles }（可交给命令行核对）' })
  scopeRequest(
    @User() user: CurrentUser,
    @Param('uscc') uscc: string,
    @Query() q: TalentScopeQuery,
  ): Promise<TalentScopeRequestDto> {
    return this.messaging.request('talent.scope.request', { uscc, ...q, actor: actorOf(user) });
  }

  @Get('enterprises/:uscc')
  @RequirePermission(PERM.talent.read)
  @ApiOperation({ summary: '企业称号及其历史（认定、复核、撤销、到期）' })
  enterprise(@User() user: CurrentUser, @Param('uscc') uscc: string): Promise<TalentEnterpriseDto> {
    return this.messaging.request('talent.enterprise.get', { uscc, actor: actorOf(user) });
  }

  @Get('scope')
  @RequirePermission(PERM.talent.read)
  @ApiOperation({ summary: '查询日适用某项措施的企业（如“2+3+N”重点支持范围 S-53）' })
  scopeList(@User() user: CurrentUser, @Query() q: TalentScopeListQuery): Promise<Page<TalentScopeEntryDto>> {
    return this.messaging.request('talent.scope.list', { ...q, actor: actorOf(user) });
  }

  // --- people ----------------------------------------------------------------------------------------------------

  @Post('people')
  @RequirePermission(PERM.talent.operate)
  @AuditAction('talent.person.register')
  @ApiOperation({ summary: '登记人员（身份证号按 GB 11643 校验；身份证号、手机号加密存储）' })
  async register(
    @User() user: CurrentUser,
    @Body() body: RegisterPersonBody,
    @Req() req: LadderRequest,
  ): Promise<PersonDto> {
    const p = await this.messaging.request('talent.person.register', { ...body, actor: actorOf(user) });
    req.audit = { target: p.id, after: { name: p.name, uscc: p.uscc } };
    return p;
  }

  @Get('people')
  @RequirePermission(PERM.talent.read)
  @ApiOperation({ summary: '人员列表（身份证号、手机号脱敏）' })
  people(@User() user: CurrentUser, @Query() q: PersonQuery): Promise<Page<PersonDto>> {
    return this.messaging.request('talent.person.list', { ...q, actor: actorOf(user) });
  }

  @Get('people/:id')
  @RequirePermission(PERM.talent.read)
  @ApiOperation({ summary: '人员详情（脱敏）' })
  person(@User() user: CurrentUser, @Param('id') id: string): Promise<PersonDto> {
    return this.messaging.request('talent.person.get', { personId: id, actor: actorOf(user) });
  }

  @Post('people/:id/reveal')
  @HttpCode(200)
  @RequirePermission(PERM.talent.personalData)
  @AuditAction('talent.person.reveal')
  @ApiOperation({
    summary: '查看完整身份证号和手机号（须有个人信息查看权限；每次查看均记入审计日志，日志不含号码）',
  })
  async reveal(
    @User() user: CurrentUser,
    @Param('id') id: string,
    @Body() body: RevealPersonBody,
    @Req() req: LadderRequest,
  ): Promise<PersonDto> {
    const p = await this.messaging.request('talent.person.reveal', {
      ...body,
      personId: id,
      actor: actorOf(user),
    });
    req.audit = { target: p.id, after: { name: p.name, uscc: p.uscc, reason: body.reason ?? null } };
    return p;
  }

  // --- training --------------------------------------------------------------------------------------------------

  @Post('programmes')
  @RequirePermission(PERM.talent.operate)
  @AuditAction('talent.programme.create')
  @ApiOperation({ summary: '新建培训项目（主办部门、主题、日期、名额；是否经营管理人才培训）' })
  createProgramme(@User() user: CurrentUser, @Body() body: CreateProgrammeBody): Promise<ProgrammeDto> {
    return this.messaging.request('talent.programme.create', { ...body, actor: actorOf(user) });
  }

  @Get('programmes')
  @RequirePermission(PERM.talent.read)
  @ApiOperation({ summary: '培训项目列表' })
  programmes(@User() user: CurrentUser, @Query() q: ProgrammeQuery): Promise<Page<ProgrammeDto>> {
    return this.messaging.request('talent.programme.list', { ...q, actor: actorOf(user) });
  }

  @Get('programmes/:id')
  @RequirePermission(PERM.talent.read)
  @ApiOperation({ summary: '培训项目及场次' })
  programme(@User() user: CurrentUser, @Param('id') id: string): Promise<ProgrammeDto> {
    return this.messaging.request('talent.programme.get', { programmeId: id, actor: actorOf(user) });
  }

  @Post('programmes/:id/sessions')
  @RequirePermission(PERM.talent.operate)
  @AuditAction('talent.session.add')
  @ApiOperation({ summary: '新增培训场次' })
  addSession(
    @User() user: CurrentUser,
    @Param('id') id: string,
    @Body() body: AddSessionBody,
  ): Promise<SessionDto> {
    return this.messaging.request('talent.session.add', { ...body, programmeId: id, actor: actorOf(user) });
  }

  @Post('programmes/:id/enrolments')
  @RequirePermission(PERM.talent.operate)
  @AuditAction('talent.enrolment.add')
  @ApiOperation({ summary: '报名（人员及其所在企业）' })
  enrol(@User() user: CurrentUser, @Param('id') id: string, @Body() body: EnrolBody): Promise<EnrolmentDto> {
    return this.messaging.request('talent.enrolment.add', { ...body, programmeId: id, actor: actorOf(user) });
  }

  @Get('programmes/:id/enrolments')
  @RequirePermission(PERM.talent.read)
  @ApiOperation({ summary: '报名与出勤情况' })
  enrolments(@User() user: CurrentUser, @Param('id') id: string): Promise<EnrolmentDto[]> {
    return this.messaging.request('talent.enrolment.list', { programmeId: id, actor: actorOf(user) });
  }

  @Post('sessions/:id/attendance')
  @HttpCode(200)
  @RequirePermission(PERM.talent.operate)
  @AuditAction('talent.attendance.record')
  @ApiOperation({ summary: '记录出勤（须已报名）' })
  attend(
    @User() user: CurrentUser,
    @Param('id') id: string,
    @Body() body: AttendanceBody,
  ): Promise<EnrolmentDto> {
    return this.messaging.request('talent.attendance.record', {
      ...body,
      sessionId: id,
      actor: actorOf(user),
    });
  }

  @Post('sessions/:id/attendance.xlsx')
  @HttpCode(200)
  @RequirePermission(PERM.talent.operate)
  @AuditAction('talent.attendance.import')
  @ApiConsumes(XLSX_MIME)
  @ApiOperation({ summary: '从 Excel 导入出勤（表头“姓名”“居民身份证号”；逐行报告错误）' })
  async importAttendance(
    @User() user: CurrentUser,
    @Param('id') id: string,
    @UploadedBytes(XLSX_MIME) bytes: Buffer,
  ): Promise<AttendanceImportResultDto> {
    const rows = await this.excel.attendanceRows(bytes);
    return this.messaging.request('talent.attendance.import', { sessionId: id, rows, actor: actorOf(user) });
  }

  @Get('coverage')
  @RequirePermission(PERM.talent.read)
  @ApiOperation({ summary: '优质中小企业经营管理人才培训覆盖率（按县、年度），含未覆盖企业清单' })
  coverage(@User() user: CurrentUser, @Query() q: CoverageQuery): Promise<CoverageDto> {
    return this.messaging.request('talent.coverage.get', { ...q, actor: actorOf(user) });
  }

  @Get('coverage.xlsx')
  @RequirePermission(PERM.talent.read)
  @ApiOperation({ summary: '导出培训覆盖率（按县）及未覆盖企业清单（Excel）' })
  async coverageExport(@User() user: CurrentUser, @Query() q: CoverageQuery, @Res() reply: FastifyReply): Promise<void> {
    const coverage = await this.messaging.request('talent.coverage.get', { ...q, actor: actorOf(user) });
    await sendXlsx(reply, await this.excel.coverage(coverage), `培训覆盖率-${coverage.year}年.xlsx`);
  }

  // --- green channel, housing, nominations ------------------------------------------------------------------------

  @Post('cases')
  @RequirePermission(PERM.talent.operate)
  @AuditAction('talent.case.submit')
  @ApiOperation({
    summary: '提交职称绿色通道申请、保障性住房申请或劳模/八闽英才推荐（按申请日企业称号核验后转责任部门）',
  })
  async submit(
    @User() user: CurrentUser,
    @Body() body: SubmitCaseBody,
    @Req() req: LadderRequest,
  ): Promise<TalentCaseDto> {
    const c = await this.messaging.request('talent.case.submit', { ...body, actor: actorOf(user) });
    req.audit = { target: c.id, after: { kind: c.kind, department: c.department, status: c.status } };
    return c;
  }

  @Get('cases')
  @RequirePermission(PERM.talent.read)
  @ApiOperation({ summary: '申请队列（职称、住房、推荐）' })
  cases(@User() user: CurrentUser, @Query() q: CaseQuery): Promise<Page<TalentCaseDto>> {
    return this.messaging.request('talent.case.list', { ...q, actor: actorOf(user) });
  }

  @Post('cases/:id/decision')
  @HttpCode(200)
  @RequirePermission(PERM.talent.review)
  @AuditAction('talent.case.decide')
  @ApiOperation({ summary: '记录评审（审核、评选）结果' })
  async decide(
    @User() user: CurrentUser,
    @Param('id') id: string,
    @Body() body: DecideCaseBody,
    @Req() req: LadderRequest,
  ): Promise<TalentCaseDto> {
    const c = await this.messaging.request('talent.case.decide', {
      ...body,
      caseId: id,
      actor: actorOf(user),
    });
    req.audit = { target: c.id, after: { status: c.status } };
    return c;
  }

  @Post('rounds')
  @RequirePermission(PERM.talent.operate)
  @AuditAction('talent.round.create')
  @ApiOperation({ summary: '新建年度评选（推荐）批次：市级劳模等荣誉、“八闽英才”' })
  createRound(@User() user: CurrentUser, @Body() body: CreateRoundBody): Promise<NominationRoundDto> {
    return this.messaging.request('talent.round.create', { ...body, actor: actorOf(user) });
  }

  @Get('rounds')
  @RequirePermission(PERM.talent.read)
  @ApiOperation({ summary: '评选（推荐）批次' })
  rounds(@User() user: CurrentUser): Promise<NominationRoundDto[]> {
    return this.messaging.request('talent.round.list', { actor: actorOf(user) });
  }
}
