/** 人才支持 (docs/talent.md §6), typed by `Api.Talent`. */
import { request } from './request';
import type { BlobResponse, Query, RequestOptions } from './request';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function id(value: string): string {
  return encodeURIComponent(value);
}

function toQuery<T extends object>(query: T): Query {
  return { ...query } as Query;
}

// ---------------------------------------------------------------- scope (S-53, S-54, S-55)

/** The same JSON as `npm run -s policy -- talent <request.json>` on the enterprise's titles. */
export function fetchScope(uscc: string, date?: string, options?: RequestOptions): Promise<Api.Talent.Entitlements> {
  return request.get(`/talent/enterprises/${id(uscc)}/scope`, date ? { date } : undefined, options);
}

export function fetchTalentEnterprise(uscc: string, options?: RequestOptions): Promise<Api.Talent.Enterprise> {
  return request.get(`/talent/enterprises/${id(uscc)}`, undefined, options);
}

export function listScope(query: Api.Talent.ScopeListQuery, options?: RequestOptions): Promise<Api.Common.PageResult<Api.Talent.ScopeEntry>> {
  return request.get('/talent/scope', toQuery(query), options);
}

// ---------------------------------------------------------------- people

export function listPeople(query: Api.Talent.PersonQuery, options?: RequestOptions): Promise<Api.Common.PageResult<Api.Talent.Person>> {
  return request.get('/talent/people', toQuery(query), options);
}

/** Registers a person; the service checks the ID (GB 11643) and stores ID and phone encrypted. */
export function registerPerson(body: Api.Talent.PersonBody, options?: RequestOptions): Promise<Api.Talent.Person> {
  return request.post('/talent/people', body, options);
}

/** The full ID and phone number (`talent:personal-data`); the gateway writes every call to the audit log. */
export function revealPerson(personId: string, reason: string, options?: RequestOptions): Promise<Api.Talent.Person> {
  return request.post(`/talent/people/${id(personId)}/reveal`, reason ? { reason } : {}, options);
}

// ---------------------------------------------------------------- training (S-54)

export function listProgrammes(query: Api.Talent.ProgrammeQuery, options?: RequestOptions): Promise<Api.Common.PageResult<Api.Talent.Programme>> {
  return request.get('/talent/programmes', toQuery(query), options);
}

export function getProgramme(programmeId: string, options?: RequestOptions): Promise<Api.Talent.Programme> {
  return request.get(`/talent/programmes/${id(programmeId)}`, undefined, options);
}

export function createProgramme(body: Api.Talent.ProgrammeBody, options?: RequestOptions): Promise<Api.Talent.Programme> {
  return request.post('/talent/programmes', body, options);
}

export function addSession(programmeId: string, body: { heldOn: string; place: string }, options?: RequestOptions): Promise<Api.Talent.Session> {
  return request.post(`/talent/programmes/${id(programmeId)}/sessions`, body, options);
}

export function enrol(programmeId: string, personId: string, options?: RequestOptions): Promise<Api.Talent.Enrolment> {
  return request.post(`/talent/programmes/${id(programmeId)}/enrolments`, { personId }, options);
}

export function listEnrolments(programmeId: string, options?: RequestOptions): Promise<Api.Talent.Enrolment[]> {
  return request.get(`/talent/programmes/${id(programmeId)}/enrolments`, undefined, options);
}

export function recordAttendance(sessionId: string, personId: string, attended: boolean, options?: RequestOptions): Promise<Api.Talent.Enrolment> {
  return request.post(`/talent/sessions/${id(sessionId)}/attendance`, { personId, attended }, options);
}

/** Uploads an attendance sheet (姓名, 居民身份证号) as the raw body; the answer lists the rows refused and why. */
export function importAttendance(sessionId: string, file: Blob, options?: RequestOptions): Promise<Api.Talent.ImportResult> {
  return request.request(`/talent/sessions/${id(sessionId)}/attendance.xlsx`, {
    ...options,
    method: 'POST',
    rawBody: file,
    headers: { 'Content-Type': XLSX_TYPE },
  });
}

export function fetchCoverage(query: Api.Talent.CoverageQuery, options?: RequestOptions): Promise<Api.Talent.Coverage> {
  return request.get('/talent/coverage', toQuery(query), options);
}

export function exportCoverage(query: Api.Talent.CoverageQuery): Promise<BlobResponse> {
  return request.blob('/talent/coverage.xlsx', toQuery(query));
}

// ---------------------------------------------------------------- green channel, housing, nominations (S-55)

export function listCases(query: Api.Talent.CaseQuery, options?: RequestOptions): Promise<Api.Common.PageResult<Api.Talent.Case>> {
  return request.get('/talent/cases', toQuery(query), options);
}

export function submitCase(body: Api.Talent.CaseBody, options?: RequestOptions): Promise<Api.Talent.Case> {
  return request.post('/talent/cases', body, options);
}

export function decideCase(caseId: string, body: { outcome: 'approved' | 'rejected'; note?: string }, options?: RequestOptions): Promise<Api.Talent.Case> {
  return request.post(`/talent/cases/${id(caseId)}/decision`, body, options);
}

export function listRounds(options?: RequestOptions): Promise<Api.Talent.Round[]> {
  return request.get('/talent/rounds', undefined, options);
}

export function createRound(body: Api.Talent.RoundBody, options?: RequestOptions): Promise<Api.Talent.Round> {
  return request.post('/talent/rounds', body, options);
}
