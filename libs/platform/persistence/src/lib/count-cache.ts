import type { EventSubscriber, FlushEventArgs } from '@mikro-orm/core';

interface Entry<T> {
  readonly value: T;
  readonly at: number;
}

export interface CountCacheOptions {
  /** How long a value may be reused when nothing in this process wrote, ms (bounds staleness from other writers). */
  readonly ttlMs?: number;
  readonly maxEntries?: number;
}
export type QueryCacheOptions = CountCacheOptions;

/**
 * Results of reads, per key, reused until this process commits a change (every flush with changes and every
 * committed transaction clears the cache) or `ttlMs` has passed (writes this process does not see: another
 * instance on a shared PostgreSQL, a statement outside the unit of work). Concurrent misses of one key share one
 * read. Register it on the ORM's event manager.
 */
export class QueryCache<T> implements EventSubscriber {
  private readonly ttlMs: number;
  private readonly maxEntries: number;
  private readonly entries = new Map<string, Entry<T>>();
  private readonly pending = new Map<string, Promise<T>>();
  private generation = 0;

  constructor(options: QueryCacheOptions = {}) {
    this.ttlMs = options.ttlMs ?? 10_000;
    this.maxEntries = options.maxEntries ?? 1_000;
  }

  /** The cached value for `key`, or `load()` (stored unless a write committed meanwhile). */
  async get(key: string, load: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key);
    const now = Date.now();
    if (hit && now - hit.at < this.ttlMs && now >= hit.at) return hit.value;
    const running = this.pending.get(key);
    if (running) return running;
    const generation = this.generation;
    const read: Promise<T> = Promise.resolve().then(async (): Promise<T> => {
      try {
        const value = await load();
        if (generation === this.generation) {
          if (this.entries.size >= this.maxEntries) this.entries.clear();
          this.entries.set(key, { value, at: now });
        }
        return value;
      } finally {
        if (this.pending.get(key) === read) this.pending.delete(key);
      }
    });
    this.pending.set(key, read);
    return read;
  }

  invalidate(): void {
    this.generation++;
    this.entries.clear();
    // A read already under way may have started before the commit: later callers do not join it.
    this.pending.clear();
  }

  afterFlush(args: FlushEventArgs): void {
    if (args.uow.getChangeSets().length > 0) this.invalidate();
  }

  afterTransactionCommit(): void {
    this.invalidate();
  }
}

/**
 * The totals of paged lists, per filter. Counting every row that matches a filter costs a walk over all of them
 * (≈ 10 ms at 100,000 enterprises) while the page itself is a few index entries, so a total is reused as a
 * `QueryCache` keeps it (until this process commits a change, or `ttlMs`).
 */
export class CountCache extends QueryCache<number> {}
