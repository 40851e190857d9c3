import { describe, expect, it } from 'vitest';

import { afterRead, toNoticeQuery } from './data';
import type { NoticeRow } from './data';

function notice(id: number, readAt: string | null = null): NoticeRow {
  return { id, uscc: 'u', name: 'n', countyCode: '350404', awardId: 'S-36', message: 'm', liaison: null, createdAt: '2025-03-01T00:00:00Z', readAt };
}

describe('notices', () => {
  it('should ask for unread ones only when the switch is on', () => {
    expect(toNoticeQuery(true, 2, 20)).toEqual({ unread: true, page: 2, pageSize: 20 });
    expect(toNoticeQuery(false, 1, 20)).toEqual({ page: 1, pageSize: 20 });
  });

  it('should drop a read notice from the unread list, or update it in place', () => {
    const read = notice(2, '2025-03-02T00:00:00Z');
    expect(afterRead([notice(1), notice(2)], read, true).map((n) => n.id)).toEqual([1]);
    expect(afterRead([notice(1), notice(2)], read, false)[1]?.readAt).toBe('2025-03-02T00:00:00Z');
  });
});
