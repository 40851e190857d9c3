import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  AssessmentRequest,
  AssignLiaisonBody,
  CertificationQuery,
  CreateRecommendationBody,
  JobDiffsQuery,
  LiaisonQuery,
  PoolQuery,
  RecommendationQuery,
  RecordCertificationBody,
  RecordOutcomeBody,
  RenewCertificationBody,
  ReviewRecommendationBody,
  RevokeCertificationBody,
  RunEvaluationBody,
  StartJobBody,
  WhatIfBody,
} from '@ladder/contracts';
import type {
  AssessmentDto,
  CertificationDto,
  EvaluationDto,
  EvaluationResultDto,
  EvaluationSummaryDto,
  JobDto,
  LiaisonRowDto,
  Page,
  PoolEntryDto,
  PoolSummaryDto,
  RecommendationDto,
  RuleVersionDto,
  ShadowDiffDto,
  TargetsDto,
} from '@ladder/contracts';
import { MessagingClient } from '@ladder/platform-messaging';
import { PERM } from '@ladder/shared-permissions';
import type { FastifyReply } from 'fastify';

import { AuditAction, RequirePermission, User } from '../auth/auth.decorators';
import { collectPages, sendXlsx } from '../common/export';
import { actorOf } from '../common/request-context';
import type { CurrentUser, LadderRequest } from '../common/request-context';
import { TieringExcelService } from './tiering-excel.service';

/**
 * The ladder (梯度评价与认定) over HTTP. Bodies and queries are the contract classes without the acting user and the
 * ids of the path (`…Body`, `…Query`): the global pipe validates them here and OpenAPI describes them; the gateway
 * adds the acting user, checks the permission, and the tiering service validates the whole request again.
 */
@ApiTags('tiering 梯度评价与认定')
@ApiBearerAuth()
@Controller('tiering')
export class TieringController {
  constructor(
    private readonly messaging: MessagingClient,
    private readonly excel: TieringExcelService,
  ) {}

  @Get('rule-versions')
  @RequirePermission(PERM.tiering.read)
  @ApiOperation({ summary: '评价标准版本（含施行日期与文号）' })
  ruleVersions(@User() user: CurrentUser): Promise<RuleVersionDto[]> {
    return this.messaging.request('tiering.rule-version.list', { actor: actorOf(user) });
  }

  @Get('enterprises/:uscc/evaluation')
  @RequirePermission(PERM.tiering.read)
  @ApiOperation({ summary: '企业最新评价结果（分项得分、条款、取值、差距）' })
  latest(@User() user: CurrentUser, @Param('uscc') uscc: string): Promise<EvaluationDto> {
    return this.messaging.request('tiering.evaluation.latest', { uscc, actor: actorOf(user) });
  }

  @Post('enterprises/:uscc/evaluation')
  @HttpCode(200)
  @RequirePermission(PERM.tiering.evaluate)
  @AuditAction('tiering.evaluate')
  @ApiOperation({ summary: '立即评价（可指定评价基准日与申报类型）' })
  run(@User() user: CurrentUser, @Param('uscc') uscc: string, @Body() body: RunEvaluationBody): Promise<EvaluationDto> {
    return this.messaging.request('tiering.evaluation.run', { ...body, uscc, actor: actorOf(user) });
  }

  @Get('enterprises/:uscc/evaluations')
  @RequirePermission(PERM.tiering.read)
  history(@User() user: CurrentUser, @Param('uscc') uscc: string): Promise<EvaluationSummaryDto[]> {
    return this.messaging.request('tiering.evaluation.history', { uscc, actor: actorOf(user) });
  }

  @Get('enterprises/:uscc/certifications')
  @RequirePermission(PERM.tiering.read)
  certificationHistory(@User() user: CurrentUser, @Param('uscc') uscc: string): Promise<CertificationDto[]> {
    return this.messaging.request('tiering.certification.history', { uscc, actor: actorOf(user) });
  }

  @Post('what-if')
  @HttpCode(200)
  @RequirePermission(PERM.tiering.evaluate)
  @ApiOperation({ summary: '模拟评价：修改企业画像后试算，不保存' })
  whatIf(@User() user: CurrentUser, @Body() body: WhatIfBody): Promise<EvaluationResultDto> {
    return this.messaging.request('tiering.evaluation.what-if', { ...body, actor: actorOf(user) });
  }

