import type { EChartsCoreOption } from 'echarts/core';

import { translate } from '@/locales';

/** 0.8333 → 83.33 (percent, for the chart); null stays null. */
export function percent(rate: number | null): number | null {
  return rate === null ? null : Math.round(rate * 10_000) / 100;
}

/** The year to open on: the latest year with a training programme (not after this year), else this year. */
export function defaultYear(programmeStarts: readonly string[], currentYear: number): number {
  const years = programmeStarts.map((d) => Number(d.slice(0, 4))).filter((y) => Number.isInteger(y) && y <= currentYear);
  return years.length > 0 ? Math.max(...years) : currentYear;
}

/** Bars of the coverage rate by county, with the counts in the tooltip. */
export function coverageChartOption(counties: readonly Api.Talent.Coverage['counties'][number][]): EChartsCoreOption | null {
  if (counties.length === 0) return null;
  return {
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (v: unknown) => (typeof v === 'number' ? `${v}%` : '—'),
    },
    grid: { left: 16, right: 16, bottom: 8, top: 24, containLabel: true },
    xAxis: {
      type: 'category',
      data: counties.map((c) => c.countyName),
      axisLabel: { interval: 0, rotate: counties.length > 8 ? 30 : 0 },
    },
    yAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
    series: [
      {
        name: translate('talent.coverage.rate'),
        type: 'bar',
        barMaxWidth: 28,
        data: counties.map((c) => percent(c.rate)),
      },
    ],
  };
}
