import { describe, expect, it } from 'vitest';

import { asComputation, periodText, splitRows } from './computation-data';
import { markRows } from './row-ids';

describe('computation display', () => {
  it('should accept a computation and fill missing lists', () => {
    const c = asComputation({ decision: 'granted', amountFen: 200_000_000, capApplied: true, formula: 'f' });
    expect(c).toMatchObject({ decision: 'granted', payerSplit: [], conditions: [], gaps: [], missing: [], version: null });
    expect(asComputation(null)).toBeNull();
    expect(asComputation({ decision: 1 })).toBeNull();
  });

  it('should show the payer split with county names and exact amounts', () => {
    expect(
      splitRows([
        { payer: 'CITY', amountFen: 5_000_000 },
        { payer: 'CNTY', countyCode: '350404', amountFen: 123_456 },
      ]).map((r) => [r.payer, r.amount]),
    ).toEqual([
      ['市级', '5万元'],
      ['县级 · 三元区', '1,234.56元'],
    ]);
  });

  it('should show a period, open-ended or not', () => {
    expect(periodText('2022-01-01', '2025-12-31')).toBe('2022-01-01 至 2025-12-31');
    expect(periodText('2026-01-01', null)).toBe('2026-01-01 起');
    expect(periodText(null, null)).toBe('—');
  });
});

describe('row ids', () => {
  it('should put the test id and the record id on each body row', () => {
    const el = document.createElement('div');
    el.innerHTML =
      '<table class="el-table__body"><tr class="el-table__row"></tr><tr class="el-table__expanded-row"></tr><tr class="el-table__row"></tr></table>';
    markRows(el, { testId: 'entitlement-row', ids: ['a', 'b'] });
    const rows = [...el.querySelectorAll<HTMLElement>('tr.el-table__row')];
    expect(rows.map((r) => [r.dataset['testid'], r.dataset['id']])).toEqual([
      ['entitlement-row', 'a'],
      ['entitlement-row', 'b'],
    ]);
  });
});
