import type { CurrentUser } from '../common/request-context';
import { SessionCache } from './session-cache';

const user = (id: string): CurrentUser => ({
  id,
  sessionId: `s-${id}`,
  username: id,
  displayName: id,
  department: null,
  roles: [],
  countyCode: null,
  permissions: [],
});

describe('SessionCache', () => {
  it('should serve a copy only within its time to live', () => {
    const cache = new SessionCache(5_000);
    cache.set('s1', { user: user('a'), expiresAt: 1e13, lastSeenAt: 1_000, loadedAt: 1_000 });
    expect(cache.get('s1', 5_999)?.user.id).toBe('a');
    expect(cache.get('s1', 6_000)).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('should not trust a copy from the future (clock stepped back)', () => {
    const cache = new SessionCache(5_000);
    cache.set('s1', { user: user('a'), expiresAt: 1e13, lastSeenAt: 10_000, loadedAt: 10_000 });
    expect(cache.get('s1', 9_000)).toBeUndefined();
  });

  it('should evict one session, or every session of an account', () => {
    const cache = new SessionCache(5_000);
    for (const [sid, account] of [
      ['s1', 'a'],
      ['s2', 'a'],
      ['s3', 'b'],
    ] as const) {
      cache.set(sid, { user: user(account), expiresAt: 1e13, lastSeenAt: 0, loadedAt: 0 });
    }
    cache.evictSession('s3');
    expect(cache.get('s3', 1)).toBeUndefined();
    cache.evictAccount('a');
    expect(cache.size).toBe(0);
  });

  it('should keep nothing when turned off, and stay within its size bound', () => {
    expect(
      (() => {
        const c = new SessionCache(0);
        c.set('s', { user: user('a'), expiresAt: 1, lastSeenAt: 0, loadedAt: 0 });
        return c.size;
      })(),
    ).toBe(0);
    const cache = new SessionCache(5_000, 3);
    for (let i = 0; i < 10; i++)
      cache.set(`s${i}`, { user: user(`u${i}`), expiresAt: 1e13, lastSeenAt: i, loadedAt: i });
    expect(cache.size).toBe(3);
    expect(cache.get('s9', 10)).toBeDefined();
  });
});
