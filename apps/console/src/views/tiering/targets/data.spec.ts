import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { defineComponent } from 'vue';

import { i18n } from '@/locales';

import {
  assessmentTotals,
  chartYears,
  defaultAssessmentQuery,
  groupColumns,
  isTargetMet,
  progressPercent,
  remainingToExceed,
  targetViews,
  useAssessmentColumns,
} from './data';

function withSetup<T>(composable: () => T): T {
  let result: T | undefined;
  mount(defineComponent({ setup: () => ((result = composable()), () => null) }), { global: { plugins: [i18n] } });
  return result as T;
}

const TARGETS: Api.Tiering.Targets = {
  planPeriod: { from: '2022-01-01', to: '2025-12-31' },
  source: '三明市优质中小企业梯度培育行动方案“一、总体目标”',
  rows: [
    { tier: 'little-giant', target: 20, achieved: 21, byYear: { '2023': 21 }, byCounty: { '350404': 21 }, met: true },
    { tier: 'innovative', target: 800, achieved: 800, byYear: { '2022': 300, '2024': 500 }, byCounty: {}, met: false },
    { tier: 'specialized', target: 150, achieved: 120, byYear: { '2026': 1 }, byCounty: {}, met: false },
  ],
  outsidePeriod: 1,
};

describe('targets: "超过" is strict', () => {
  it('should count a target as met only when the count is greater than it', () => {
    expect(isTargetMet(801, 800)).toBe(true);
    expect(isTargetMet(800, 800)).toBe(false);
    expect(isTargetMet(799, 800)).toBe(false);
    expect(isTargetMet(21, 20)).toBe(true);
    expect(isTargetMet(0, 0)).toBe(false);
  });

  it('should say how many more are needed to exceed the target', () => {
    expect(remainingToExceed(800, 800)).toBe(1);
    expect(remainingToExceed(120, 150)).toBe(31);
    expect(remainingToExceed(900, 800)).toBe(0);
  });

  it('should fill the bar to 100% at the target without calling it met', () => {
    expect(progressPercent(800, 800)).toBe(100);
    expect(progressPercent(1200, 800)).toBe(100);
    expect(progressPercent(120, 150)).toBe(80);
    expect(progressPercent(0, 0)).toBe(0);
  });

  it('should order the rows as the ladder and decide 已完成 on the client', () => {
    const views = targetViews(TARGETS);
    expect(views.map((v) => v.testId)).toEqual(['targets-row-innovative', 'targets-row-specialized', 'targets-row-little-giant']);
    expect(views.map((v) => v.met)).toEqual([false, false, true]);
    expect(views[0]).toMatchObject({ label: '创新型中小企业', remaining: 1, percent: 100 });
  });

  it('should chart every plan year plus the years outside it', () => {
    expect(chartYears(TARGETS)).toEqual(['2022', '2023', '2024', '2025', '2026']);
  });
});

describe('assessment report', () => {
  const ROWS: Api.Tiering.AssessmentRow[] = [
    {
      countyCode: '350404',
      newRecognitions: { innovative: 3, specialized: 1, 'little-giant': 0 },
      renewals: 1,
      revocations: 0,
      poolSize: 40,
      byCategory: { recommend: 2, upgrade: 5, watch: 30, none: 3 },
      recommendations: 4,
      withoutLiaison: 1,
      missingAnnualData: 2,
    },
    {
      countyCode: '350481',
      newRecognitions: { innovative: 2, specialized: 0, 'little-giant': 1 },
      renewals: 0,
      revocations: 1,
      poolSize: 10,
      byCategory: { watch: 10 },
      recommendations: 0,
      withoutLiaison: 0,
      missingAnnualData: 0,
    },
  ];

  it('should label the county column and group the new recognitions and the pool under two headers', () => {
    const columns = withSetup(useAssessmentColumns).value;
    expect(columns[0]?.label).toBe('所属县（市、区）');
    expect(columns[0]?.formatter?.(ROWS[0]!)).toBe('三元区');
    const groups = groupColumns(columns);
    expect(groups.map((g) => g.group)).toEqual([null, '新认定', null, null, '培育库企业', null, null, null]);
    expect(groups[1]?.columns.map((c) => c.label)).toEqual(['创新型中小企业', '专精特新中小企业', '专精特新“小巨人”企业']);
  });

  it('should total every numeric column, missing categories counting 0', () => {
    const columns = withSetup(useAssessmentColumns).value;
    const totals = assessmentTotals(columns, ROWS);
    expect(totals[0]).toBe('合计');
    expect(totals.slice(1, 4)).toEqual(['5', '1', '1']);
    const watch = columns.findIndex((c) => c.key === 'category-watch');
    const upgrade = columns.findIndex((c) => c.key === 'category-upgrade');
    expect(totals[watch]).toBe('40');
    expect(totals[upgrade]).toBe('5');
  });

  it('should default to the mid-year review until June and the annual assessment after', () => {
    expect(defaultAssessmentQuery(new Date(2025, 3, 1))).toEqual({ year: 2025, period: 'mid-year' });
    expect(defaultAssessmentQuery(new Date(2025, 10, 1))).toEqual({ year: 2025, period: 'annual' });
  });

  it('should default to the last plan year\'s annual assessment once the plan period is over', () => {
    expect(defaultAssessmentQuery(new Date(2025, 3, 1), '2025-12-31')).toEqual({ year: 2025, period: 'mid-year' });
    expect(defaultAssessmentQuery(new Date(2026, 11, 6), '2025-12-31')).toEqual({ year: 2025, period: 'annual' });
  });
});
