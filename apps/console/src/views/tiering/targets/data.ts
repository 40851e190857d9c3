import { COUNTY_CODES, TIERS } from '@ladder/shared-domain';
import type { Tier } from '@ladder/shared-domain';
import type { EChartsCoreOption } from 'echarts/core';
import type { ComputedRef } from 'vue';
import { computed } from 'vue';
import { useI18n } from 'vue-i18n';

import type { ColumnSchema } from '@/components/schema';
import { translate } from '@/locales';
import { countyLabel } from '@/utils/labels';
import type { Option } from '@/utils/labels';
import { categoryText, tierText } from '@/utils/tiering';

/**
 * "超过800家" is strict: a target is achieved only when the count is greater than the target (800 is not enough,
 * 801 is).
 */
export function isTargetMet(achieved: number, target: number): boolean {
  return achieved > target;
}

/** How many more recognitions are needed to exceed the target (0 once it is exceeded). */
export function remainingToExceed(achieved: number, target: number): number {
  return Math.max(0, target + 1 - achieved);
}

/** Progress bar width, 0–100 (whole %); reaching the target exactly shows 100 but is not yet "met". */
export function progressPercent(achieved: number, target: number): number {
  if (target <= 0) return achieved > 0 ? 100 : 0;
  return Math.min(100, Math.floor((achieved / target) * 100));
}

export interface TargetView {
  readonly tier: Tier;
  readonly label: string;
  readonly target: number;
  readonly achieved: number;
  readonly met: boolean;
  readonly remaining: number;
  readonly percent: number;
  readonly testId: string;
}

/** One row per tier in ladder order, with what the page shows. */
export function targetViews(targets: Api.Tiering.Targets): TargetView[] {
  return TIERS.flatMap((tier) => {
    const row = targets.rows.find((r) => r.tier === tier);
    if (!row) return [];
    return [
      {
        tier,
        label: tierText(tier),
        target: row.target,
        achieved: row.achieved,
        met: isTargetMet(row.achieved, row.target),
        remaining: remainingToExceed(row.achieved, row.target),
        percent: progressPercent(row.achieved, row.target),
        testId: `targets-row-${tier}`,
      },
    ];
  });
}

/** The plan's years (2022 … 2025) plus any other year with recognitions, in order. */
export function chartYears(targets: Api.Tiering.Targets): string[] {
  const years = new Set<string>();
  const from = Number(targets.planPeriod.from.slice(0, 4));
  const to = Number(targets.planPeriod.to.slice(0, 4));
  for (let y = from; y <= to; y++) years.add(String(y));
  for (const row of targets.rows) for (const y of Object.keys(row.byYear)) years.add(y);
  return [...years].sort();
}

const TIER_COLORS: Readonly<Record<Tier, string>> = {
  innovative: '#3ba272',
  specialized: '#fac858',
  'little-giant': '#ee6666',
};

/** Bars: new recognitions per year and tier; lines: the running total per tier. */
export function buildYearOption(targets: Api.Tiering.Targets): EChartsCoreOption {
  const years = chartYears(targets);
  const series: Record<string, unknown>[] = [];
  for (const row of targets.rows) {
    const yearly = years.map((y) => row.byYear[y] ?? 0);
    let sum = 0;
    const cumulative = yearly.map((n) => (sum += n));
    series.push(
      {
        type: 'bar',
        name: translate('tiering.targets.yearly', { tier: tierText(row.tier) }),
        data: yearly,
        itemStyle: { color: TIER_COLORS[row.tier] },
        barMaxWidth: 24,
      },
      {
        type: 'line',
        name: translate('tiering.targets.cumulative', { tier: tierText(row.tier) }),
        data: cumulative,
        itemStyle: { color: TIER_COLORS[row.tier] },
        lineStyle: { type: 'dashed' },
      },
    );
  }
  return {
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0, type: 'scroll' },
    grid: { left: 48, right: 16, top: 24, bottom: 64 },
    xAxis: { type: 'category', data: years },
    yAxis: { type: 'value', minInterval: 1 },
    series,
  };
}

/**
 * Grouped bars: new recognitions per county (every county, GB/T 2260 order) and tier; a county user sees only
 * the counties given (their own).
 */
