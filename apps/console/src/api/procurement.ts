/** 政府采购监测 (docs/procurement.md §6), typed by `Api.Procurement`. */
import { request } from './request';
import type { Query, RequestOptions } from './request';

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
