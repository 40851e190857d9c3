import { COUNTIES } from '@ladder/shared-domain';
import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { computed, defineComponent } from 'vue';

import { i18n } from '@/locales';

import {
  buildCountyCategoryOption,
  categoryRules,
  defaultRecommendModel,
  filtersFromQuery,
  shortfallText,
  summaryCards,
  toPoolFilters,
  toRecommendRequest,
  topGaps,
  useColumns,
  useSearchSchema,
} from './data';
import type { PoolRow } from './data';

function withSetup<T>(composable: () => T): T {
  let result: T | undefined;
  mount(defineComponent({ setup: () => ((result = composable()), () => null) }), { global: { plugins: [i18n] } });
  return result as T;
}

const SUMMARY: Api.Tiering.PoolSummary = {
  total: 12,
  byCategory: { recommend: 3, upgrade: 4, watch: 2, none: 3 },
  byCountyCategory: {
    '350404': { recommend: 2, upgrade: 1, watch: 0, none: 0 },
    '350481': { recommend: 1, upgrade: 3, watch: 2, none: 3 },
  },
  parameters: { upgradeMaxUnmetConditions: 1, upgradeMaxScoreShortfall: 10, unknownAs: 'watch' },
};

function entry(overrides: Partial<PoolRow> = {}): PoolRow {
  return {
    uscc: '91350404MA34PQ7W25',
    name: '三明示例装备制造有限公司',
    countyCode: '350404',
    category: 'upgrade',
    currentTier: 'innovative',
    nextTier: 'specialized',
    distanceStatus: 'short',
    unmetConditions: 1,
    unknownConditions: 0,
    scoreShortfall: 5,
    gaps: ['研发费用占比 2.40% < 3%', '营业收入 800万元 < 1000万元', '近2年股权融资不足', '第四项'],
    evaluationId: 1,
    evaluatedAt: '2025-06-01T02:00:00Z',
    ...overrides,
  };
}

describe('pool filters', () => {
  it('should keep only known categories and tiers from a link', () => {
    expect(filtersFromQuery({ category: 'recommend', nextTier: 'specialized', q: '钢' })).toEqual({
      category: 'recommend',
      nextTier: 'specialized',
      q: '钢',
    });
    expect(filtersFromQuery({ category: 'gold', nextTier: 'x' })).toEqual({});
    expect(filtersFromQuery({ category: 'none' })).toEqual({ category: 'none' });
  });

  it('should never send a county for a county-scoped user', () => {
    expect(toPoolFilters({ county: '350481', q: ' 钢 ', category: 'none' }, '350404')).toEqual({ q: '钢', category: 'none' });
    expect(toPoolFilters({ county: '350481', nextTier: 'little-giant' }, null)).toEqual({
      county: '350481',
      nextTier: 'little-giant',
    });
  });

  it('should hide the county filter from a county-scoped user', () => {
    const locked = withSetup(() => useSearchSchema({ countyLocked: computed(() => true) })).value;
    const open = withSetup(() => useSearchSchema({ countyLocked: computed(() => false) })).value;
    expect(locked.map((f) => f.field)).toEqual(['q', 'category', 'nextTier']);
    expect(open.map((f) => f.field)).toEqual(['q', 'category', 'county', 'nextTier']);
    expect(open.find((f) => f.field === 'category')?.options?.map((o) => o.label)).toEqual([
      '重点推荐',
      '重点提升',
      '重点关注',
      '未分类',
    ]);
  });
});

describe('pool table', () => {
  it('should label the columns and format the cells in Chinese', () => {
    const columns = withSetup(useColumns).value;
    expect(columns.map((c) => c.label)).toEqual([
      '企业名称',
      '所属县（市、区）',
      '培育类别',
      '当前称号',
      '下一层级',
      '未满足条件',
      '评分差距',
      '主要差距',
      '操作',
    ]);
    const cell = (key: string): string | undefined => columns.find((c) => c.key === key)?.formatter?.(entry());
    expect(cell('countyCode')).toBe('三元区');
    expect(cell('category')).toBe('重点提升');
    expect(cell('scoreShortfall')).toBe('5 分');
    expect(cell('gaps')).toBe('研发费用占比 2.40% < 3%；营业收入 800万元 < 1000万元；近2年股权融资不足');
  });

  it('should show no shortfall when the score is met or has no threshold', () => {
    expect(shortfallText(null)).toBe('—');
    expect(shortfallText(0)).toBe('—');
    expect(topGaps(['a', 'b', 'c', 'd'])).toEqual(['a', 'b', 'c']);
  });
});

describe('pool summary', () => {
  it('should give the four category cards with their test ids, 0 when absent', () => {
    const cards = summaryCards(SUMMARY);
    expect(cards.map((c) => [c.testId, c.label, c.value])).toEqual([
      ['pool-summary-recommend', '重点推荐', 3],
      ['pool-summary-upgrade', '重点提升', 4],
      ['pool-summary-watch', '重点关注', 2],
      ['pool-summary-none', '未分类', 3],
    ]);
    expect(summaryCards(null).map((c) => c.value)).toEqual([0, 0, 0, 0]);
  });

  it('should word the category parameters', () => {
    const rules = categoryRules(SUMMARY.parameters);
    expect(rules[1]).toBe('重点提升：未满足的条件不超过 1 项，且评分差距不超过 10 分。');
    expect(rules[3]).toBe('因缺少数据无法判定的企业，暂归入“重点关注”。');
  });

  it('should stack the four categories over every county', () => {
    const option = buildCountyCategoryOption(SUMMARY) as {
      xAxis: { data: string[] };
      series: { name: string; stack: string; data: number[] }[];
    };
    expect(option.xAxis.data).toHaveLength(COUNTIES.length);
    expect(option.series.map((s) => s.name)).toEqual(['重点推荐', '重点提升', '重点关注', '未分类']);
    expect(new Set(option.series.map((s) => s.stack)).size).toBe(1);
    const sanyuan = COUNTIES.findIndex((c) => c.code === '350404');
    expect(option.series[0]?.data[sanyuan]).toBe(2);
    expect(option.series[0]?.data.reduce((a, b) => a + b, 0)).toBe(3);
  });
});

describe('recommend dialog', () => {
  it('should preselect the next tier as a new application in this year’s batch', () => {
    expect(defaultRecommendModel(entry(), 2025)).toEqual({ tier: 'specialized', type: 'new', batchYear: 2025, comment: '' });
  });

  it('should preselect a re-review of the title held at the top of the ladder', () => {
    expect(defaultRecommendModel(entry({ currentTier: 'little-giant', nextTier: null }), 2025)).toMatchObject({
      tier: 'little-giant',
      type: 'review',
    });
  });

  it('should build the request, leaving an empty comment out', () => {
    expect(toRecommendRequest('U', { tier: 'specialized', type: 'new', batchYear: 2025, comment: '  ' })).toEqual({
      uscc: 'U',
      tier: 'specialized',
      type: 'new',
      batchYear: 2025,
    });
    expect(() => toRecommendRequest('U', { tier: '', type: 'new', batchYear: 2025, comment: '' })).toThrow(RangeError);
  });
});
