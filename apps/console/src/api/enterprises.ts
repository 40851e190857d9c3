import { request } from './request';
import type { BlobResponse, Query, RequestOptions } from './request';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function path(uscc: string): string {
  return `/enterprises/${encodeURIComponent(uscc)}`;
}

function toQuery(filters: Api.Enterprise.ListQuery | Api.Enterprise.Filters): Query {
  return { ...filters };
}

export function listEnterprises(query: Api.Enterprise.ListQuery): Promise<Api.Common.PageResult<Api.Enterprise.Enterprise>> {
  return request.get('/enterprises', toQuery(query));
}

export function getEnterprise(uscc: string, options?: RequestOptions): Promise<Api.Enterprise.Enterprise> {
  return request.get(path(uscc), undefined, options);
}

export function createEnterprise(
  body: Api.Enterprise.CreateRequest,
  options?: RequestOptions,
): Promise<Api.Enterprise.Enterprise> {
  return request.post(`/enterprises`, body, options);
}

export function updateEnterprise(
  uscc: string,
  body: Api.Enterprise.UpdateRequest,
  options?: RequestOptions,
): Promise<Api.Enterprise.Enterprise> {
  return request.patch(path(uscc), body, options);
}

export function removeEnterprise(uscc: string, reason: string): Promise<Api.Enterprise.Enterprise> {
  return request.post(`${path(uscc)}/remove`, { reason } satisfies Api.Enterprise.ReasonRequest);
}

export function readmitEnterprise(uscc: string, reason: string): Promise<Api.Enterprise.Enterprise> {
  return request.post(`${path(uscc)}/readmit`, { reason } satisfies Api.Enterprise.ReasonRequest);
}

export function checkUscc(uscc: string, signal?: AbortSignal): Promise<Api.Enterprise.UsccCheck> {
  return request.get('/enterprises/check-uscc', { uscc }, { notify: false, ...(signal ? { signal } : {}) });
}

export function fetchEnterpriseHistory(uscc: string): Promise<Api.Enterprise.ChangeLogEntry[]> {
  return request.get(`${path(uscc)}/history`);
}

export function fetchAnnualData(uscc: string): Promise<Api.Enterprise.AnnualData[]> {
  return request.get(`${path(uscc)}/annual-data`);
}

export function submitAnnualData(
  uscc: string,
  year: number,
  facts: Api.Enterprise.Facts,
  options?: RequestOptions,
): Promise<Api.Enterprise.AnnualData> {
  return request.put(
    `${path(uscc)}/annual-data/${year}`,
    { facts } satisfies Api.Enterprise.SubmitAnnualDataRequest,
    options,
  );
}

export function fetchRegistryStats(): Promise<Api.Enterprise.Stats> {
  return request.get('/stats/registry');
}

/** Every enterprise matching the filters, as .xlsx. */
export function exportEnterprises(filters: Api.Enterprise.Filters): Promise<BlobResponse> {
  return request.blob('/enterprises/export.xlsx', toQuery(filters));
}

export function downloadImportTemplate(): Promise<BlobResponse> {
  return request.blob('/enterprises/import-template.xlsx');
}

/** Uploads the workbook as the raw request body; the file name travels URI-encoded in X-File-Name. */
export function uploadImport(file: File, options?: RequestOptions): Promise<Api.Enterprise.ImportJob> {
  return request.request('/enterprises/imports', {
    ...options,
    method: 'POST',
    rawBody: file,
    headers: { 'Content-Type': XLSX_TYPE, 'X-File-Name': encodeURIComponent(file.name) },
  });
}

export function listImports(query: Api.Common.PageQuery): Promise<Api.Common.PageResult<Api.Enterprise.ImportJob>> {
  return request.get('/enterprises/imports', { ...query });
}

export function getImport(id: string, options?: RequestOptions): Promise<Api.Enterprise.ImportJob> {
  return request.get(`/enterprises/imports/${encodeURIComponent(id)}`, undefined, options);
}

export function fetchImportErrors(id: string): Promise<Api.Enterprise.ImportRowError[]> {
  return request.get(`/enterprises/imports/${encodeURIComponent(id)}/errors`);
}

export function downloadImportErrors(id: string): Promise<BlobResponse> {
  return request.blob(`/enterprises/imports/${encodeURIComponent(id)}/errors.xlsx`);
}
