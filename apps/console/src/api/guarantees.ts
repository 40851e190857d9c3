/** 融资担保 (docs/http-api.md "Financing guarantees", docs/guarantees.md), typed by `Api.Guarantees`. */
import { request } from './request';
import type { BlobResponse, Query, RequestOptions } from './request';

function id(value: string | number): string {
  return encodeURIComponent(String(value));
}

function toQuery<T extends object>(query: T): Query {
  return { ...query } as Query;
}

// ---------------------------------------------------------------- 测算

/** The same JSON as `npm run -s policy -- guarantee <request.json>`. */
export function computeGuarantee(
  body: Api.Guarantees.ComputeRequest,
  options?: RequestOptions,
): Promise<Api.Guarantees.Computation> {
  return request.post('/guarantees/compute', body, options);
}

// ---------------------------------------------------------------- white list (S-48)

export function listWhiteList(
  query: Api.Guarantees.WhiteListQuery,
  options?: RequestOptions,
): Promise<Api.Common.PageResult<Api.Guarantees.WhiteListEntry>> {
  return request.get('/guarantees/whitelist', toQuery(query), options);
}

export function exportWhiteList(filters: Api.Guarantees.WhiteListFilters): Promise<BlobResponse> {
  return request.blob('/guarantees/whitelist.xlsx', toQuery(filters));
}

export function listWhiteListHistory(
  query: Api.Guarantees.HistoryQuery,
  options?: RequestOptions,
): Promise<Api.Common.PageResult<Api.Guarantees.WhiteListChange>> {
  return request.get('/guarantees/whitelist/history', toQuery(query), options);
}

/** 人工纳入“白名单” (市金融监管局, with a reason). */
export function addToWhiteList(body: Api.Guarantees.AddWhiteListRequest, options?: RequestOptions): Promise<Api.Guarantees.WhiteListEntry> {
  return request.post('/guarantees/whitelist', body, options);
}

// ---------------------------------------------------------------- organisations

export function listOrganisations(options?: RequestOptions): Promise<Api.Guarantees.Organisation[]> {
  return request.get('/guarantees/organisations', undefined, options);
}

// ---------------------------------------------------------------- applications

export function listGuarantees(
  query: Api.Guarantees.ApplicationQuery,
  options?: RequestOptions,
): Promise<Api.Common.PageResult<Api.Guarantees.Application>> {
  return request.get('/guarantees/applications', toQuery(query), options);
}

export function getGuarantee(applicationId: string, options?: RequestOptions): Promise<Api.Guarantees.Application> {
  return request.get(`/guarantees/applications/${id(applicationId)}`, undefined, options);
}

/** 受理担保申请: the service computes S-49 and reserves the principal (409 above the ceiling). */
export function submitGuarantee(body: Api.Guarantees.SubmitRequest, options?: RequestOptions): Promise<Api.Guarantees.Application> {
  return request.post('/guarantees/applications', body, options);
}

/** 担保机构初审 (approve=false 不予受理). */
export function reviewGuarantee(
  applicationId: string,
  body: Api.Guarantees.StepRequest,
  options?: RequestOptions,
): Promise<Api.Guarantees.Application> {
  return request.post(`/guarantees/applications/${id(applicationId)}/review`, body, options);
}

/** 担保机构审批 (another person than the one who received and reviewed). */
export function decideGuarantee(
  applicationId: string,
  body: Api.Guarantees.StepRequest,
  options?: RequestOptions,
): Promise<Api.Guarantees.Application> {
  return request.post(`/guarantees/applications/${id(applicationId)}/decision`, body, options);
}

/** 合作银行确认放款. */
export function issueLoan(
  applicationId: string,
  body: Api.Guarantees.IssueRequest,
  options?: RequestOptions,
): Promise<Api.Guarantees.Application> {
  return request.post(`/guarantees/applications/${id(applicationId)}/loan`, body, options);
}

/** 结清 (bank), 代偿 or 追偿 (guarantor). */
export function closeGuarantee(
  applicationId: string,
  body: Api.Guarantees.CloseRequest,
  options?: RequestOptions,
): Promise<Api.Guarantees.Application> {
  return request.post(`/guarantees/applications/${id(applicationId)}/close`, body, options);
}

// ---------------------------------------------------------------- exposure and policy cost

export function fetchExposure(options?: RequestOptions): Promise<Api.Guarantees.Exposure> {
  return request.get('/guarantees/exposure', undefined, options);
}

export function fetchPolicyCost(year?: number, options?: RequestOptions): Promise<Api.Guarantees.PolicyCostYear[]> {
  return request.get('/guarantees/policy-cost', { year }, options);
}

// ---------------------------------------------------------------- S-49a financing matchmaking

export function listProducts(query: Api.Common.PageQuery, options?: RequestOptions): Promise<Api.Common.PageResult<Api.Guarantees.CreditProduct>> {
  return request.get('/guarantees/products', toQuery(query), options);
}

export function listNeeds(query: Api.Common.PageQuery, options?: RequestOptions): Promise<Api.Common.PageResult<Api.Guarantees.FinancingNeed>> {
  return request.get('/guarantees/needs', toQuery(query), options);
}

export function fetchNeedMatches(needId: string, options?: RequestOptions): Promise<Api.Guarantees.FinancingMatch> {
  return request.get(`/guarantees/needs/${id(needId)}/matches`, undefined, options);
}
