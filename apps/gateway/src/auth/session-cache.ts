import type { CurrentUser } from '../common/request-context';

/** What the guard read from the database for one session: the user, and the session's clock. */
export interface CachedSession {
  readonly user: CurrentUser;
  readonly expiresAt: number;
  /** Last-seen time as stored (advanced by this process when it writes it). */
  lastSeenAt: number;
  /** When this copy was read from the database. */
  readonly loadedAt: number;
}

/**
 * A short-lived copy of the session and account rows the guard reads on every request, so that a burst of
 * requests with one token costs two database reads every `ttlMs` instead of two per request.
 *
 * Only a session that passed every check is kept; any copy that would refuse (expired, idle) is dropped and the
 * database decides. Bounds, for a change made elsewhere:
 * - logout, disabling an account, a password reset or change, a role change made through this gateway evict the
 *   copies at once (`evictSession`, `evictAccount`);
 * - a change this process did not make (another gateway instance, a direct database edit) takes effect within
 *   `ttlMs` (`AUTH_CACHE_SECONDS`, default 5 s, at most 30 s; 0 turns the cache off).
 */
export class SessionCache {
  private readonly entries = new Map<string, CachedSession>();

  constructor(
    readonly ttlMs: number,
    private readonly maxEntries = 10_000,
  ) {}

  get(sessionId: string, now: number): CachedSession | undefined {
    const entry = this.entries.get(sessionId);
    if (!entry) return undefined;
    if (now - entry.loadedAt >= this.ttlMs || now < entry.loadedAt) {
      this.entries.delete(sessionId);
      return undefined;
    }
    return entry;
  }

  set(sessionId: string, entry: CachedSession): void {
    if (this.ttlMs <= 0) return;
    if (this.entries.size >= this.maxEntries) this.sweep(entry.loadedAt);
    // Still full (all fresh): drop the oldest insertion (Map keeps insertion order).
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    this.entries.set(sessionId, entry);
  }

  evictSession(sessionId: string): void {
    this.entries.delete(sessionId);
  }

  /** Every cached session of an account (disabled, roles or password changed). */
  evictAccount(accountId: string): void {
    for (const [sid, entry] of this.entries) if (entry.user.id === accountId) this.entries.delete(sid);
  }

  get size(): number {
    return this.entries.size;
  }

  private sweep(now: number): void {
    for (const [sid, entry] of this.entries) if (now - entry.loadedAt >= this.ttlMs) this.entries.delete(sid);
  }
}
