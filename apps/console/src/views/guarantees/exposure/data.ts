import type { EChartsCoreOption } from 'echarts/core';

import { translate } from '@/locales';
import { countyLabel } from '@/utils/labels';
import { fenToWanNumber } from '@/utils/money';

export type ExposureTab = 'bank' | 'guarantor' | 'county' | 'enterprise';

export interface ExposureTotals {
  readonly pendingFen: number;
  readonly outstandingFen: number;
  readonly compensatedFen: number;
  readonly recoveredFen: number;
  readonly count: number;
}

/** The rows of one view; counties are named by the console (the service sends the code). */
export function exposureRows(exposure: Api.Guarantees.Exposure | null, tab: ExposureTab): Api.Guarantees.ExposureRow[] {
  if (!exposure) return [];
  switch (tab) {
    case 'bank':
      return exposure.byBank;
    case 'guarantor':
      return exposure.byGuarantor;
    case 'county':
      return exposure.byCounty.map((r) => ({ ...r, name: countyLabel(r.key) }));
    default:
      return exposure.byEnterprise;
  }
}

/** Column sums (integer fen). */
export function exposureTotals(rows: readonly Api.Guarantees.ExposureRow[]): ExposureTotals {
  return rows.reduce<ExposureTotals>(
    (s, r) => ({
      pendingFen: s.pendingFen + r.pendingFen,
      outstandingFen: s.outstandingFen + r.outstandingFen,
      compensatedFen: s.compensatedFen + r.compensatedFen,
      recoveredFen: s.recoveredFen + r.recoveredFen,
      count: s.count + r.count,
    }),
    { pendingFen: 0, outstandingFen: 0, compensatedFen: 0, recoveredFen: 0, count: 0 },
  );
}

/** Stacked bars of 在保余额 and 在审本金, plus 代偿, per row (万元); the 15 largest when there are more. */
export function exposureChartOption(rows: readonly Api.Guarantees.ExposureRow[]): EChartsCoreOption | null {
  if (rows.length === 0) return null;
  const top = [...rows].sort((a, b) => b.outstandingFen + b.pendingFen - (a.outstandingFen + a.pendingFen)).slice(0, 15);
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: { left: 16, right: 16, bottom: 8, top: 36, containLabel: true },
    xAxis: { type: 'category', data: top.map((r) => r.name), axisLabel: { interval: 0, rotate: top.length > 6 ? 30 : 0 } },
    yAxis: { type: 'value', name: translate('common.unit.wanYuan') },
    series: [
      { name: translate('guarantees.exposure.outstanding'), type: 'bar', stack: 'exposure', barMaxWidth: 28, data: top.map((r) => fenToWanNumber(r.outstandingFen)) },
      { name: translate('guarantees.exposure.pending'), type: 'bar', stack: 'exposure', barMaxWidth: 28, data: top.map((r) => fenToWanNumber(r.pendingFen)) },
      { name: translate('guarantees.exposure.compensated'), type: 'bar', barMaxWidth: 28, data: top.map((r) => fenToWanNumber(r.compensatedFen)) },
    ],
  };
}

export interface PolicyCostRow {
  readonly year: number;
  readonly guarantorName: string;
  readonly count: number;
  readonly standardFeeFen: number;
  readonly chargedFeeFen: number;
  readonly policyCostFen: number;
}

/** Policy cost rows, newest year first, each guarantor named (`—` for an unknown or unnamed one). */
export function policyCostRows(
  rows: readonly Api.Guarantees.PolicyCostYear[],
  orgName: (id: string | null) => string,
): PolicyCostRow[] {
  return [...rows]
    .sort((a, b) => b.year - a.year)
    .map((r) => ({
      year: r.year,
      guarantorName: orgName(r.guarantorId),
      count: r.count,
      standardFeeFen: r.standardFeeFen,
      chargedFeeFen: r.chargedFeeFen,
      policyCostFen: r.policyCostFen,
    }));
}

/** Bars of the policy cost per year (万元), the guarantors summed. */
export function policyCostChartOption(rows: readonly Api.Guarantees.PolicyCostYear[]): EChartsCoreOption | null {
  if (rows.length === 0) return null;
  const byYear = new Map<number, number>();
  for (const r of rows) byYear.set(r.year, (byYear.get(r.year) ?? 0) + r.policyCostFen);
  const years = [...byYear.keys()].sort((a, b) => a - b);
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 16, right: 16, bottom: 8, top: 36, containLabel: true },
    xAxis: { type: 'category', data: years.map((y) => String(y)) },
    yAxis: { type: 'value', name: translate('common.unit.wanYuan') },
    series: [{ name: translate('guarantees.exposure.cost'), type: 'bar', barMaxWidth: 36, data: years.map((y) => fenToWanNumber(byYear.get(y) ?? 0)) }],
  };
}
