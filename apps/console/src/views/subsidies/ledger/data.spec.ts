import { describe, expect, it } from 'vitest';

import { toLedgerFilters } from './data';

describe('ledger filters', () => {
  it('should send payer, year and county, never a county for a county-scoped user', () => {
    expect(toLedgerFilters({ payer: 'CNTY', year: 2025, county: '350404' }, null)).toEqual({ payer: 'CNTY', year: 2025, county: '350404' });
    expect(toLedgerFilters({ payer: '', year: null, county: '350404' }, '350481')).toEqual({});
    expect(toLedgerFilters({ payer: 'nope', year: 2025, county: '' }, null)).toEqual({ year: 2025 });
  });
});
