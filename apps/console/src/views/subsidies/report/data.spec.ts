import { describe, expect, it } from 'vitest';

import { reconciliationRows, sumRows, totalsChartOption, totalsRows, unbalancedCount } from './data';

const REPORT: Api.Subsidies.Report = {
  year: 2025,
  byAward: {
    'S-18': { count: 1, approvedFen: 20_000_000, disbursedFen: 0 },
    'S-17': { count: 3, approvedFen: 15_000_000, disbursedFen: 5_000_000 },
  },
  byCounty: { '350404': { count: 4, approvedFen: 35_000_000, disbursedFen: 5_000_000 } },
  byYear: { '2025': { count: 4, approvedFen: 35_000_000, disbursedFen: 5_000_000 } },
  reconciliation: [
    {
      id: 'a',
      payer: 'CITY',
      countyCode: null,
      year: 2025,
      amountFen: 100_000_000,
      reservedFen: 30_000_000,
      consumedFen: 5_000_000,
      availableFen: 65_000_000,
      version: 1,
      ledgerReservedFen: 30_000_000,
      ledgerConsumedFen: 5_000_000,
      balanced: true,
    },
    {
      id: 'b',
      payer: 'CNTY',
      countyCode: '350404',
      year: 2025,
      amountFen: 10_000_000,
      reservedFen: 1,
      consumedFen: 0,
      availableFen: 9_999_999,
      version: 1,
      ledgerReservedFen: 0,
      ledgerConsumedFen: 0,
      balanced: false,
    },
  ],
};

describe('report', () => {
  it('should turn each total into labelled rows in key order, with exact sums', () => {
    const rows = totalsRows(REPORT.byAward, (k) => `#${k}`);
    expect(rows.map((r) => r.label)).toEqual(['#S-17', '#S-18']);
    expect(sumRows(rows)).toEqual({ count: 4, approvedFen: 35_000_000, disbursedFen: 5_000_000 });
    expect(totalsRows(undefined, String)).toEqual([]);
  });

  it('should chart approved and disbursed in 万元', () => {
    const option = totalsChartOption(totalsRows(REPORT.byAward, String)) as { series: { data: number[] }[] };
    expect(option.series.map((s) => s.data)).toEqual([
      [15, 20],
      [5, 0],
    ]);
    expect(totalsChartOption([])).toBeNull();
  });

  it('should list the unbalanced lines first', () => {
    expect(reconciliationRows(REPORT).map((r) => r.id)).toEqual(['b', 'a']);
    expect(unbalancedCount(REPORT)).toBe(1);
    expect(unbalancedCount(null)).toBe(0);
  });
});