  @Get('pool')
  @RequirePermission(PERM.tiering.read)
  @ApiOperation({ summary: '培育库分类（重点推荐/重点提升/重点关注）' })
  pool(@User() user: CurrentUser, @Query() q: PoolQuery): Promise<Page<PoolEntryDto>> {
    return this.messaging.request('tiering.pool.list', { ...q, actor: actorOf(user) });
  }

  @Get('pool/summary')
  @RequirePermission(PERM.tiering.read)
  poolSummary(@User() user: CurrentUser): Promise<PoolSummaryDto> {
    return this.messaging.request('tiering.pool.summary', { actor: actorOf(user) });
  }

  @Get('pool/export.xlsx')
  @RequirePermission(PERM.tiering.read)
  async poolExport(@User() user: CurrentUser, @Query() q: PoolQuery, @Res() reply: FastifyReply): Promise<void> {
    const items = await collectPages((page, pageSize) =>
      this.messaging.request('tiering.pool.list', { ...q, page, pageSize, actor: actorOf(user) }),
    );
    await sendXlsx(reply, await this.excel.pool(items), `培育库分类-${new Date().toISOString().slice(0, 10)}.xlsx`);
  }

  @Post('recommendations')
  @RequirePermission(PERM.tiering.recommend)
  @AuditAction('tiering.recommend')
  async recommend(@User() user: CurrentUser, @Body() body: CreateRecommendationBody, @Req() req: LadderRequest): Promise<RecommendationDto> {
    const r = await this.messaging.request('tiering.recommendation.create', { ...body, actor: actorOf(user) });
    req.audit = { target: r.uscc, after: r };
    return r;
  }

  @Get('recommendations')
  @RequirePermission(PERM.tiering.read)
  recommendations(@User() user: CurrentUser, @Query() q: RecommendationQuery): Promise<Page<RecommendationDto>> {
    return this.messaging.request('tiering.recommendation.list', { ...q, actor: actorOf(user) });
  }

  @Post('recommendations/:id/review')
  @HttpCode(200)
  @RequirePermission(PERM.tiering.review)
  @AuditAction('tiering.review')
  async review(
    @User() user: CurrentUser,
    @Param('id') id: string,
    @Body() body: ReviewRecommendationBody,
    @Req() req: LadderRequest,
  ): Promise<RecommendationDto> {
    const r = await this.messaging.request('tiering.recommendation.review', { ...body, recommendationId: id, actor: actorOf(user) });
    req.audit = { target: r.uscc, after: r };
    return r;
  }

  @Post('recommendations/:id/submit')
  @HttpCode(200)
  @RequirePermission(PERM.tiering.certify)
  @AuditAction('tiering.submit')
  async submit(@User() user: CurrentUser, @Param('id') id: string, @Req() req: LadderRequest): Promise<RecommendationDto> {
    const r = await this.messaging.request('tiering.recommendation.submit', { recommendationId: id, actor: actorOf(user) });
    req.audit = { target: r.uscc, after: r };
    return r;
  }

  @Post('recommendations/:id/outcome')
  @HttpCode(200)
  @RequirePermission(PERM.tiering.certify)
  @AuditAction('tiering.outcome')
  async outcome(@User() user: CurrentUser, @Param('id') id: string, @Body() body: RecordOutcomeBody, @Req() req: LadderRequest): Promise<RecommendationDto> {
    const r = await this.messaging.request('tiering.recommendation.outcome', { ...body, recommendationId: id, actor: actorOf(user) });
    req.audit = { target: r.uscc, after: r };
    return r;
  }

  @Get('certifications')
  @RequirePermission(PERM.tiering.read)
  certifications(@User() user: CurrentUser, @Query() q: CertificationQuery): Promise<Page<CertificationDto>> {
    return this.messaging.request('tiering.certification.list', { ...q, actor: actorOf(user) });
  }

  @Post('certifications')
  @RequirePermission(PERM.tiering.certify)
  @AuditAction('tiering.certify')
  @ApiOperation({ summary: '登记认定（流程外的既有称号）' })
  async record(@User() user: CurrentUser, @Body() body: RecordCertificationBody, @Req() req: LadderRequest): Promise<CertificationDto> {
    const c = await this.messaging.request('tiering.certification.record', { ...body, actor: actorOf(user) });
    req.audit = { target: c.uscc, after: c };
    return c;
  }