export function buildCountyOption(targets: Api.Tiering.Targets, counties: readonly string[] = COUNTY_CODES): EChartsCoreOption {
  return {
    animation: false,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { bottom: 0 },
    grid: { left: 40, right: 16, top: 24, bottom: 72 },
    xAxis: { type: 'category', data: counties.map((code) => countyLabel(code)), axisLabel: { interval: 0, rotate: 30 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: targets.rows.map((row) => ({
      type: 'bar',
      name: tierText(row.tier),
      data: counties.map((code) => row.byCounty[code] ?? 0),
      itemStyle: { color: TIER_COLORS[row.tier] },
      barMaxWidth: 18,
    })),
  };
}

// ---------------------------------------------------------------- assessment

export type AssessmentRow = Api.Tiering.AssessmentRow;
export const FIRST_ASSESSMENT_YEAR = 2022;

export function assessmentYearOptions(now: Date = new Date()): Option[] {
  const out: Option[] = [];
  for (let y = now.getFullYear(); y >= FIRST_ASSESSMENT_YEAR; y--) out.push({ value: String(y), label: String(y) });
  return out;
}

/**
 * This year; 年中督促 until the end of June, then 年度考核. Once the plan period is over (`planTo`, its last day),
 * the annual assessment of its last year: a later year has no targets and no recognitions to count against them.
 */
export function defaultAssessmentQuery(now: Date = new Date(), planTo?: string): Api.Tiering.AssessmentQuery {
  const lastPlanYear = planTo ? Number(planTo.slice(0, 4)) : Number.POSITIVE_INFINITY;
  if (now.getFullYear() > lastPlanYear) return { year: lastPlanYear, period: 'annual' };
  return { year: now.getFullYear(), period: now.getMonth() < 6 ? 'mid-year' : 'annual' };
}

const CATEGORY_KEYS = ['recommend', 'upgrade', 'watch', 'none'] as const;

type Numeric = (row: AssessmentRow) => number;

interface AssessmentColumn extends ColumnSchema<AssessmentRow> {
  /** The number of the cell (for the total row); absent for the county column. */
  readonly value?: Numeric;
  readonly group?: string;
}

export function useAssessmentColumns(): ComputedRef<AssessmentColumn[]> {
  const { t } = useI18n();
  return computed(() => {
    // Narrow number columns (headers wrap) so that the 13 figures of a county fit 1366 px.
    const num = (key: string, label: string, value: Numeric, group?: string, width = 72): AssessmentColumn => ({
      key,
      label,
      width,
      align: 'right',
      value,
      formatter: (r) => value(r).toLocaleString('zh-CN'),
      ...(group ? { group } : {}),
    });
    const newGroup = t('tiering.targets.newRecognitions');
    const poolGroup = t('tiering.targets.poolSize');
    return [
      {
        key: 'countyCode',
        label: t('tiering.field.county'),
        width: 80,
        fixed: 'left',
        formatter: (r) => countyLabel(r.countyCode),
      },
      ...TIERS.map((tier) => num(`new-${tier}`, tierText(tier), (r) => r.newRecognitions[tier] ?? 0, newGroup, 80)),
      num('renewals', t('tiering.targets.renewals'), (r) => r.renewals),
      num('revocations', t('tiering.targets.revocations'), (r) => r.revocations),
      num('poolSize', t('tiering.targets.total'), (r) => r.poolSize, poolGroup),
      ...CATEGORY_KEYS.map((c) => num(`category-${c}`, categoryText(c), (r) => r.byCategory[c] ?? 0, poolGroup)),
      num('recommendations', t('tiering.targets.recommendations'), (r) => r.recommendations),
      num('withoutLiaison', t('tiering.targets.withoutLiaison'), (r) => r.withoutLiaison, undefined, 80),
      num('missingAnnualData', t('tiering.targets.missingAnnualData'), (r) => r.missingAnnualData, undefined, 80),
    ];
  });
}

/** Column groups for a two-level header: consecutive columns with the same `group` share one. */
export function groupColumns(columns: readonly AssessmentColumn[]): { group: string | null; columns: AssessmentColumn[] }[] {
  const out: { group: string | null; columns: AssessmentColumn[] }[] = [];
  for (const col of columns) {
    const last = out[out.length - 1];
    const group = col.group ?? null;
    if (last && group !== null && last.group === group) last.columns.push(col);
    else out.push({ group, columns: [col] });
  }
  return out;
}

/** The 合计 row of the assessment table, one cell per column. */
export function assessmentTotals(columns: readonly AssessmentColumn[], rows: readonly AssessmentRow[]): string[] {
  return columns.map((col, i) => {
    if (i === 0) return translate('tiering.targets.total');
    const value = col.value;
    return value ? rows.reduce((sum, r) => sum + value(r), 0).toLocaleString('zh-CN') : '';
  });
}
