import type { EChartsCoreOption } from 'echarts/core';

import { translate } from '@/locales';
import { fenToWanNumber } from '@/utils/money';

export interface TotalsRow {
  readonly key: string;
  readonly label: string;
  readonly count: number;
  readonly approvedFen: number;
  readonly disbursedFen: number;
}

/** A `by…` record of the report as rows, labelled, in key order; plus nothing else. */
export function totalsRows(
  record: Readonly<Record<string, Api.Subsidies.ReportTotals>> | null | undefined,
  label: (key: string) => string,
): TotalsRow[] {
  if (!record) return [];
  return Object.keys(record)
    .sort()
    .map((key) => {
      const v = record[key] ?? { count: 0, approvedFen: 0, disbursedFen: 0 };
      return { key, label: label(key), count: v.count, approvedFen: v.approvedFen, disbursedFen: v.disbursedFen };
    });
}

/** Column sums (integer fen). */
export function sumRows(rows: readonly TotalsRow[]): { count: number; approvedFen: number; disbursedFen: number } {
  return rows.reduce(
    (s, r) => ({ count: s.count + r.count, approvedFen: s.approvedFen + r.approvedFen, disbursedFen: s.disbursedFen + r.disbursedFen }),
    { count: 0, approvedFen: 0, disbursedFen: 0 },
  );
}

/** Bars of 已批准 and 已拨付 per row (万元). */
export function totalsChartOption(rows: readonly TotalsRow[]): EChartsCoreOption | null {
  if (rows.length === 0) return null;
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: { left: 16, right: 16, bottom: 8, top: 36, containLabel: true },
    xAxis: { type: 'category', data: rows.map((r) => r.label), axisLabel: { interval: 0, rotate: rows.length > 8 ? 30 : 0 } },
    yAxis: { type: 'value', name: translate('common.unit.wanYuan') },
    series: [
      { name: translate('subsidies.report.approved'), type: 'bar', barMaxWidth: 28, data: rows.map((r) => fenToWanNumber(r.approvedFen)) },
      { name: translate('subsidies.report.disbursed'), type: 'bar', barMaxWidth: 28, data: rows.map((r) => fenToWanNumber(r.disbursedFen)) },
    ],
  };
}

/** The reconciliation rows that do not balance come first. */
export function reconciliationRows(report: Api.Subsidies.Report | null): Api.Subsidies.ReconciliationRow[] {
  if (!report) return [];
  return [...report.reconciliation].sort((a, b) => Number(a.balanced) - Number(b.balanced) || b.year - a.year);
}

export function unbalancedCount(report: Api.Subsidies.Report | null): number {
  return report ? report.reconciliation.filter((r) => !r.balanced).length : 0;
}
