import { describe, expect, it } from 'vitest';

import { amountInput, findLine, sortLines, toBudgetRequest, totals, usageChartOption, usedPercent } from './data';
import type { BudgetLine } from './data';

function line(over: Partial<BudgetLine>): BudgetLine {
  return {
    id: 'l',
    payer: 'CITY',
    countyCode: null,
    year: 2025,
    amountFen: 100_000_000,
    reservedFen: 20_000_000,
    consumedFen: 30_000_000,
    availableFen: 50_000_000,
    version: 1,
    ...over,
  };
}

const LINES = [
  line({ id: 'cnty-b', payer: 'CNTY', countyCode: '350481' }),
  line({ id: 'city' }),
  line({ id: 'cnty-a', payer: 'CNTY', countyCode: '350404' }),
  line({ id: 'prov', payer: 'PROV', amountFen: 0, reservedFen: 0, consumedFen: 0, availableFen: 0 }),
];

describe('budget lines', () => {
  it('should read 省级, 市级, then county lines by code', () => {
    expect(sortLines(LINES).map((l) => l.id)).toEqual(['prov', 'city', 'cnty-a', 'cnty-b']);
  });

  it('should add up the lines in fen and show the used share', () => {
    expect(totals(LINES)).toEqual({ amountFen: 300_000_000, reservedFen: 60_000_000, consumedFen: 90_000_000, availableFen: 150_000_000 });
    expect(usedPercent(LINES[1]!)).toBe(50);
    expect(usedPercent(LINES[3]!)).toBe(0);
  });

  it('should stack 已拨付, 已预留 and 可用 per line in 万元', () => {
    const option = usageChartOption(LINES) as { xAxis: { data: string[] }; series: { name: string; stack: string; data: number[] }[] };
    expect(option.xAxis.data).toEqual(['省级', '市级', '县级 · 三元区', '县级 · 永安市']);
    expect(option.series.map((s) => s.name)).toEqual(['已拨付', '已预留', '可用余额']);
    expect(option.series.every((s) => s.stack === 'budget')).toBe(true);
    expect(option.series[0]?.data).toEqual([0, 30, 30, 30]);
    expect(usageChartOption([])).toBeNull();
  });
});

describe('allocating a budget', () => {
  it('should send the amount in 分, exactly, with a county for county lines only', () => {
    expect(toBudgetRequest({ payer: 'CITY', countyCode: '350404', year: 2025, amountWan: '1234.5678' })).toEqual({
      ok: true,
      request: { payer: 'CITY', year: 2025, amountFen: 1_234_567_800 },
    });
    expect(toBudgetRequest({ payer: 'BEN', countyCode: '350404', year: 2025, amountWan: '10' })).toEqual({
      ok: true,
      request: { payer: 'BEN', countyCode: '350404', year: 2025, amountFen: 10_000_000 },
    });
    expect(toBudgetRequest({ payer: 'CNTY', countyCode: '', year: 2025, amountWan: '10' })).toMatchObject({ ok: false });
    expect(toBudgetRequest({ payer: 'X', countyCode: '', year: 2025, amountWan: '10' })).toMatchObject({ ok: false });
    expect(toBudgetRequest({ payer: 'CITY', countyCode: '', year: 2025, amountWan: '-1' })).toMatchObject({ ok: false });
  });

  it('should start from the existing line of that payer, county and year', () => {
    expect(findLine(LINES, { payer: 'CNTY', countyCode: '350404', year: 2025 })?.id).toBe('cnty-a');
    expect(findLine(LINES, { payer: 'CITY', countyCode: '350404', year: 2025 })?.id).toBe('city');
    expect(findLine(LINES, { payer: 'CITY', countyCode: '', year: 2024 })).toBeNull();
    expect(amountInput(LINES[1]!)).toBe('100');
    expect(amountInput(null)).toBe('');
  });
});
