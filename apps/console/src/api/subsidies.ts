/** 奖补兑现 (docs/http-api.md "Subsidies"), typed by `Api.Subsidies`. */
import { request } from './request';
import type { BlobResponse, Query, RequestOptions } from './request';

function id(value: string | number): string {
  return encodeURIComponent(String(value));
}

function toQuery<T extends object>(query: T): Query {
  return { ...query } as Query;
}

// ---------------------------------------------------------------- catalogue and computation

export function listCatalogue(options?: RequestOptions): Promise<Api.Subsidies.CatalogueEntry[]> {
  return request.get('/subsidies/catalogue', undefined, options);
}

export function computeAward(body: Api.Subsidies.ComputeRequest, options?: RequestOptions): Promise<Api.Subsidies.Computation> {
  return request.post('/subsidies/compute', body, options);
}

export function proposeVersion(
  body: Api.Subsidies.ProposeVersionRequest,
  options?: RequestOptions,
): Promise<Api.Subsidies.Version> {
  return request.post('/subsidies/catalogue/versions', body, options);
}

export function decideVersion(
  versionId: string,
  body: Api.Subsidies.DecisionRequest,
  options?: RequestOptions,
): Promise<Api.Subsidies.Version> {
  return request.post(`/subsidies/catalogue/versions/${id(versionId)}/decision`, body, options);
}

// ---------------------------------------------------------------- entitlements

export function listEntitlements(
  query: Api.Subsidies.EntitlementQuery,
  options?: RequestOptions,
): Promise<Api.Common.PageResult<Api.Subsidies.Entitlement>> {
  return request.get('/subsidies/entitlements', toQuery(query), options);
}

export function exportEntitlements(filters: Api.Subsidies.EntitlementFilters): Promise<BlobResponse> {
  return request.blob('/subsidies/entitlements.xlsx', toQuery(filters));
}

export function getEntitlement(entitlementId: string, options?: RequestOptions): Promise<Api.Subsidies.Entitlement> {
  return request.get(`/subsidies/entitlements/${id(entitlementId)}`, undefined, options);
}

export function approveEntitlement(
  entitlementId: string,
  body: Api.Subsidies.ApproveRequest,
  options?: RequestOptions,
): Promise<Api.Subsidies.Entitlement> {
  return request.post(`/subsidies/entitlements/${id(entitlementId)}/approve`, body, options);
}

export function disburseEntitlement(
  entitlementId: string,
  body: Api.Subsidies.DisburseRequest,
  options?: RequestOptions,
): Promise<Api.Subsidies.Entitlement> {
  return request.post(`/subsidies/entitlements/${id(entitlementId)}/disburse`, body, options);
}

export function cancelEntitlement(
  entitlementId: string,
  body: Api.Subsidies.CancelRequest,
  options?: RequestOptions,
): Promise<Api.Subsidies.Entitlement> {
  return request.post(`/subsidies/entitlements/${id(entitlementId)}/cancel`, body, options);
}

export function raiseObjection(
  entitlementId: string,
  body: Api.Subsidies.ObjectionRequest,
  options?: RequestOptions,
): Promise<Api.Subsidies.Publicity> {
  return request.post(`/subsidies/entitlements/${id(entitlementId)}/objections`, body, options);
}

export function resolveObjection(
  objectionId: string,
  body: Api.Subsidies.ResolveObjectionRequest,
  options?: RequestOptions,
): Promise<Api.Subsidies.Publicity> {
  return request.post(`/subsidies/objections/${id(objectionId)}/resolve`, body, options);
}

// ---------------------------------------------------------------- 公示

export function listPublicity(query: Api.Common.PageQuery): Promise<Api.Common.PageResult<Api.Subsidies.Publicity>> {
  return request.get('/subsidies/publicity', toQuery(query));
}

export function getPublicity(publicityId: string, options?: RequestOptions): Promise<Api.Subsidies.Publicity> {
  return request.get(`/subsidies/publicity/${id(publicityId)}`, undefined, options);
}

export function createPublicity(
  body: Api.Subsidies.CreatePublicityRequest,
  options?: RequestOptions,
): Promise<Api.Subsidies.Publicity> {
  return request.post('/subsidies/publicity', body, options);
}

export function closePublicity(publicityId: string, options?: RequestOptions): Promise<Api.Subsidies.Publicity> {
  return request.post(`/subsidies/publicity/${id(publicityId)}/close`, undefined, options);
}

// ---------------------------------------------------------------- applications

export function listApplications(
  query: Api.Subsidies.ApplicationQuery,
): Promise<Api.Common.PageResult<Api.Subsidies.Application>> {
  return request.get('/subsidies/applications', toQuery(query));
}

export function submitApplication(
  body: Api.Subsidies.SubmitApplicationRequest,
  options?: RequestOptions,
): Promise<Api.Subsidies.Application> {
  return request.post('/subsidies/applications', body, options);
}

export function reviewApplication(
  applicationId: string,
  body: Api.Subsidies.ReviewApplicationRequest,
  options?: RequestOptions,
): Promise<Api.Subsidies.Application> {
  return request.post(`/subsidies/applications/${id(applicationId)}/review`, body, options);
}

// ---------------------------------------------------------------- budgets, ledger, report

export function listBudgets(year: number | undefined): Promise<Api.Subsidies.BudgetLine[]> {
  return request.get('/subsidies/budgets', { year });
}

export function setBudget(body: Api.Subsidies.SetBudgetRequest, options?: RequestOptions): Promise<Api.Subsidies.BudgetLine> {
  return request.put('/subsidies/budgets', body, options);
}

export function listLedger(query: Api.Subsidies.LedgerQuery): Promise<Api.Common.PageResult<Api.Subsidies.LedgerEntry>> {
  return request.get('/subsidies/ledger', toQuery(query));
}

export function exportLedger(filters: Api.Subsidies.LedgerFilters): Promise<BlobResponse> {
  return request.blob('/subsidies/ledger.xlsx', toQuery(filters));
}

export function fetchReport(year: number | undefined): Promise<Api.Subsidies.Report> {
  return request.get('/subsidies/report', { year });
}

export function exportReport(year: number | undefined): Promise<BlobResponse> {
  return request.blob('/subsidies/report.xlsx', { year });
}

// ---------------------------------------------------------------- matching, notices, parks

export function fetchMatching(uscc: string, options?: RequestOptions): Promise<Api.Subsidies.Matching> {
  return request.get(`/subsidies/matching/${id(uscc)}`, undefined, options);
}

export function listNotices(query: Api.Subsidies.NoticeQuery): Promise<Api.Common.PageResult<Api.Subsidies.Notice>> {
  return request.get('/subsidies/notices', toQuery(query));
}

export function markNoticeRead(noticeId: number): Promise<Api.Subsidies.Notice> {
  return request.post(`/subsidies/notices/${id(noticeId)}/read`);
}

export function listParks(options?: RequestOptions): Promise<Api.Subsidies.Park[]> {
  return request.get('/subsidies/parks', undefined, options);
}

export function createPark(body: Api.Subsidies.UpsertParkRequest, options?: RequestOptions): Promise<Api.Subsidies.Park> {
  return request.post('/subsidies/parks', body, options);
}

export function updatePark(
  parkId: string,
  body: Api.Subsidies.UpsertParkRequest,
  options?: RequestOptions,
): Promise<Api.Subsidies.Park> {
  return request.put(`/subsidies/parks/${id(parkId)}`, body, options);
}
