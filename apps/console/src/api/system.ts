import { request } from './request';
import type { BlobResponse, RequestOptions } from './request';

function accountPath(id: string): string {
  return `/accounts/${encodeURIComponent(id)}`;
}

export function listAccounts(): Promise<Api.System.Account[]> {
  return request.get('/accounts');
}

export function createAccount(
  body: Api.System.CreateAccountRequest,
  options?: RequestOptions,
): Promise<Api.System.CreateAccountResponse> {
  return request.post('/accounts', body, options);
}

export function updateAccount(
  id: string,
  body: Api.System.UpdateAccountRequest,
  options?: RequestOptions,
): Promise<Api.System.Account> {
  return request.patch(accountPath(id), body, options);
}

export function resetAccountPassword(id: string): Promise<Api.System.ResetPasswordResponse> {
  return request.post(`${accountPath(id)}/reset-password`);
}

export function unlockAccount(id: string): Promise<Api.System.Account> {
  return request.post(`${accountPath(id)}/unlock`);
}

export function listRoles(): Promise<Api.System.RoleInfo[]> {
  return request.get('/roles');
}

export function assignRoles(
  id: string,
  body: Api.System.AssignRolesRequest,
  options?: RequestOptions,
): Promise<Api.System.Account> {
  return request.put(`${accountPath(id)}/roles`, body, options);
}

export function listAudit(query: Api.System.AuditQuery): Promise<Api.Common.PageResult<Api.System.AuditEntry>> {
  return request.get('/audit', { ...query });
}

export function exportAudit(filters: Api.System.AuditFilters): Promise<BlobResponse> {
  return request.blob('/audit/export.xlsx', { ...filters });
}

/** Anonymous; a 503 still carries the health body, so it is read whatever the status. */
export function fetchHealth(): Promise<Api.System.Health> {
  return request.get('/health', undefined, { auth: false, notify: false, okStatuses: [503] });
}
