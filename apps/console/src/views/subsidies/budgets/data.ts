import type { EChartsCoreOption } from 'echarts/core';

import { translate } from '@/locales';
import { fenToInput, fenToWanNumber, parseMoney } from '@/utils/money';
import { isPayer, PAYERS, payerLineLabel, payerNeedsCounty } from '@/utils/subsidies';

export type BudgetLine = Api.Subsidies.BudgetLine;

/** Lines in reading order: 省级, 市级, 县级, 受益地, then by county code. */
export function sortLines(lines: readonly BudgetLine[]): BudgetLine[] {
  const rank = (p: string): number => (PAYERS as readonly string[]).indexOf(p);
  return [...lines].sort(
    (a, b) => b.year - a.year || rank(a.payer) - rank(b.payer) || (a.countyCode ?? '').localeCompare(b.countyCode ?? ''),
  );
}

export function lineLabel(line: Pick<BudgetLine, 'payer' | 'countyCode'>): string {
  return payerLineLabel(line.payer, line.countyCode);
}

export interface BudgetTotals {
  readonly amountFen: number;
  readonly reservedFen: number;
  readonly consumedFen: number;
  readonly availableFen: number;
}

/** Sums of the lines (integer fen). */
export function totals(lines: readonly BudgetLine[]): BudgetTotals {
  return lines.reduce<BudgetTotals>(
    (t, l) => ({
      amountFen: t.amountFen + l.amountFen,
      reservedFen: t.reservedFen + l.reservedFen,
      consumedFen: t.consumedFen + l.consumedFen,
      availableFen: t.availableFen + l.availableFen,
    }),
    { amountFen: 0, reservedFen: 0, consumedFen: 0, availableFen: 0 },
  );
}

/** Used share of a line in whole percent (reserved + consumed over the allocation), for a progress bar. */
export function usedPercent(line: Pick<BudgetLine, 'amountFen' | 'reservedFen' | 'consumedFen'>): number {
  if (line.amountFen <= 0) return 0;
  return Math.min(100, Math.round(((line.reservedFen + line.consumedFen) * 100) / line.amountFen));
}

/** ECharts stacked bars per line: 已拨付 / 已预留 / 可用, in 万元. */
export function usageChartOption(lines: readonly BudgetLine[]): EChartsCoreOption | null {
  if (lines.length === 0) return null;
  const sorted = sortLines(lines);
  const series = (key: 'consumedFen' | 'reservedFen' | 'availableFen', name: string, color: string) => ({
    name,
    type: 'bar',
    stack: 'budget',
    barMaxWidth: 36,
    itemStyle: { color },
    data: sorted.map((l) => fenToWanNumber(l[key])),
  });
  return {
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (v: number) => `${v}${translate('common.unit.wanYuan')}`,
    },
    legend: { top: 0 },
    grid: { left: 16, right: 16, bottom: 8, top: 36, containLabel: true },
    xAxis: { type: 'category', data: sorted.map((l) => (lines.some((o) => o.year !== l.year) ? `${l.year} ${lineLabel(l)}` : lineLabel(l))) },
    yAxis: { type: 'value', name: translate('common.unit.wanYuan') },
    series: [
      series('consumedFen', translate('subsidies.budgets.consumed'), '#67c23a'),
      series('reservedFen', translate('subsidies.budgets.reserved'), '#e6a23c'),
      series('availableFen', translate('subsidies.budgets.available'), '#a0cfff'),
    ],
  };
}

export interface BudgetModel {
  payer: string;
  countyCode: string;
  year: number;
  amountWan: string;
}

export type BudgetParse = { ok: true; request: Api.Subsidies.SetBudgetRequest } | { ok: false; message: string };

/** The allocation (万元 → 分 exactly); county lines (县级、受益地) need a county, the others none. */
export function toBudgetRequest(model: BudgetModel): BudgetParse {
  if (!isPayer(model.payer)) return { ok: false, message: translate('subsidies.budgets.payerRequired') };
  if (payerNeedsCounty(model.payer) && !model.countyCode) return { ok: false, message: translate('subsidies.budgets.countyRequired') };
  if (!Number.isInteger(model.year) || model.year < 2022 || model.year > 2100) {
    return { ok: false, message: translate('subsidies.budgets.yearRequired') };
  }
  const amount = parseMoney(model.amountWan, 'wan-yuan');
  if (!amount.ok) return { ok: false, message: amount.message };
  return {
    ok: true,
    request: {
      payer: model.payer,
      ...(payerNeedsCounty(model.payer) ? { countyCode: model.countyCode } : {}),
      year: model.year,
      amountFen: amount.fen,
    },
  };
}

/** The existing line the allocation would change (the amount is the line's new total). */
export function findLine(lines: readonly BudgetLine[], model: Pick<BudgetModel, 'payer' | 'countyCode' | 'year'>): BudgetLine | null {
  const county = payerNeedsCounty(model.payer) ? model.countyCode : '';
  return lines.find((l) => l.payer === model.payer && (l.countyCode ?? '') === county && l.year === model.year) ?? null;
}

/** The line's amount as the 万元 text to start from. */
export function amountInput(line: BudgetLine | null): string {
  return line ? fenToInput(line.amountFen, 'wan-yuan') : '';
}
