import { describe, expect, it } from 'vitest';

import { stateFromQuery, stateToQuery, toFilters } from './data';

describe('list filters in the URL', () => {
  it('should read filters, page, size and sort from the query and drop unknown values', () => {
    const state = stateFromQuery({ county: '350404', q: '钢', page: '3', pageSize: '50', sort: '-name', junk: 'x' });
    expect(state.filters).toMatchObject({ county: '350404', q: '钢', status: 'active' });
    expect(state.page).toBe(3);
    expect(state.pageSize).toBe(50);
    expect(state.sort).toBe('-name');
    expect(stateFromQuery({ pageSize: '33', page: '-1', sort: 'drop' })).toMatchObject({ page: 1, pageSize: 20, sort: undefined });
  });

  it('should write only what differs from the defaults', () => {
    const query = stateToQuery({ filters: { q: ' 钢 ', status: 'active', tier: 'none' }, page: 1, pageSize: 20, sort: undefined });
    expect(query).toEqual({ q: '钢', tier: 'none' });
  });

  it('should round-trip through the URL', () => {
    const state = { filters: { chain: 'rare-earth', status: 'all' }, page: 2, pageSize: 100, sort: 'updatedAt' as const };
    const back = stateFromQuery(stateToQuery(state) as Record<string, string>);
    expect(back).toMatchObject({ page: 2, pageSize: 100, sort: 'updatedAt' });
    expect(back.filters).toMatchObject({ chain: 'rare-earth', status: 'all' });
  });

  it('should never send a county for a county-scoped user', () => {
    expect(toFilters({ county: '350481', q: 'a', status: 'active' }, '350404')).toEqual({ q: 'a', status: 'active' });
    expect(toFilters({ county: '350481' }, null)).toEqual({ county: '350481' });
  });
});
