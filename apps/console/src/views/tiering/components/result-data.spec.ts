import { afterEach, describe, expect, it } from 'vitest';

import { i18n } from '@/locales';

import { factLabel, factLink, needsConfidenceBadge, parseFactPath, pointsText, routeText, scoreTotalText } from './result-data';

describe('evaluation result helpers', () => {
  afterEach(() => {
    i18n.global.locale.value = 'zh-CN';
  });

  it('should read the policy’s fact paths', () => {
    expect(parseFactPath('annualData[2024].ip.class1HighValue')).toEqual({
      kind: 'annual',
      year: 2024,
      field: 'ip.class1HighValue',
      path: 'annualData[2024].ip.class1HighValue',
    });
    expect(parseFactPath('titles').kind).toBe('titles');
    expect(parseFactPath('independentLegalPerson').kind).toBe('enterprise');
    expect(parseFactPath('something').kind).toBe('other');
  });

  it('should name a missing fact with the annual form’s label, never with its path', () => {
    expect(factLabel('annualData[2024].rdExpense')).toBe('2024年度数据 › 研发费用（万元）');
    expect(factLabel('annualData[2023].ip.class1HighValue')).toBe('2023年度数据 › 其中Ⅰ类高价值知识产权数');
    expect(factLabel('annualData[2025].scienceAwards')).toBe('2025年度数据 › 当年获得的科技奖励');
    expect(factLabel('titles')).toBe('已获称号（认定记录）');
    expect(factLabel('somethingNew')).toBe('其他数据');
    i18n.global.locale.value = 'en';
    expect(factLabel('annualData[2024].rdExpense')).toBe('2024 annual data › R&D expense (10k CNY)');
  });

  it('should link a missing fact to where it is filled in', () => {
    expect(factLink('U1', 'annualData[2024].rdExpense')?.to).toEqual({ path: '/enterprises/U1', query: { annual: '2024' } });
    expect(factLink('U1', 'independentLegalPerson')?.to).toBe('/enterprises/U1/edit');
    expect(factLink('U1', 'titles')?.to).toEqual({ path: '/tiering/certifications', query: { uscc: 'U1' } });
    expect(factLink('U1', 'x')).toBeNull();
  });

  it('should show points, or the range still possible', () => {
    expect(pointsText({ points: 15, range: { min: 15, max: 15 }, max: 20 })).toBe('15 / 20');
    expect(pointsText({ points: null, range: { min: 0, max: 20 }, max: 20 })).toBe('0–20 / 20');
  });

  it('should word the score total and the route', () => {
    const base = { clause: '', threshold: 60, status: 'unknown' as const, dimensions: [], indicators: [], missing: [] };
    expect(scoreTotalText({ ...base, total: 82, range: { min: 82, max: 82 } })).toBe('82 分（达标线 60 分）');
    expect(scoreTotalText({ ...base, total: null, range: { min: 55, max: 70 } })).toBe(
      '55–70 分（缺数据，得分区间；达标线 60 分）',
    );
    expect(routeText({ kind: 'direct', id: 'direct.equity', zh: '近三年股权融资500万元以上' })).toBe(
      '直通条件：近三年股权融资500万元以上',
    );
    // The policy's route text may already name its kind: it is shown once.
    expect(routeText({ kind: 'direct', id: 'direct.award', zh: '直通条件：近三年获得国家级科技奖励' })).toBe(
      '直通条件：近三年获得国家级科技奖励',
    );
    expect(routeText(null)).toBe('');
  });

  it('should badge only what is not confirmed', () => {
    expect(needsConfidenceBadge('confirmed')).toBe(false);
    expect(needsConfidenceBadge('secondary')).toBe(true);
    expect(needsConfidenceBadge('unconfirmed')).toBe(true);
  });
});
