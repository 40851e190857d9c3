/** 政企直通车 (docs/servicedesk.md), typed by `Api.Servicedesk`. */
import { request } from './request';
import type { BlobResponse, Query, RequestOptions } from './request';

type Appeal = Api.Servicedesk.Appeal;

function id(value: string): string {
  return encodeURIComponent(value);
}

function toQuery<T extends object>(query: T): Query {
  return { ...query } as Query;
}

export function listDepartments(options?: RequestOptions): Promise<Api.Servicedesk.Department[]> {
  return request.get('/servicedesk/departments', undefined, options);
}

// ---------------------------------------------------------------- appeals

export function listAppeals(
  query: Api.Servicedesk.AppealQuery,
  options?: RequestOptions,
): Promise<Api.Common.PageResult<Appeal>> {
  return request.get('/servicedesk/appeals', toQuery(query), options);
}

export function exportAppeals(filters: Api.Servicedesk.AppealFilters): Promise<BlobResponse> {
  return request.blob('/servicedesk/appeals.xlsx', toQuery(filters));
}

export function getAppeal(appealId: string, options?: RequestOptions): Promise<Appeal> {
  return request.get(`/servicedesk/appeals/${id(appealId)}`, undefined, options);
}

/** The steps of an appeal that take a body and answer the appeal. */
export type AppealStep =
  | 'route'
  | 'transfer'
  | 'acknowledge'
  | 'wait'
  | 'resume'
  | 'answer'
  | 'resolve'
  | 'rating'
  | 'commitment'
  | 'commitment/decision';

export function appealStep(
  appealId: string,
  step: AppealStep,
  body: object,
  options?: RequestOptions,
): Promise<Appeal> {
  return request.post(`/servicedesk/appeals/${id(appealId)}/${step}`, body, options);
}

// ---------------------------------------------------------------- SLA

export function listNotices(
  query: Api.Common.PageQuery,
  options?: RequestOptions,
): Promise<Api.Common.PageResult<Api.Servicedesk.Notice>> {
  return request.get('/servicedesk/notices', toQuery(query), options);
}

export function scanSla(options?: RequestOptions): Promise<Api.Servicedesk.ScanResult> {
  return request.post('/servicedesk/sla/scan', {}, options);
}

// ---------------------------------------------------------------- visits and meetings

export function listVisits(
  query: Api.Servicedesk.VisitQuery,
  options?: RequestOptions,
): Promise<Api.Common.PageResult<Api.Servicedesk.Visit>> {
  return request.get('/servicedesk/visits', toQuery(query), options);
}

export function listUnvisited(
  query: Api.Servicedesk.VisitQuery,
  options?: RequestOptions,
): Promise<Api.Common.PageResult<Api.Servicedesk.Unvisited>> {
  return request.get('/servicedesk/visits/gaps', toQuery(query), options);
}

export function listMeetings(
  query: Api.Servicedesk.VisitQuery,
  options?: RequestOptions,
): Promise<Api.Common.PageResult<Api.Servicedesk.Meeting>> {
  return request.get('/servicedesk/meetings', toQuery(query), options);
}

// ---------------------------------------------------------------- statistics

export function getStatistics(
  query: Api.Servicedesk.StatisticsQuery,
  options?: RequestOptions,
): Promise<Api.Servicedesk.Statistics> {
  return request.get('/servicedesk/statistics', toQuery(query), options);
}

export function exportStatistics(query: Api.Servicedesk.StatisticsQuery): Promise<BlobResponse> {
  return request.blob('/servicedesk/statistics.xlsx', toQuery(query));
}

// ---------------------------------------------------------------- data entry

/** 诉求登记 (挂包干部提出，或代企业联系人录入). */
export function raiseAppeal(body: Api.Servicedesk.RaiseRequest, options?: RequestOptions): Promise<Appeal> {
  return request.post('/servicedesk/appeals', body, options);
}

/** 走访记录; each issue raised becomes an appeal awaiting triage. */
export function logVisit(body: Api.Servicedesk.VisitRequest, options?: RequestOptions): Promise<Api.Servicedesk.Visit> {
  return request.post('/servicedesk/visits', body, options);
}

/** 面对面协调会; each follow-up becomes an appeal awaiting triage. */
export function holdMeeting(body: Api.Servicedesk.MeetingRequest, options?: RequestOptions): Promise<Api.Servicedesk.Meeting> {
  return request.post('/servicedesk/meetings', body, options);
}
