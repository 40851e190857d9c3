import { completeUscc } from '@ladder/shared-domain';
import { afterEach, describe, expect, it } from 'vitest';

import { i18n } from '@/locales';

import {
  awardDecisionLabel,
  awardOptions,
  buildFacts,
  ENTITLEMENT_STATUSES,
  entitlementStatusLabel,
  entitlementStatusTagType,
  factExample,
  isAppliedAward,
  normalizeUscc,
  parseFactsJson,
  payerLabel,
  payerLineLabel,
  payerNeedsCounty,
  stepDecisionLabel,
  stepDecisionTagType,
  usccError,
  usesUnitPrice,
  yearOptions,
} from './subsidies';

const USCC = completeUscc('91350404MA2XYA123');

describe('entitlement status labels', () => {
  afterEach(() => {
    i18n.global.locale.value = 'zh-CN';
  });

  it('should name every state in Chinese', () => {
    expect(ENTITLEMENT_STATUSES.map((s) => entitlementStatusLabel(s))).toEqual([
      '待公示',
      '公示中',
      '异议待处理',
      '待业务审核',
      '待财政审核',
      '已批准待拨付',
      '已拨付',
      '已驳回',
      '已撤销',
    ]);
  });

  it('should switch to English and fall back to the code for an unknown state', () => {
    i18n.global.locale.value = 'en';
    expect(entitlementStatusLabel('pending-approval')).toBe('Awaiting business review');
    expect(entitlementStatusLabel('mystery')).toBe('mystery');
    expect(entitlementStatusLabel(null)).toBe('—');
  });

  it('should colour paid green, objections red and the end states grey', () => {
    expect(entitlementStatusTagType('disbursed')).toBe('success');
    expect(entitlementStatusTagType('objected')).toBe('danger');
    expect(entitlementStatusTagType('in-publicity')).toBe('warning');
    expect(entitlementStatusTagType('business-approved')).toBe('primary');
    expect(entitlementStatusTagType('cancelled')).toBe('info');
    expect(entitlementStatusTagType('rejected')).toBe('info');
  });
});

describe('other codes', () => {
  it('should name payers and their budget lines', () => {
    expect(['PROV', 'CITY', 'CNTY', 'BEN'].map((p) => payerLabel(p))).toEqual(['省级', '市级', '县级', '受益地']);
    expect(payerLineLabel('CITY', null)).toBe('市级');
    expect(payerLineLabel('CNTY', '350404')).toBe('县级 · 三元区');
    expect(payerNeedsCounty('BEN')).toBe(true);
    expect(payerNeedsCounty('PROV')).toBe(false);
  });

  it('should name the decisions of a computation and of a step', () => {
    expect(awardDecisionLabel('granted')).toBe('予以奖补');
    expect(awardDecisionLabel('not-covered')).toBe('不在政策有效期内');
    expect(stepDecisionLabel('approve')).toBe('通过');
    expect(stepDecisionLabel('objection-upheld')).toBe('异议成立');
    expect(stepDecisionTagType('reject')).toBe('danger');
    expect(stepDecisionTagType('paid')).toBe('success');
    expect(stepDecisionTagType('whatever')).toBe('info');
  });
});

describe('awards', () => {
  it('should offer for application every award but 免申即享 and the plaque', () => {
    expect(['S-17', 'S-18', 'S-19', 'FJ-LG-50', 'S-23'].filter(isAppliedAward)).toEqual([]);
    expect(['S-22', 'S-31', 'S-36', 'S-47'].every(isAppliedAward)).toBe(true);
    const catalogue = [
      { awardId: 'S-17', name: '新认定专精特新' },
      { awardId: 'S-36', name: '国家首台（套）' },
    ] as Api.Subsidies.CatalogueEntry[];
    expect(awardOptions(catalogue, isAppliedAward)).toEqual([{ value: 'S-36', label: 'S-36 国家首台（套）' }]);
  });

  it('should guide the unit price of 首台（套） in 万元 and send it in 分 exactly', () => {
    expect(usesUnitPrice('S-36')).toBe(true);
    expect(usesUnitPrice('S-35')).toBe(false);
    expect(buildFacts({ awardId: 'S-36', unitPriceWan: '333.33', factsJson: '' })).toEqual({
      ok: true,
      facts: { unitPriceFen: 333_330_000 },
    });
    expect(buildFacts({ awardId: 'S-37', unitPriceWan: '0.29', factsJson: '' })).toEqual({ ok: true, facts: { unitPriceFen: 290_000 } });
    expect(buildFacts({ awardId: 'S-36', unitPriceWan: '', factsJson: '' })).toMatchObject({ ok: false });
    expect(buildFacts({ awardId: 'S-36', unitPriceWan: '0', factsJson: '' })).toMatchObject({ ok: false });
  });

  it('should read the JSON facts of the other awards', () => {
    expect(buildFacts({ awardId: 'S-35', unitPriceWan: '', factsJson: '{"rank": 1}' })).toEqual({ ok: true, facts: { rank: 1 } });
    expect(parseFactsJson('')).toEqual({ ok: true, facts: {} });
    expect(parseFactsJson('{"rank":')).toEqual({ ok: false, message: '计算依据不是有效的JSON' });
    expect(parseFactsJson('[1]')).toEqual({ ok: false, message: '计算依据须为JSON对象' });
    expect(JSON.parse(factExample('S-47'))).toEqual({ fund: 'sme-development', paidInFen: 5_000_000_000 });
    expect(factExample('nope')).toBe('{}');
  });
});

describe('enterprises and years', () => {
  it('should validate a USCC as the enterprise form does', () => {
    expect(usccError(USCC)).toBeNull();
    expect(usccError('123')).toContain('18');
    expect(normalizeUscc(` ${USCC.toLowerCase()} `)).toBe(USCC);
    expect(normalizeUscc('91350404MA2XYA1230')).toBeNull();
  });

  it('should offer the budget years from 2022 to next year, newest first', () => {
    expect(yearOptions(new Date('2025-06-01T00:00:00Z'))).toEqual([2026, 2025, 2024, 2023, 2022]);
  });
});
