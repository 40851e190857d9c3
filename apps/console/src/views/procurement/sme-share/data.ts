/** 中小企业合同占比 charts: the share per buyer (%), and the amounts of SME and other contracts (万元). */
import type { EChartsCoreOption } from 'echarts/core';

import { translate } from '@/locales';
import { fenToWanNumber } from '@/utils/money';

type Row = Api.Procurement.SmeShare['rows'][number];

/** Buyers ordered by share, lowest first, so that the lowest stand out at the top of a horizontal bar chart. */
function byShare(rows: readonly Row[]): Row[] {
  return [...rows].sort((a, b) => Number(b.sharePercent) - Number(a.sharePercent) || a.buyerName.localeCompare(b.buyerName, 'zh-CN'));
}

function chartHeight(rows: readonly Row[]): string {
  return `${Math.max(200, 60 + rows.length * 36)}px`;
}

export function shareChartHeight(rows: readonly Row[]): string {
  return chartHeight(rows);
}

export function shareChartOption(rows: readonly Row[]): EChartsCoreOption | null {
  if (rows.length === 0) return null;
  const ordered = byShare(rows);
  return {
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (v: unknown) => (typeof v === 'number' ? `${v.toFixed(2)}%` : '—'),
    },
    grid: { left: 16, right: 48, bottom: 8, top: 16, containLabel: true },
    xAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
    yAxis: { type: 'category', data: ordered.map((r) => r.buyerName) },
    series: [
      {
        name: translate('procurement.smeShare.share'),
        type: 'bar',
        barMaxWidth: 22,
        label: { show: true, position: 'right', formatter: (p: { value: number }) => `${p.value.toFixed(2)}%` },
        data: ordered.map((r) => Number(r.sharePercent)),
      },
    ],
  };
}

export function amountChartOption(rows: readonly Row[]): EChartsCoreOption | null {
  if (rows.length === 0) return null;
  const ordered = byShare(rows);
  const wan = (fen: number): number => Math.round(fenToWanNumber(fen) * 100) / 100;
  return {
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (v: unknown) => (typeof v === 'number' ? translate('procurement.smeShare.wan', { n: v }) : '—'),
    },
    legend: { top: 0 },
    grid: { left: 16, right: 24, bottom: 8, top: 36, containLabel: true },
    xAxis: { type: 'value', name: translate('procurement.smeShare.unitWan') },
    yAxis: { type: 'category', data: ordered.map((r) => r.buyerName) },
    series: [
      {
        name: translate('procurement.smeShare.sme'),
        type: 'bar',
        stack: 'amount',
        barMaxWidth: 22,
        data: ordered.map((r) => wan(r.smeFen)),
      },
      {
        name: translate('procurement.smeShare.other'),
        type: 'bar',
        stack: 'amount',
        barMaxWidth: 22,
        data: ordered.map((r) => wan(r.totalFen - r.smeFen)),
      },
    ],
  };
}
