import { COUNTY_CODES, INDUSTRY_CHAINS, INDUSTRY_GROUPS, SIZE_CLASSES } from '@ladder/shared-domain';
import type { EChartsCoreOption } from 'echarts/core';

import { translate } from '@/locales';
import { chainLabel, countyLabel, industryGroupLabel, sizeClassLabel } from '@/utils/labels';

export type ChartKey = 'county' | 'sizeClass' | 'chain' | 'industryGroup';

export interface StatCard {
  readonly key: string;
  readonly label: string;
  /** null: not available (shown as —). */
  readonly value: number | null;
  readonly testId?: string;
  readonly tone: 'primary' | 'info' | 'success' | 'warning' | 'danger';
  /** The page listing what the number counts. */
  readonly to?: string;
  /** i18n key of the unit (家 by default). */
  readonly unit?: string;
}

const BRAND = '#1f5fbf';
const PALETTE = ['#1f5fbf', '#3ba272', '#fac858', '#ee6666', '#73c0de', '#9a60b4', '#fc8452', '#91cc75'];

function count(map: Readonly<Record<string, number>> | undefined, key: string): number {
  return map?.[key] ?? 0;
}

export function buildStatCards(stats: Api.Enterprise.Stats): StatCard[] {
  return [
    { key: 'total', label: translate('dashboard.total'), value: stats.total, testId: 'dashboard-total', tone: 'primary' },
    { key: 'removed', label: translate('dashboard.removed'), value: stats.removed, testId: 'dashboard-removed', tone: 'info' },
    { key: 'innovative', label: translate('dashboard.innovative'), value: count(stats.byTier, 'innovative'), tone: 'success' },
    { key: 'specialized', label: translate('dashboard.specialized'), value: count(stats.byTier, 'specialized'), tone: 'warning' },
    { key: 'littleGiant', label: translate('dashboard.littleGiant'), value: count(stats.byTier, 'little-giant'), tone: 'danger' },
  ];
}

/**
 * The ladder's two cards (for users with tiering:read): 重点推荐 enterprises and titles expiring within 90 days;
 * a count that could not be read is null.
 */
export function buildTieringCards(counts: { recommend: number | null; expiring: number | null }): StatCard[] {
  return [
    {
      key: 'recommend',
      label: translate('dashboard.recommendCount'),
      value: counts.recommend,
      testId: 'dashboard-recommend',
      tone: 'success',
      to: '/tiering/pool?category=recommend',
    },
    {
      key: 'expiring',
      label: translate('dashboard.expiringCount'),
      value: counts.expiring,
      testId: 'dashboard-expiring',
      tone: 'warning',
      to: '/tiering/certifications',
      unit: 'common.unit.item',
    },
  ];
}

const base = {
  animation: false,
  color: PALETTE,
  tooltip: { trigger: 'item' },
  textStyle: { fontFamily: 'inherit' },
} as const;

/**
 * Vertical bars, one per county (fixed GB/T 2260 order), every county shown even at 0; a county user sees only
 * the counties given (their own: the others are not theirs to see, not empty).
 */
export function buildCountyOption(stats: Api.Enterprise.Stats, counties: readonly string[] = COUNTY_CODES): EChartsCoreOption {
  return {
    ...base,
    tooltip: { trigger: 'axis' },
    grid: { left: 40, right: 16, top: 24, bottom: 56 },
    xAxis: {
      type: 'category',
      data: counties.map((code) => countyLabel(code)),
      axisLabel: { interval: 0, rotate: 30 },
    },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      {
        type: 'bar',
        name: translate('dashboard.enterprises'),
        data: counties.map((code) => count(stats.byCounty, code)),
        itemStyle: { color: BRAND },
        barMaxWidth: 36,
        label: { show: true, position: 'top' },
      },
    ],
  };
}

/** Pie of the size classes; any key outside the four classes (unknown, null…) counts as 未划型. */
export function buildSizeClassOption(stats: Api.Enterprise.Stats): EChartsCoreOption {
  const known = new Set<string>(SIZE_CLASSES);
  const data: { name: string; value: number }[] = SIZE_CLASSES.map((s) => ({
    name: sizeClassLabel(s, s),
    value: count(stats.bySizeClass, s),
  }));
  const other = Object.entries(stats.bySizeClass ?? {})
    .filter(([key]) => !known.has(key))
    .reduce((sum, [, value]) => sum + value, 0);
  if (other > 0) data.push({ name: translate('dashboard.unclassified'), value: other });
  return {
    ...base,
    legend: { bottom: 0 },
    series: [
      {
        type: 'pie',
        name: translate('dashboard.bySizeClass'),
        radius: ['36%', '58%'],
        center: ['50%', '44%'],
        data: data.filter((d) => d.value > 0),
        label: { formatter: '{b}\n{c}', overflow: 'none', lineHeight: 16 },
        labelLine: { length: 8, length2: 8 },
      },
    ],
  };
}

function horizontalBars(entries: { name: string; value: number }[], color: string): EChartsCoreOption {
  const sorted = entries.filter((e) => e.value > 0).sort((a, b) => a.value - b.value);
  return {
    ...base,
    tooltip: { trigger: 'axis' },
    grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: sorted.map((e) => e.name) },
    series: [
      {
        type: 'bar',
        name: translate('dashboard.enterprises'),
        data: sorted.map((e) => e.value),
        itemStyle: { color },
        barMaxWidth: 18,
        label: { show: true, position: 'right' },
      },
    ],
  };
}

export function buildChainOption(stats: Api.Enterprise.Stats): EChartsCoreOption {
  return horizontalBars(
    INDUSTRY_CHAINS.map((c) => ({ name: chainLabel(c.code), value: count(stats.byChain, c.code) })),
    '#3ba272',
  );
}

export function buildIndustryGroupOption(stats: Api.Enterprise.Stats): EChartsCoreOption {
  return horizontalBars(
    INDUSTRY_GROUPS.map((g) => ({ name: industryGroupLabel(g), value: count(stats.byIndustryGroup, g) })),
    '#73c0de',
  );
}

/** Every chart of the dashboard; `scopedCounty`: the county of a county-scoped user (null: the whole city). */
export function buildChartOptions(stats: Api.Enterprise.Stats, scopedCounty: string | null = null): Record<ChartKey, EChartsCoreOption> {
  return {
    county: buildCountyOption(stats, scopedCounty ? [scopedCounty] : COUNTY_CODES),
    sizeClass: buildSizeClassOption(stats),
    chain: buildChainOption(stats),
    industryGroup: buildIndustryGroupOption(stats),
  };
}
