import { describe, expect, it } from 'vitest';

import { changeRows } from './data';

describe('change log', () => {
  it('should label fields and format values in Chinese', () => {
    const rows = changeRows({
      id: 1,
      uscc: 'x',
      at: '2025-01-01T00:00:00Z',
      actor: 'op',
      action: 'updated',
      reason: null,
      year: null,
      changes: [
        { field: 'countyCode', before: '350404', after: '350481' },
        { field: 'chains', before: [], after: ['rare-earth'] },
        { field: 'facts', before: { operatingRevenue: 1_000_000 }, after: { operatingRevenue: 2_000_000, employees: 10 } },
      ],
    });
    expect(rows).toEqual([
      { field: 'countyCode', label: '所属县（市、区）', before: '三元区', after: '永安市' },
      { field: 'chains', label: '所属产业链', before: '—', after: '稀土' },
      { field: 'facts.operatingRevenue', label: '营业收入（万元）', before: '1 万元', after: '2 万元' },
      { field: 'facts.employees', label: '从业人员数（人）', before: '—', after: '10' },
    ]);
  });
});
