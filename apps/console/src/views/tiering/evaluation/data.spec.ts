import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { defineComponent } from 'vue';

import { ApiError } from '@/api/request';
import { i18n } from '@/locales';

import { distanceText, isNoEvaluation, toRunRequest, useHistoryColumns } from './data';
import type { EvaluationSummaryRow } from './data';

function withSetup<T>(composable: () => T): T {
  let result: T | undefined;
  mount(defineComponent({ setup: () => ((result = composable()), () => null) }), { global: { plugins: [i18n] } });
  return result as T;
}

const DISTANCE: Api.Tiering.Distance = {
  currentTier: 'innovative',
  nextTier: 'specialized',
  status: 'short',
  decision: 'not-eligible',
  unmetConditions: 1,
  unknownConditions: 0,
  scoreShortfall: 5,
  dimensionShortfalls: {},
  gaps: ['研发费用占比 2.40% < 3%'],
  missing: [],
};

describe('evaluation page', () => {
  it('should sum up the distance to the next tier', () => {
    expect(distanceText(DISTANCE)).toBe('专精特新中小企业：有差距 · 未满足条件 1 项 · 评分差 5 分');
    expect(distanceText({ ...DISTANCE, status: 'recommend', unmetConditions: 0, scoreShortfall: null })).toBe(
      '专精特新中小企业：已符合',
    );
    expect(distanceText({ ...DISTANCE, status: 'top', nextTier: null })).toBe('已为最高层级');
  });

  it('should treat "not evaluated yet" as an empty state, other errors as errors', () => {
    expect(isNoEvaluation(new ApiError(404, 'TIERING_EVALUATION_NOT_FOUND', '该企业尚无评价结果'))).toBe(true);
    expect(isNoEvaluation(new ApiError(403, 'OUT_OF_SCOPE', ''))).toBe(false);
    expect(isNoEvaluation(new Error('x'))).toBe(false);
  });

  it('should send the chosen date and type', () => {
    expect(toRunRequest({ asOf: '2025-06-01', type: 'review' })).toEqual({ asOf: '2025-06-01', type: 'review' });
  });

  it('should label the history columns in Chinese', () => {
    const columns = withSetup(useHistoryColumns).value;
    const row: EvaluationSummaryRow = {
      id: 1,
      asOf: '2025-06-01',
      type: 'new',
      trigger: 'event',
      ruleVersion: 'tiers-2022',
      dataYear: 2024,
      decisions: { innovative: 'eligible', specialized: 'not-eligible', 'little-giant': 'unknown' },
      category: 'upgrade',
      createdAt: '2025-06-01T02:05:00Z',
    };
    const cell = (key: string): string | undefined => columns.find((c) => c.key === key)?.formatter?.(row);
    expect(cell('createdAt')).toBe('2025-06-01 10:05');
    expect(cell('type')).toBe('新申报');
    expect(cell('trigger')).toBe('数据变更自动评价');
    expect(cell('category')).toBe('重点提升');
  });
});
