import { describe, expect, it } from 'vitest';

import { timeline } from './application-detail/data';
import { emptyGuaranteeModel, toGuaranteeRequest } from './compute/data';
import { exposureChartOption, exposureRows, exposureTotals, policyCostChartOption, policyCostRows } from './exposure/data';
import { application } from './fixtures';
import { periodText, toWhiteListFilters } from './whitelist/data';

describe('white list filters', () => {
  it('should send member, county and a well-formed USCC, never a county for a county-scoped user', () => {
    expect(toWhiteListFilters({ tab: 'members', county: '350404', uscc: '' }, null)).toEqual({ member: true, county: '350404' });
    expect(toWhiteListFilters({ tab: 'removed', county: '350404', uscc: 'nope' }, '350481')).toEqual({ member: false });
    expect(toWhiteListFilters({ tab: 'members', county: '', uscc: ' 91350404ma2xya1234 ' }, null)).toEqual({ member: true, uscc: '91350404MA2XYA1234' });
    expect(periodText('2023-06-15', '2026-06-14')).toBe('2023-06-15 至 2026-06-14');
    expect(periodText('2025-01-01', null)).toBe('2025-01-01 起');
    expect(periodText(null, null)).toBe('—');
  });
});

describe('担保测算 request', () => {
  it('should convert 万元 to 分 exactly, as the command takes it', () => {
    const model = { ...emptyGuaranteeModel('2024-06-01'), outstandingWan: '300', requestedWan: '200.000001' };
    model.titles = [{ tier: 'specialized', certifiedOn: '2023-06-15', validUntil: '2026-06-14', revokedOn: '' }];
    expect(toGuaranteeRequest(model)).toEqual({
      ok: true,
      request: {
        date: '2024-06-01',
        titles: [{ tier: 'specialized', certifiedOn: '2023-06-15', validUntil: '2026-06-14' }],
        outstandingGuaranteedFen: 300_000_000,
        requestedPrincipalFen: 200_000_001,
        termMonths: 12,
      },
    });
  });

  it('should send an empty outstanding amount as unknown and refuse bad input in Chinese', () => {
    const unknown = toGuaranteeRequest({ ...emptyGuaranteeModel('2024-06-01'), titles: [], outstandingWan: '', requestedWan: '200' });
    expect(unknown.ok && 'outstandingGuaranteedFen' in unknown.request).toBe(false);
    const noDate = toGuaranteeRequest({ ...emptyGuaranteeModel('2024-06-01'), requestedWan: '200' });
    expect(noDate).toMatchObject({ ok: false, message: expect.stringContaining('认定日期') });
    const badAmount = toGuaranteeRequest({ ...emptyGuaranteeModel('2024-06-01'), titles: [], requestedWan: '-1' });
    expect(badAmount).toMatchObject({ ok: false, message: expect.stringContaining('申请本金') });
    const noTerm = toGuaranteeRequest({ ...emptyGuaranteeModel('2024-06-01'), titles: [], requestedWan: '1', termMonths: null });
    expect(noTerm).toMatchObject({ ok: false, message: '请填写期限' });
  });
});

describe('application timeline', () => {
  it('should list the steps so far with who did them', () => {
    const steps = timeline(application({ status: 'compensated', decidedBy: 'dbsp', issuedOn: '2025-09-20', loanNo: 'SMNS-1', compensatedFen: 100_000_000, closedOn: '2025-12-25' }));
    expect(steps.map((s) => s.key)).toEqual(['submitted', 'reviewed', 'decided', 'issued', 'compensated']);
    expect(steps[2]).toMatchObject({ who: 'dbsp', label: '担保机构审批 · 同意' });
    expect(steps[4]).toMatchObject({ detail: '100万元', date: '2025-12-25' });
  });

  it('should show a rejection at review when nobody decided', () => {
    const steps = timeline(application({ status: 'rejected', note: '资料不全' }));
    expect(steps[1]).toMatchObject({ label: '担保机构初审 · 不同意', detail: '资料不全', type: 'danger' });
  });
});

describe('exposure', () => {
  const exposure: Api.Guarantees.Exposure = {
    byEnterprise: [],
    byGuarantor: [{ key: 'o-g', name: '担保公司', pendingFen: 1, outstandingFen: 2, compensatedFen: 3, recoveredFen: 4, count: 5 }],
    byBank: [],
    byCounty: [{ key: '350404', name: '350404', pendingFen: 100_000_000, outstandingFen: 0, compensatedFen: 0, recoveredFen: 0, count: 1 }],
  };

  it('should name counties and sum the columns in fen', () => {
    expect(exposureRows(exposure, 'county')[0]?.name).toBe('三元区');
    expect(exposureTotals(exposure.byGuarantor)).toEqual({ pendingFen: 1, outstandingFen: 2, compensatedFen: 3, recoveredFen: 4, count: 5 });
    expect(exposureRows(null, 'bank')).toEqual([]);
    expect(exposureChartOption([])).toBeNull();
    expect(exposureChartOption(exposureRows(exposure, 'county'))).toMatchObject({ xAxis: { data: ['三元区'] } });
  });

  it('should order the policy cost by year and name the guarantor', () => {
    const rows = [
      { year: 2024, guarantorId: 'o-g', count: 1, standardFeeFen: 2, chargedFeeFen: 1, policyCostFen: 1 },
      { year: 2025, guarantorId: null, count: 1, standardFeeFen: 2, chargedFeeFen: 0, policyCostFen: 2 },
    ];
    expect(policyCostRows(rows, (id) => (id ? '担保公司' : '合计')).map((r) => [r.year, r.guarantorName])).toEqual([
      [2025, '合计'],
      [2024, '担保公司'],
    ]);
    expect(policyCostChartOption(rows)).toMatchObject({ xAxis: { data: ['2024', '2025'] } });
  });
});
