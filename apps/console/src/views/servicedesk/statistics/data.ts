import type { EChartsCoreOption } from 'echarts/core';

import { translate } from '@/locales';

type Row = Api.Servicedesk.StatisticsRow;

/** 0.8333 → 83.33 (a percentage for charts and cards), null stays null. */
export function percent(rate: number | null): number | null {
  return rate === null ? null : Math.round(rate * 10_000) / 100;
}

/** The first of January of the year of `today` to `today`: the default period (年度考核 so far). */
export function defaultPeriod(today: string): [string, string] {
  return [`${today.slice(0, 4)}-01-01`, today];
}

/** Bars of 办结率 and 按时办结率 per group (%). */
export function ratesChartOption(rows: readonly Row[]): EChartsCoreOption | null {
  if (rows.length === 0) return null;
  return {
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (v: unknown) => (typeof v === 'number' ? `${v}%` : '—'),
    },
    legend: { top: 0 },
    grid: { left: 16, right: 16, bottom: 8, top: 36, containLabel: true },
    xAxis: {
      type: 'category',
      data: rows.map((r) => r.label),
      axisLabel: { interval: 0, rotate: rows.length > 8 ? 30 : 0 },
    },
    yAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
    series: [
      {
        name: translate('servicedesk.statistics.resolutionRate'),
        type: 'bar',
        barMaxWidth: 28,
        data: rows.map((r) => percent(r.resolutionRate)),
      },
      {
        name: translate('servicedesk.statistics.onTimeRate'),
        type: 'bar',
        barMaxWidth: 28,
        data: rows.map((r) => percent(r.onTimeRate)),
      },
    ],
  };
}

/** Bars of the average rating per group (1–5). */
export function satisfactionChartOption(rows: readonly Row[]): EChartsCoreOption | null {
  if (rows.length === 0) return null;
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 16, right: 16, bottom: 8, top: 24, containLabel: true },
    xAxis: {
      type: 'category',
      data: rows.map((r) => r.label),
      axisLabel: { interval: 0, rotate: rows.length > 8 ? 30 : 0 },
    },
    yAxis: { type: 'value', min: 0, max: 5 },
    series: [
      {
        name: translate('servicedesk.statistics.satisfaction'),
        type: 'bar',
        barMaxWidth: 28,
        data: rows.map((r) => r.avgSatisfaction),
      },
    ],
  };
}
