import { afterEach, describe, expect, it } from 'vitest';

import { i18n } from '@/locales';

import { factName, policyProse, policyText } from './policy-text';

describe('policy texts for officials', () => {
  afterEach(() => {
    i18n.global.locale.value = 'zh-CN';
  });

  it('should name a missing fact in Chinese with the place it is kept, never by its path', () => {
    expect(factName('annualData[2025].scienceAwards')).toEqual({
      label: '2025年度数据 › 当年获得的科技奖励',
      place: 'annual',
      year: 2025,
    });
    expect(factName('annualData[2024].honours.ipDemo').label).toBe(
      '2024年度数据 › 知识产权示范企业（有效期内）',
    );
    expect(factName('annualData[2024].notAField').label).toBe('2024年度数据 › 其他年度数据');
    expect(factName('independentLegalPerson').place).toBe('enterprise');
    expect(factName('countyMatching[350404/specialized]').label).toBe('三元区专精特新中小企业县级配套金额');
    expect(factName('somethingElse').label).toBe('其他数据');
  });

  it('should put the ids inside an evaluation text into words', () => {
    expect(
      policyText(
        '直通条件或评价得分待定，缺少annualData[2023].scienceAwards、annualData[2025].honours.ipAdvantage',
      ),
    ).toBe(
      '直通条件或评价得分待定，缺少2023年度数据 › 当年获得的科技奖励、2025年度数据 › 知识产权优势企业（有效期内）',
    );
    expect(policyText('前10名（参数 leadingMarketRank2026，待确认）')).toBe(
      '前10名（参数“市场占有率排名口径”，待确认）',
    );
    expect(policyText('复核通过不予奖励（参数 renewalCountsAsNew=false，待市工信局确认）')).toBe(
      '复核通过不予奖励（参数“复核通过是否视为新认定”，待市工信局确认）',
    );
  });

  it('should put the ids inside an award text into words', () => {
    expect(
      policyText(
        '认定事件 tiering.enterprise.certified（层级 specialized 或 little-giant，类型 new），按企业所属县配套',
      ),
    ).toBe('认定事件（专精特新中小企业或专精特新“小巨人”企业，新认定），按企业所属县配套');
    expect(policyText('闽中小企业办〔2022〕1号（见rules.md §6.3）')).toBe('闽中小企业办〔2022〕1号');
    expect(policyText('县（市、区）配套奖励（配套S-17/S-18）')).toBe(
      '县（市、区）配套奖励（配套市级专精特新中小企业奖励/市级专精特新“小巨人”企业奖励）',
    );
    expect(policyText('不在任何政策版本的有效期内（现有版本 S-23@plan-2022：2022-01-01至2025-12-31）')).toBe(
      '不在任何政策版本的有效期内（现有版本 2022年版：2022-01-01至2025-12-31）',
    );
    expect(policyText('缺少countyMatching[350404/little-giant]（县级配套金额）')).toBe(
      '缺少三元区专精特新“小巨人”企业县级配套金额（县级配套金额）',
    );
  });

  it('should leave a catalogue number on its own and plain Chinese as they are', () => {
    expect(policyText('S-17')).toBe('S-17');
    expect(policyText('工信部企业〔2022〕63号 附件1')).toBe('工信部企业〔2022〕63号 附件1');
    expect(policyText(null)).toBe('');
  });

  it('should rewrite only the prose of a result, not its ids, enum values or fact paths', () => {
    const result = {
      tier: 'specialized',
      awardId: 'S-19',
      missing: ['annualData[2025].scienceAwards'],
      zh: '县（市、区）配套奖励（配套S-17/S-18）',
      conditions: [
        {
          id: 'c1',
          gap: '缺少annualData[2025].scienceAwards',
          values: { 认定口径: '前10名（参数 leadingMarketRank2026）' },
        },
      ],
    };
    expect(policyProse(result)).toEqual({
      tier: 'specialized',
      awardId: 'S-19',
      missing: ['annualData[2025].scienceAwards'],
      zh: '县（市、区）配套奖励（配套市级专精特新中小企业奖励/市级专精特新“小巨人”企业奖励）',
      conditions: [
        {
          id: 'c1',
          gap: '缺少2025年度数据 › 当年获得的科技奖励',
          values: { 认定口径: '前10名（参数“市场占有率排名口径”）' },
        },
      ],
    });
  });

  it('should word the ids in English too', () => {
    i18n.global.locale.value = 'en';
    expect(policyText('缺少annualData[2024].rdExpense')).toBe('缺少2024 annual data › R&D expense (10k CNY)');
  });
});