  @Post('certifications/:id/renew')
  @HttpCode(200)
  @RequirePermission(PERM.tiering.certify)
  @AuditAction('tiering.renew')
  async renew(@User() user: CurrentUser, @Param('id') id: string, @Body() body: RenewCertificationBody, @Req() req: LadderRequest): Promise<CertificationDto> {
    const c = await this.messaging.request('tiering.certification.renew', { ...body, certificationId: id, actor: actorOf(user) });
    req.audit = { target: c.uscc, after: c };
    return c;
  }

  @Post('certifications/:id/revoke')
  @HttpCode(200)
  @RequirePermission(PERM.tiering.certify)
  @AuditAction('tiering.revoke')
  async revoke(@User() user: CurrentUser, @Param('id') id: string, @Body() body: RevokeCertificationBody, @Req() req: LadderRequest): Promise<CertificationDto> {
    const c = await this.messaging.request('tiering.certification.revoke', { ...body, certificationId: id, actor: actorOf(user) });
    req.audit = { target: c.uscc, after: c };
    return c;
  }

  @Post('jobs')
  @RequirePermission(PERM.tiering.jobs)
  @AuditAction('tiering.job')
  @ApiOperation({ summary: '全库重新评价，或两个规则版本的影子对比' })
  startJob(@User() user: CurrentUser, @Body() body: StartJobBody): Promise<JobDto> {
    return this.messaging.request('tiering.job.start', { ...body, actor: actorOf(user) });
  }

  @Get('jobs/:id')
  @RequirePermission(PERM.tiering.read)
  job(@User() user: CurrentUser, @Param('id') id: string): Promise<JobDto> {
    return this.messaging.request('tiering.job.get', { jobId: id, actor: actorOf(user) });
  }

  @Get('jobs/:id/diffs')
  @RequirePermission(PERM.tiering.read)
  diffs(@User() user: CurrentUser, @Param('id') id: string, @Query() q: JobDiffsQuery): Promise<Page<ShadowDiffDto>> {
    return this.messaging.request('tiering.job.diffs', { ...q, jobId: id, actor: actorOf(user) });
  }

  @Get('jobs/:id/diffs.xlsx')
  @RequirePermission(PERM.tiering.read)
  async diffsExport(@User() user: CurrentUser, @Param('id') id: string, @Res() reply: FastifyReply): Promise<void> {
    const items = await collectPages((page, pageSize) =>
      this.messaging.request('tiering.job.diffs', { jobId: id, page, pageSize, changedOnly: true, actor: actorOf(user) }),
    );
    await sendXlsx(reply, await this.excel.shadowDiffs(items), `规则版本对比-${id.slice(0, 8)}.xlsx`);
  }

  @Get('targets')
  @RequirePermission(PERM.targets.read)
  @ApiOperation({ summary: '目标完成情况（创新型>800、专精特新>150、小巨人>20）' })
  targets(@User() user: CurrentUser): Promise<TargetsDto> {
    return this.messaging.request('tiering.targets.summary', { actor: actorOf(user) });
  }

  @Get('assessment')
  @RequirePermission(PERM.targets.read)
  @ApiOperation({ summary: '各县（市、区）年中督促/年度考核报表' })
  assessment(@User() user: CurrentUser, @Query() q: AssessmentRequest): Promise<AssessmentDto> {
    return this.messaging.request('tiering.assessment.report', { ...q, actor: actorOf(user) });
  }

  @Get('assessment.xlsx')
  @RequirePermission(PERM.targets.read)
  async assessmentExport(@User() user: CurrentUser, @Query() q: AssessmentRequest, @Res() reply: FastifyReply): Promise<void> {
    const report = await this.messaging.request('tiering.assessment.report', { ...q, actor: actorOf(user) });
    await sendXlsx(reply, await this.excel.assessment(report), `考核报表-${report.year}-${report.period === 'annual' ? '年度' : '年中'}.xlsx`);
  }

  @Get('liaisons')
  @RequirePermission(PERM.tiering.read)
  liaisons(@User() user: CurrentUser, @Query() q: LiaisonQuery): Promise<Page<LiaisonRowDto>> {
    return this.messaging.request('tiering.liaison.list', { ...q, actor: actorOf(user) });
  }

  @Put('liaisons/:uscc')
  @RequirePermission(PERM.tiering.liaison)
  @AuditAction('tiering.liaison')
  async assign(@User() user: CurrentUser, @Param('uscc') uscc: string, @Body() body: AssignLiaisonBody, @Req() req: LadderRequest): Promise<LiaisonRowDto> {
    const row = await this.messaging.request('tiering.liaison.assign', { ...body, uscc, actor: actorOf(user) });
    req.audit = { target: uscc, after: row };
    return row;
  }
}
