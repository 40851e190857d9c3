import { beforeEach, describe, expect, it, vi } from 'vitest';

import * as api from './guarantees';
import { request } from './request';

vi.mock('./request', () => ({ request: { get: vi.fn(), post: vi.fn(), put: vi.fn(), blob: vi.fn() } }));

describe('guarantees api module', () => {
  beforeEach(() => vi.clearAllMocks());

  it('should call the gateway routes of docs/http-api.md with the contract bodies', async () => {
    const quiet = { notify: false };
    await api.computeGuarantee({ date: '2024-06-01', requestedPrincipalFen: 1 }, quiet);
    expect(request.post).toHaveBeenLastCalledWith('/guarantees/compute', { date: '2024-06-01', requestedPrincipalFen: 1 }, quiet);
    await api.listWhiteList({ member: false, county: '350404', page: 2 });
    expect(request.get).toHaveBeenLastCalledWith('/guarantees/whitelist', { member: false, county: '350404', page: 2 }, undefined);
    await api.exportWhiteList({ member: true });
    expect(request.blob).toHaveBeenLastCalledWith('/guarantees/whitelist.xlsx', { member: true });
    await api.listWhiteListHistory({ uscc: 'X' });
    expect(request.get).toHaveBeenLastCalledWith('/guarantees/whitelist/history', { uscc: 'X' }, undefined);
    await api.getGuarantee('a/b');
    expect(request.get).toHaveBeenLastCalledWith('/guarantees/applications/a%2Fb', undefined, undefined);
    await api.reviewGuarantee('g', { approve: true });
    expect(request.post).toHaveBeenLastCalledWith('/guarantees/applications/g/review', { approve: true }, undefined);
    await api.decideGuarantee('g', { approve: false, note: '不同意' });
    expect(request.post).toHaveBeenLastCalledWith('/guarantees/applications/g/decision', { approve: false, note: '不同意' }, undefined);
    await api.issueLoan('g', { loanNo: 'L', issuedOn: '2025-09-20' });
    expect(request.post).toHaveBeenLastCalledWith('/guarantees/applications/g/loan', { loanNo: 'L', issuedOn: '2025-09-20' }, undefined);
    await api.closeGuarantee('g', { outcome: 'compensated', on: '2025-12-25', amountFen: 1 });
    expect(request.post).toHaveBeenLastCalledWith('/guarantees/applications/g/close', { outcome: 'compensated', on: '2025-12-25', amountFen: 1 }, undefined);
    await api.fetchExposure();
    expect(request.get).toHaveBeenLastCalledWith('/guarantees/exposure', undefined, undefined);
    await api.fetchPolicyCost(2025);
    expect(request.get).toHaveBeenLastCalledWith('/guarantees/policy-cost', { year: 2025 }, undefined);
    await api.listOrganisations();
    expect(request.get).toHaveBeenLastCalledWith('/guarantees/organisations', undefined, undefined);
  });
});
