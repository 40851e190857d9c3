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
