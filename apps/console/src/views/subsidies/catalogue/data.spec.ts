import { describe, expect, it } from 'vitest';

import { buildTerms, emptyProposeModel, latestApproved, sortedVersions, termsKindOf, termsSummary, toProposeRequest } from './data';
import type { CatalogueRow, ProposeModel, VersionRow } from './data';

function version(over: Partial<VersionRow>): VersionRow {
  return {
    id: 'S-36@plan-2022',
    awardId: 'S-36',
    kind: 'base',
    status: 'approved',
    effectiveFrom: '2022-01-01',
    effectiveTo: '2025-12-31',
    title: '行动方案',
    docNo: '明政办〔2022〕1号',
    article: '二、（二）2',
    terms: { kind: 'unit-price-rate', rate: { num: 60, den: 100 }, capFen: 200_000_000 },
    proposedBy: null,
    decidedBy: null,
    note: null,
    comment: null,
    createdAt: null,
    ...over,
  };
}

const S36: CatalogueRow = {
  awardId: 'S-36',
  name: '国家首台（套）重大技术装备',
  payer: 'PROV',
  trigger: '认定',
  amountText: '市场销售单价的60%，最高200万元',
  capFen: 200_000_000,
  clause: '二、（二）2',
  versions: [
    version({ id: 'v-proposed', kind: 'successor', status: 'proposed', effectiveFrom: '2027-01-01', effectiveTo: null }),
    version({}),
    version({
      id: 'v-2026',
      kind: 'successor',
      effectiveFrom: '2026-01-01',
      effectiveTo: '2026-12-31',
      terms: { kind: 'unit-price-rate', rate: { num: 5, den: 10 }, capFen: 150_000_000 },
    }),
  ],
};

function model(over: Partial<ProposeModel>): ProposeModel {
  return { ...emptyProposeModel(null), awardId: 'S-17', effectiveFrom: '2026-01-01', title: '后续政策', docNo: '明工信〔2026〕1号', ...over };
}

describe('catalogue versions', () => {
  it('should list base first, then successors by date, and pick the last approved one', () => {
    expect(sortedVersions(S36).map((v) => v.id)).toEqual(['S-36@plan-2022', 'v-2026', 'v-proposed']);
    expect(latestApproved(S36)?.id).toBe('v-2026');
    expect(termsKindOf(S36)).toBe('unit-price-rate');
  });

  it('should summarise the terms of each kind exactly', () => {
    expect(termsSummary({ kind: 'fixed', amountFen: 5_000_000 })).toBe('5万元');
    expect(termsSummary(S36.versions[1]?.terms)).toBe('市场销售单价的60%，最高200万元');
    expect(termsSummary({ kind: 'equipment-rate', maxRate: { num: 5, den: 100 }, capFen: 500_000_000 })).toBe(
      '设备投资额的不超过5%，单家企业最高500万元',
    );
    expect(termsSummary({ kind: 'prize', amountsFen: [3_000_000, 2_000_000, 1_000_000] })).toBe('一、二、三等奖：3万元 / 2万元 / 1万元');
    expect(termsSummary({ kind: 'plaque', minEnterprises: 5, benefit: '授予牌匾' })).toBe('授予牌匾');
    expect(termsSummary(null)).toBe('—');
  });
});

describe('proposing a successor version', () => {
  it('should prefill the guided fields from the version in force', () => {
    const m = emptyProposeModel(S36);
    expect(m).toMatchObject({ awardId: 'S-36', ratePercent: '50', capWan: '150' });
    expect(JSON.parse(m.termsJson)).toEqual({ kind: 'unit-price-rate', rate: { num: 5, den: 10 }, capFen: 150_000_000 });
  });

  it('should turn a fixed amount in 万元 into exact 分', () => {
    expect(buildTerms(model({ amountWan: '5' }), 'fixed')).toEqual({ ok: true, terms: { kind: 'fixed', amountFen: 5_000_000 } });
    expect(buildTerms(model({ amountWan: '12.3456' }), 'fixed')).toEqual({ ok: true, terms: { kind: 'fixed', amountFen: 12_345_600 } });
    expect(buildTerms(model({ amountWan: '' }), 'fixed')).toMatchObject({ ok: false });
  });

  it('should turn a rate in % and a cap in 万元 into an exact fraction and 分', () => {
    expect(buildTerms(model({ ratePercent: '60', capWan: '200' }), 'unit-price-rate')).toEqual({
      ok: true,
      terms: { kind: 'unit-price-rate', rate: { num: 60, den: 100 }, capFen: 200_000_000 },
    });
    expect(buildTerms(model({ ratePercent: '33.5', capWan: '0.5' }), 'unit-price-rate')).toEqual({
      ok: true,
      terms: { kind: 'unit-price-rate', rate: { num: 335, den: 1000 }, capFen: 500_000 },
    });
    expect(buildTerms(model({ ratePercent: '120', capWan: '1' }), 'unit-price-rate')).toMatchObject({ ok: false });
  });

  it('should read other kinds as JSON, keeping the award kind', () => {
    expect(buildTerms(model({ termsJson: '{"capFen": 100000000}' }), 'discretionary')).toEqual({
      ok: true,
      terms: { kind: 'discretionary', capFen: 100_000_000 },
    });
    expect(buildTerms(model({ termsJson: '{"kind":"fixed","amountFen":1}' }), 'discretionary')).toMatchObject({ ok: false });
    expect(buildTerms(model({ termsJson: 'nope' }), 'discretionary')).toMatchObject({ ok: false });
  });

  it('should build the request with only the filled optional fields', () => {
    expect(toProposeRequest(model({ amountWan: '8', article: ' 第二条 ', note: '' }), 'fixed')).toEqual({
      ok: true,
      request: {
        awardId: 'S-17',
        effectiveFrom: '2026-01-01',
        title: '后续政策',
        docNo: '明工信〔2026〕1号',
        article: '第二条',
        terms: { kind: 'fixed', amountFen: 8_000_000 },
      },
    });
    expect(toProposeRequest(model({ amountWan: '8', effectiveTo: '2025-12-31' }), 'fixed')).toMatchObject({ ok: false });
    expect(toProposeRequest(model({ amountWan: '8', docNo: ' ' }), 'fixed')).toEqual({ ok: false, message: '请填写政策文件文号' });
  });
});
