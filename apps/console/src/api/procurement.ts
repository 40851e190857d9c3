/** 政府采购监测 (docs/procurement.md §6), typed by `Api.Procurement`. */
import { request } from './request';
import type { BlobResponse, Query, RequestOptions } from './request';

function id(value: string): string {
  return encodeURIComponent(value);
}

function toQuery<T extends object>(query: T): Query {
  return { ...query } as Query;
}

/** The same JSON as `npm run -s policy -- procurement <request.json>`. */
export function computePreference(
  body: Api.Procurement.PreferenceRequest,
  options?: RequestOptions,
): Promise<Api.Procurement.Computation> {
  return request.post('/procurement/compute', body, options);
}

/** The same JSON as `npm run -s policy -- payment <request.json>`. */
export function computePayment(
  body: Api.Procurement.PaymentRequest,
  options?: RequestOptions,
): Promise<Api.Procurement.Computation> {
  return request.post('/procurement/payments/compute', body, options);
}

export function listContracts(
  query: Api.Procurement.ContractQuery,
  options?: RequestOptions,
): Promise<Api.Common.PageResult<Api.Procurement.Contract>> {
  return request.get('/procurement/contracts', toQuery(query), options);
}

export function getContract(contractId: string, asOf?: string, options?: RequestOptions): Promise<Api.Procurement.Contract> {
  return request.get(`/procurement/contracts/${id(contractId)}`, asOf ? { asOf } : undefined, options);
}

export function listComplaints(
  query: Api.Procurement.ComplaintQuery,
  options?: RequestOptions,
): Promise<Api.Common.PageResult<Api.Procurement.Complaint>> {
  return request.get('/procurement/complaints', toQuery(query), options);
}

export function getDisclosure(year: number, options?: RequestOptions): Promise<Api.Procurement.Disclosure> {
  return request.get('/procurement/disclosure', { year }, options);
}

export function getSmeShare(year: number, options?: RequestOptions): Promise<Api.Procurement.SmeShare> {
  return request.get('/procurement/sme-share', { year }, options);
}

/** 登记合同 (procurement:operate): the supplier's size at signing is fixed by the service (registry or declaration). */
export function recordContract(body: Api.Procurement.RecordContractRequest, options?: RequestOptions): Promise<Api.Procurement.Contract> {
  return request.post('/procurement/contracts', body, options);
}

/** 登记交付 or 验收合格 (procurement:operate): the day the payment period starts from. */
export function recordContractDate(
  contractId: string,
  kind: 'delivery' | 'acceptance',
  body: Api.Procurement.ContractDateRequest,
  options?: RequestOptions,
): Promise<Api.Procurement.Contract> {
  return request.post(`/procurement/contracts/${id(contractId)}/${kind}`, body, options);
}

/** 登记付款 (procurement:operate). */
export function recordPayment(
  contractId: string,
  body: Api.Procurement.RecordPaymentRequest,
  options?: RequestOptions,
): Promise<Api.Procurement.Contract> {
  return request.post(`/procurement/contracts/${id(contractId)}/payments`, body, options);
}

/** 登记投诉 (procurement:complain): received today, the 10-working-day review clock starts. */
export function fileComplaint(body: Api.Procurement.FileComplaintRequest, options?: RequestOptions): Promise<Api.Procurement.Complaint> {
  return request.post('/procurement/complaints', body, options);
}

/** 审查投诉 (procurement:review): accept and forward, or reject with a reason; the complainant is informed. */
export function reviewComplaint(
  complaintId: string,
  body: Api.Procurement.ReviewComplaintRequest,
  options?: RequestOptions,
): Promise<Api.Procurement.Complaint> {
  return request.post(`/procurement/complaints/${id(complaintId)}/review`, body, options);
}

/** 登记处理结果 (procurement:review); the complainant is informed. */
export function concludeComplaint(
  complaintId: string,
  body: Api.Procurement.ConcludeComplaintRequest,
  options?: RequestOptions,
): Promise<Api.Procurement.Complaint> {
  return request.post(`/procurement/complaints/${id(complaintId)}/outcome`, body, options);
}

/** The annual disclosure list as .xlsx. */
export function exportDisclosure(year: number): Promise<BlobResponse> {
  return request.blob('/procurement/disclosure.xlsx', { year });
}

// --- projects, bids, imports, monitoring (docs/procurement.md §6) ------------------------------------------------

export function listProjects(
  query: Api.Procurement.ProjectQuery,
  options?: RequestOptions,
): Promise<Api.Common.PageResult<Api.Procurement.Project>> {
  return request.get('/procurement/projects', toQuery(query), options);
}

export function getProject(projectId: string, options?: RequestOptions): Promise<Api.Procurement.Project> {
  return request.get(`/procurement/projects/${id(projectId)}`, undefined, options);
}

/** 登记采购项目 (procurement:operate): the reserved-share check is computed by the service. */
export function recordProject(body: Api.Procurement.RecordProjectRequest, options?: RequestOptions): Promise<Api.Procurement.Project> {
  return request.post('/procurement/projects', body, options);
}

/** 登记投标 (procurement:operate): SME declaration checked against the registry, price deduction decided and stored. */
export function recordBid(projectId: string, body: Api.Procurement.RecordBidRequest, options?: RequestOptions): Promise<Api.Procurement.Bid> {
  return request.post(`/procurement/projects/${id(projectId)}/bids`, body, options);
}

export function getSmeShareGroups(year: number, by: 'department' | 'county', options?: RequestOptions): Promise<Api.Procurement.SmeShareGroups> {
  return request.get('/procurement/sme-share/groups', { year, by }, options);
}

export function getRepeatOffenders(year: number, options?: RequestOptions): Promise<Api.Procurement.RepeatOffenders> {
  return request.get('/procurement/repeat-offenders', { year }, options);
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function downloadImportTemplate(kind: Api.Procurement.ImportKind): Promise<BlobResponse> {
  return request.blob('/procurement/imports/template', { kind });
}

/** Uploads the workbook as the raw request body; the file name travels URI-encoded in X-File-Name. */
export function uploadContractImport(kind: Api.Procurement.ImportKind, file: File, options?: RequestOptions): Promise<Api.Procurement.ImportJob> {
  return request.request('/procurement/imports', {
    ...options,
    method: 'POST',
    query: { kind },
    rawBody: file,
    headers: { 'Content-Type': XLSX_TYPE, 'X-File-Name': encodeURIComponent(file.name) },
  });
}

export function listContractImports(query: Api.Common.PageQuery): Promise<Api.Common.PageResult<Api.Procurement.ImportJob>> {
  return request.get('/procurement/imports', { ...query });
}

export function getContractImport(importId: string, options?: RequestOptions): Promise<Api.Procurement.ImportJob> {
  return request.get(`/procurement/imports/${id(importId)}`, undefined, options);
}

export function fetchContractImportErrors(importId: string): Promise<Api.Procurement.ImportRowError[]> {
  return request.get(`/procurement/imports/${id(importId)}/errors`);
}

export function downloadContractImportErrors(importId: string): Promise<BlobResponse> {
  return request.blob(`/procurement/imports/${id(importId)}/errors.xlsx`);
}
