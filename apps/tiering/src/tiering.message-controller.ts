import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  ActorOnlyRequest,
  AssessmentRequest,
  AssignLiaisonRequest,
  CertificationQuery,
  CreateRecommendationRequest,
  JobQuery,
  LiaisonQuery,
  PoolQuery,
  RecommendationQuery,
  RecordCertificationRequest,
  RecordOutcomeRequest,
  RenewCertificationRequest,
  ReviewRecommendationRequest,
  RevokeCertificationRequest,
  RpcResponse,
  RunEvaluationRequest,
  StartJobRequest,
  SubmitRecommendationRequest,
  UsccQuery,
  WhatIfRequest,
} from '@ladder/contracts';

import { CertificationService } from './certification/certification.service';
import { PoolService } from './evaluation/pool.service';
import { JobService } from './jobs/job.service';
import { LiaisonService } from './liaison/liaison.service';
import { RecommendationService } from './recommendation/recommendation.service';
import { TargetsService } from './targets/targets.service';

/** Thin: validated payload in, use case out. */
@Controller()
export class TieringMessageController {
  constructor(
    private readonly pool: PoolService,
    private readonly certifications: CertificationService,
    private readonly recommendations: RecommendationService,
    private readonly jobs: JobService,
    private readonly targets: TargetsService,
    private readonly liaisons: LiaisonService,
  ) {}

  @MessagePattern('tiering.evaluation.latest')
  latest(@Payload() q: UsccQuery): Promise<RpcResponse<'tiering.evaluation.latest'>> {
    return this.pool.latest(q.uscc, q.actor);
  }

  @MessagePattern('tiering.evaluation.history')
  history(@Payload() q: UsccQuery): Promise<RpcResponse<'tiering.evaluation.history'>> {
    return this.pool.history(q.uscc, q.actor);
  }

  @MessagePattern('tiering.evaluation.run')
  run(@Payload() r: RunEvaluationRequest): Promise<RpcResponse<'tiering.evaluation.run'>> {
    return this.pool.run(r.uscc, r.asOf, r.type, r.actor);
  }

  @MessagePattern('tiering.evaluation.what-if')
  whatIf(@Payload() r: WhatIfRequest): Promise<RpcResponse<'tiering.evaluation.what-if'>> {
    return this.pool.whatIf(r.profile, r.asOf, r.type, r.actor);
  }

  @MessagePattern('tiering.pool.list')
  poolList(@Payload() q: PoolQuery): Promise<RpcResponse<'tiering.pool.list'>> {
    return this.pool.list(q);
  }

  @MessagePattern('tiering.pool.summary')
  poolSummary(@Payload() q: ActorOnlyRequest): Promise<RpcResponse<'tiering.pool.summary'>> {
    return this.pool.summary(q.actor);
  }

  @MessagePattern('tiering.recommendation.create')
  recommend(@Payload() r: CreateRecommendationRequest): Promise<RpcResponse<'tiering.recommendation.create'>> {
    return this.recommendations.create(r);
  }

  @MessagePattern('tiering.recommendation.review')
  review(@Payload() r: ReviewRecommendationRequest): Promise<RpcResponse<'tiering.recommendation.review'>> {
    return this.recommendations.review(r);
  }

  @MessagePattern('tiering.recommendation.submit')
  submit(@Payload() r: SubmitRecommendationRequest): Promise<RpcResponse<'tiering.recommendation.submit'>> {
    return this.recommendations.submit(r.recommendationId, r.actor);
  }

  @MessagePattern('tiering.recommendation.outcome')
  outcome(@Payload() r: RecordOutcomeRequest): Promise<RpcResponse<'tiering.recommendation.outcome'>> {
    return this.recommendations.outcome(r);
  }

  @MessagePattern('tiering.recommendation.list')
  recommendationList(@Payload() q: RecommendationQuery): Promise<RpcResponse<'tiering.recommendation.list'>> {
    return this.recommendations.list(q);
  }

  @MessagePattern('tiering.certification.record')
  record(@Payload() r: RecordCertificationRequest): Promise<RpcResponse<'tiering.certification.record'>> {
    return this.certifications.record(r, r.actor);
  }

  @MessagePattern('tiering.certification.renew')
  renew(@Payload() r: RenewCertificationRequest): Promise<RpcResponse<'tiering.certification.renew'>> {
    return this.certifications.renew(r.certificationId, r, r.actor);
  }

  @MessagePattern('tiering.certification.revoke')
  revoke(@Payload() r: RevokeCertificationRequest): Promise<RpcResponse<'tiering.certification.revoke'>> {
    return this.certifications.revoke(r.certificationId, r, r.actor);
  }

  @MessagePattern('tiering.certification.list')
  certificationList(@Payload() q: CertificationQuery): Promise<RpcResponse<'tiering.certification.list'>> {
    return this.certifications.list(q);
  }

  @MessagePattern('tiering.certification.history')
  certificationHistory(@Payload() q: UsccQuery): Promise<RpcResponse<'tiering.certification.history'>> {
    return this.certifications.history(q.uscc, q.actor);
  }

  @MessagePattern('tiering.job.start')
  startJob(@Payload() r: StartJobRequest): Promise<RpcResponse<'tiering.job.start'>> {
    return this.jobs.start(r);
  }

  @MessagePattern('tiering.job.get')
  getJob(@Payload() q: JobQuery): Promise<RpcResponse<'tiering.job.get'>> {
    return this.jobs.get(q.jobId);
  }

  @MessagePattern('tiering.job.diffs')
  diffs(@Payload() q: JobQuery): Promise<RpcResponse<'tiering.job.diffs'>> {
    return this.jobs.diffs(q);
  }

  @MessagePattern('tiering.rule-version.list')
  ruleVersions(@Payload() _q: ActorOnlyRequest): RpcResponse<'tiering.rule-version.list'> {
    return this.jobs.ruleVersions();
  }

  @MessagePattern('tiering.targets.summary')
  targetsSummary(@Payload() q: ActorOnlyRequest): Promise<RpcResponse<'tiering.targets.summary'>> {
    return this.targets.targets(q.actor);
  }

  @MessagePattern('tiering.assessment.report')
  assessment(@Payload() q: AssessmentRequest): Promise<RpcResponse<'tiering.assessment.report'>> {
    return this.targets.assessment(q.year, q.period, q.actor);
  }

  @MessagePattern('tiering.liaison.assign')
  assignLiaison(@Payload() r: AssignLiaisonRequest): Promise<RpcResponse<'tiering.liaison.assign'>> {
    return this.liaisons.assign(r);
  }

  @MessagePattern('tiering.liaison.list')
  liaisonList(@Payload() q: LiaisonQuery): Promise<RpcResponse<'tiering.liaison.list'>> {
    return this.liaisons.list(q);
  }
}
