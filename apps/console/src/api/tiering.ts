/** The ladder (梯度评价与认定) of docs/http-api.md, typed by `Api.Tiering`. */
import { request } from './request';
import type { BlobResponse, Query, RequestOptions } from './request';

function enterprisePath(uscc: string): string {
  return `/tiering/enterprises/${encodeURIComponent(uscc)}`;
}

function id(value: string): string {
  return encodeURIComponent(value);
}

function toQuery<T extends object>(query: T): Query {
  return { ...query } as Query;
}

// ---------------------------------------------------------------- evaluations

export function listRuleVersions(): Promise<Api.Tiering.RuleVersion[]> {
  return request.get('/tiering/rule-versions');
}

/** The latest stored evaluation (404 `TIERING_EVALUATION_NOT_FOUND` when there is none). */
export function getEvaluation(uscc: string, options?: RequestOptions): Promise<Api.Tiering.Evaluation> {
  return request.get(`${enterprisePath(uscc)}/evaluation`, undefined, options);
}

export function runEvaluation(
  uscc: string,
  body: Api.Tiering.RunEvaluationRequest,
  options?: RequestOptions,
): Promise<Api.Tiering.Evaluation> {
  return request.post(`${enterprisePath(uscc)}/evaluation`, body, options);
}

export function listEvaluations(uscc: string): Promise<Api.Tiering.EvaluationSummary[]> {
  return request.get(`${enterprisePath(uscc)}/evaluations`);
}

/** Every title the enterprise has held (full history). */
export function listEnterpriseCertifications(uscc: string, options?: RequestOptions): Promise<Api.Tiering.Certification[]> {
  return request.get(`${enterprisePath(uscc)}/certifications`, undefined, options);
}

/** Evaluates an edited profile; nothing is stored. */
export function whatIf(body: Api.Tiering.WhatIfRequest, options?: RequestOptions): Promise<Api.Tiering.Result> {
  return request.post('/tiering/what-if', body, options);
}

// ---------------------------------------------------------------- pool

export function listPool(query: Api.Tiering.PoolListQuery): Promise<Api.Common.PageResult<Api.Tiering.PoolEntry>> {
  return request.get('/tiering/pool', toQuery(query));
}

export function fetchPoolSummary(options?: RequestOptions): Promise<Api.Tiering.PoolSummary> {
  return request.get('/tiering/pool/summary', undefined, options);
}

export function exportPool(filters: Api.Tiering.PoolFilters): Promise<BlobResponse> {
  return request.blob('/tiering/pool/export.xlsx', toQuery(filters));
}

// ---------------------------------------------------------------- recommendations

export function createRecommendation(
  body: Api.Tiering.CreateRecommendation,
  options?: RequestOptions,
): Promise<Api.Tiering.Recommendation> {
  return request.post('/tiering/recommendations', body, options);
}

export function listRecommendations(
  query: Api.Tiering.RecommendationListQuery,
): Promise<Api.Common.PageResult<Api.Tiering.Recommendation>> {
  return request.get('/tiering/recommendations', toQuery(query));
}

export function reviewRecommendation(
  recommendationId: string,
  body: Api.Tiering.ReviewRecommendation,
  options?: RequestOptions,
): Promise<Api.Tiering.Recommendation> {
  return request.post(`/tiering/recommendations/${id(recommendationId)}/review`, body, options);
}

export function submitRecommendation(recommendationId: string): Promise<Api.Tiering.Recommendation> {
  return request.post(`/tiering/recommendations/${id(recommendationId)}/submit`);
}

export function recordOutcome(
  recommendationId: string,
  body: Api.Tiering.RecordOutcome,
  options?: RequestOptions,
): Promise<Api.Tiering.Recommendation> {
  return request.post(`/tiering/recommendations/${id(recommendationId)}/outcome`, body, options);
}

// ---------------------------------------------------------------- certifications

export function listCertifications(
  query: Api.Tiering.CertificationListQuery,
  options?: RequestOptions,
): Promise<Api.Common.PageResult<Api.Tiering.Certification>> {
  return request.get('/tiering/certifications', toQuery(query), options);
}

export function recordCertification(
  body: Api.Tiering.RecordCertification,
  options?: RequestOptions,
): Promise<Api.Tiering.Certification> {
  return request.post('/tiering/certifications', body, options);
}

export function renewCertification(
  certificationId: string,
  body: Api.Tiering.RenewCertification,
  options?: RequestOptions,
): Promise<Api.Tiering.Certification> {
  return request.post(`/tiering/certifications/${id(certificationId)}/renew`, body, options);
}

export function revokeCertification(
  certificationId: string,
  body: Api.Tiering.RevokeCertification,
  options?: RequestOptions,
): Promise<Api.Tiering.Certification> {
  return request.post(`/tiering/certifications/${id(certificationId)}/revoke`, body, options);
}

// ---------------------------------------------------------------- jobs

export function startJob(body: Api.Tiering.StartJob, options?: RequestOptions): Promise<Api.Tiering.Job> {
  return request.post('/tiering/jobs', body, options);
}

export function getJob(jobId: string, options?: RequestOptions): Promise<Api.Tiering.Job> {
  return request.get(`/tiering/jobs/${id(jobId)}`, undefined, options);
}

export function listJobDiffs(
  jobId: string,
  query: Api.Tiering.DiffsQuery,
): Promise<Api.Common.PageResult<Api.Tiering.ShadowDiff>> {
  return request.get(`/tiering/jobs/${id(jobId)}/diffs`, toQuery(query));
}

export function exportJobDiffs(jobId: string): Promise<BlobResponse> {
  return request.blob(`/tiering/jobs/${id(jobId)}/diffs.xlsx`);
}

// ---------------------------------------------------------------- targets and assessment

export function fetchTargets(): Promise<Api.Tiering.Targets> {
  return request.get('/tiering/targets');
}

export function fetchAssessment(query: Api.Tiering.AssessmentQuery): Promise<Api.Tiering.Assessment> {
  return request.get('/tiering/assessment', toQuery(query));
}

export function exportAssessment(query: Api.Tiering.AssessmentQuery): Promise<BlobResponse> {
  return request.blob('/tiering/assessment.xlsx', toQuery(query));
}

// ---------------------------------------------------------------- liaisons

export function listLiaisons(query: Api.Tiering.LiaisonListQuery): Promise<Api.Common.PageResult<Api.Tiering.LiaisonRow>> {
  return request.get('/tiering/liaisons', toQuery(query));
}

export function assignLiaison(
  uscc: string,
  body: Api.Tiering.AssignLiaison,
  options?: RequestOptions,
): Promise<Api.Tiering.LiaisonRow> {
  return request.put(`/tiering/liaisons/${encodeURIComponent(uscc)}`, body, options);
}
