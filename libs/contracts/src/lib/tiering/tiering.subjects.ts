import { event, rpc } from '../common/subject-map';
import type { Page } from '../common/pagination';
import type {
  AssessmentDto,
  CertificationDto,
  EvaluationDto,
  EvaluationSummaryDto,
  JobDto,
  LiaisonRowDto,
  PoolEntryDto,
  PoolSummaryDto,
  RecommendationDto,
  RuleVersionDto,
  ShadowDiffDto,
  TargetsDto,
} from './tiering.dto';
import type { EvaluationResultDto } from './evaluation-result.dto';
import {
  CategoryChangedEvent,
  EnterpriseCertifiedEvent,
  EnterpriseEvaluatedEvent,
  EnterpriseRecommendedEvent,
  EnterpriseRenewedEvent,
  EnterpriseRevokedEvent,
  EnterpriseTitleExpiredEvent,
  LiaisonAssignedEvent,
} from './tiering.events';
import {
  CertificationQuery,
  RecordCertificationRequest,
  RenewCertificationRequest,
  RevokeCertificationRequest,
} from './certification.rpc';
import { RunEvaluationRequest, UsccQuery, WhatIfRequest } from './evaluation.rpc';
import { JobQuery, StartJobRequest } from './job.rpc';
import { AssignLiaisonRequest, LiaisonQuery } from './liaison.rpc';
import { PoolQuery } from './pool.rpc';
import {
  CreateRecommendationRequest,
  RecommendationQuery,
  RecordOutcomeRequest,
  ReviewRecommendationRequest,
  SubmitRecommendationRequest,
} from './recommendation.rpc';
import { ActorOnlyRequest, AssessmentRequest } from './targets.rpc';

export const TIERING_STREAM = 'TIERING';

export const TIERING_RPC = {
  'tiering.evaluation.latest': rpc<UsccQuery, EvaluationDto>(UsccQuery, 'Latest stored evaluation of an enterprise'),
  'tiering.evaluation.history': rpc<UsccQuery, EvaluationSummaryDto[]>(UsccQuery, 'Evaluations of an enterprise, newest first'),
  'tiering.evaluation.run': rpc<RunEvaluationRequest, EvaluationDto>(RunEvaluationRequest, 'Evaluate one enterprise now'),
  'tiering.evaluation.what-if': rpc<WhatIfRequest, EvaluationResultDto>(WhatIfRequest, 'Evaluate an edited profile without storing'),
  'tiering.pool.list': rpc<PoolQuery, Page<PoolEntryDto>>(PoolQuery, 'The pool by category'),
  'tiering.pool.summary': rpc<ActorOnlyRequest, PoolSummaryDto>(ActorOnlyRequest, 'Category counts by county'),
  'tiering.recommendation.create': rpc<CreateRecommendationRequest, RecommendationDto>(CreateRecommendationRequest, 'County recommends'),
  'tiering.recommendation.review': rpc<ReviewRecommendationRequest, RecommendationDto>(ReviewRecommendationRequest, 'City approves or returns'),
  'tiering.recommendation.submit': rpc<SubmitRecommendationRequest, RecommendationDto>(SubmitRecommendationRequest, 'City submits upward'),
  'tiering.recommendation.outcome': rpc<RecordOutcomeRequest, RecommendationDto>(RecordOutcomeRequest, 'Record the official outcome'),
  'tiering.recommendation.list': rpc<RecommendationQuery, Page<RecommendationDto>>(RecommendationQuery, 'Recommendations'),
  'tiering.certification.record': rpc<RecordCertificationRequest, CertificationDto>(RecordCertificationRequest, 'Record a recognition'),
  'tiering.certification.renew': rpc<RenewCertificationRequest, CertificationDto>(RenewCertificationRequest, '复核 passed: extend validity'),
  'tiering.certification.revoke': rpc<RevokeCertificationRequest, CertificationDto>(RevokeCertificationRequest, 'Revoke a title'),
  'tiering.certification.list': rpc<CertificationQuery, Page<CertificationDto>>(CertificationQuery, 'Certifications, filterable by expiry'),
  'tiering.certification.history': rpc<UsccQuery, CertificationDto[]>(UsccQuery, 'Full tier history of an enterprise'),
  'tiering.job.start': rpc<StartJobRequest, JobDto>(StartJobRequest, 'Start a whole-pool re-evaluation or shadow comparison'),
  'tiering.job.get': rpc<JobQuery, JobDto>(JobQuery, 'Progress of a job'),
  'tiering.job.diffs': rpc<JobQuery, Page<ShadowDiffDto>>(JobQuery, 'Per-enterprise differences of a shadow comparison'),
  'tiering.targets.summary': rpc<ActorOnlyRequest, TargetsDto>(ActorOnlyRequest, 'New recognitions against the plan targets'),
  'tiering.assessment.report': rpc<AssessmentRequest, AssessmentDto>(AssessmentRequest, 'Mid-year / annual assessment by county'),
  'tiering.liaison.assign': rpc<AssignLiaisonRequest, LiaisonRowDto>(AssignLiaisonRequest, 'Assign a liaison cadre'),
  'tiering.rule-version.list': rpc<ActorOnlyRequest, RuleVersionDto[]>(ActorOnlyRequest, 'Versions of the tier standards with their periods and 文号'),
  'tiering.liaison.list': rpc<LiaisonQuery, Page<LiaisonRowDto>>(LiaisonQuery, 'Titled enterprises and their liaisons'),
} as const;

const audience = 'registry (category and tier fields), subsidies (免申即享 on new recognitions), guarantees, talent, other bureaus';

export const TIERING_EVENTS = {
  'tiering.enterprise.evaluated': event(EnterpriseEvaluatedEvent, {
    stream: TIERING_STREAM,
    summary: 'An enterprise was evaluated against the tier standards; carries the decision per tier and the rule version.',
    audience: 'subsidies (policy matching), other bureaus',
  }),
  'tiering.enterprise.category-changed': event(CategoryChangedEvent, {
    stream: TIERING_STREAM,
    summary: 'The pool category (重点推荐/重点提升/重点关注) of an enterprise changed.',
    audience: 'registry, other bureaus',
  }),
  'tiering.enterprise.recommended': event(EnterpriseRecommendedEvent, {
    stream: TIERING_STREAM,
    summary: 'A recommendation advanced: county recommended, city approved, or submitted upward.',
    audience: 'other bureaus',
  }),
  'tiering.enterprise.certified': event(EnterpriseCertifiedEvent, {
    stream: TIERING_STREAM,
    summary: 'An official recognition was recorded, with issuing body, 文号 and dates; kind new or renewal (subsidies pay only new ones).',
    audience,
  }),
  'tiering.enterprise.renewed': event(EnterpriseRenewedEvent, {
    stream: TIERING_STREAM,
    summary: 'A title passed 复核; its validity was extended.',
    audience,
  }),
  'tiering.enterprise.revoked': event(EnterpriseRevokedEvent, {
    stream: TIERING_STREAM,
    summary: 'A title was revoked, with the reason; fraud bars re-application for 3 years.',
    audience,
  }),
  'tiering.enterprise.expired': event(EnterpriseTitleExpiredEvent, {
    stream: TIERING_STREAM,
    summary: 'A title reached the end of its validity without renewal.',
    audience,
  }),
  'tiering.enterprise.liaison-assigned': event(LiaisonAssignedEvent, {
    stream: TIERING_STREAM,
    summary: 'A liaison cadre (挂包干部, S-57) was assigned to a titled enterprise; policy-match notices go to them.',
    audience,
  }),
} as const;
