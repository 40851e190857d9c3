import type { EventSubscriber, FlushEventArgs } from '@mikro-orm/core';

interface Entry {
  readonly count: number;
  readonly at: number;
}

export interface CountCacheOptions {
  /** How long a total may be reused when nothing in this process wrote, ms (bounds staleness from other writers). */
  readonly ttlMs?: number;
  readonly maxEntries?: number;
}

/**
 * The totals of paged lists, per filter. Counting every row that matches a filter costs a walk over all of them
 * (≈ 10 ms at 100,000 enterprises) while the page itself is a few index entries, so a total is reused until this
 * process commits a change (every flush with changes and every committed transaction clears the cache) or
 * `ttlMs` has passed (writes by another instance on a shared PostgreSQL). Register it on the ORM's event manager.
 */
export class CountCache implements EventSubscriber {
  private readonly ttlMs: number;
  private readonly maxEntries: number;
  private readonly entries = new Map<string, Entry>();
  private generation = 0;

  constructor(options: CountCacheOptions = {}) {
    this.ttlMs = options.ttlMs ?? 10_000;
    this.maxEntries = options.maxEntries ?? 1_000;
  }

  /** The cached total for `key`, or `count()` (stored unless a write committed meanwhile). */
  async get(key: string, count: () => Promise<number>): Promise<number> {
    const hit = this.entries.get(key);
    const now = Date.now();
    if (hit && now - hit.at < this.ttlMs) return hit.count;
    const generation = this.generation;
    const value = await count();
    if (generation === this.generation) {
      if (this.entries.size >= this.maxEntries) this.entries.clear();
      this.entries.set(key, { count: value, at: now });
    }
    return value;
  }

  invalidate(): void {
    this.generation++;
    this.entries.clear();
  }

  afterFlush(args: FlushEventArgs): void {
    if (args.uow.getChangeSets().length > 0) this.invalidate();
  }

  afterTransactionCommit(): void {
    this.invalidate();
  }
}
