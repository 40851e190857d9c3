import { describe, expect, it } from 'vitest';

import { canPublish, defaultPublicityTitle, stateFromQuery, stateToQuery, toFilters } from './data';

describe('entitlement filters in the URL', () => {
  it('should read filters and page, dropping unknown statuses and payers', () => {
    const state = stateFromQuery({ status: 'pending-approval', payer: 'CITY', awardId: 'S-17', page: '2', pageSize: '50' });
    expect(state.filters).toMatchObject({ status: 'pending-approval', payer: 'CITY', awardId: 'S-17' });
    expect(state).toMatchObject({ page: 2, pageSize: 50 });
    expect(stateFromQuery({ status: 'bogus', payer: 'X', page: '0', pageSize: '7' })).toMatchObject({
      filters: { status: undefined, payer: undefined },
      page: 1,
      pageSize: 20,
    });
  });

  it('should round-trip, leaving defaults out', () => {
    const query = stateToQuery({ filters: { status: 'approved', uscc: ' ' }, page: 1, pageSize: 20 });
    expect(query).toEqual({ status: 'approved' });
    expect(stateFromQuery(stateToQuery({ filters: { county: '350481' }, page: 3, pageSize: 100 }) as Record<string, string>)).toMatchObject({
      filters: { county: '350481' },
      page: 3,
      pageSize: 100,
    });
  });

  it('should send the filters the API knows, never a county for a county-scoped user', () => {
    expect(toFilters({ status: 'approved', county: '350481', uscc: ' 91350404ma2xya1234 ', payer: 'BEN' }, null)).toEqual({
      status: 'approved',
      county: '350481',
      uscc: '91350404MA2XYA1234',
      payer: 'BEN',
    });
    expect(toFilters({ county: '350481' }, '350404')).toEqual({});
  });

  it('should let only 待公示 rows into a new 公示 list', () => {
    expect(canPublish({ status: 'pending-publicity' })).toBe(true);
    expect(canPublish({ status: 'in-publicity' })).toBe(false);
    expect(defaultPublicityTitle('2025-03-01')).toContain('2025年度');
  });
});
