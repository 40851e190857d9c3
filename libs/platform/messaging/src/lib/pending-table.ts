/**
 * Requests waiting for their reply, by token: a null-prototype object in dictionary mode rather than a `Map`.
 *
 * A long-lived `Map` whose entries come and go (a request in, its reply out) gets a new backing table every few
 * dozen entries, and V8 links each table it replaces to the new one (for live iterators) without clearing the old
 * entries. Once one table of that chain is in the old generation — a full GC under load promotes the table then in
 * use — it keeps the next one alive through every scavenge, that one the next, and so on, with every resolved
 * request of each table and what it holds (the reply's bytes, a view of a whole NATS socket read): none of it dies
 * young any more, the ArrayBuffers grow by the whole reply traffic, and V8 starts a full GC for that external memory
 * about once a second for the rest of the process — after which the table in use is promoted again
 * (docs/performance.md, list API: "the gateway's full-GC state"). A dictionary-mode object rehashes into a fresh
 * table without such a link.
 */
export class PendingTable<T> {
  private entries: Record<string, T> = Object.create(null) as Record<string, T>;
  private count = 0;

  get size(): number {
    return this.count;
  }

  get(token: string): T | undefined {
    return this.entries[token];
  }

  set(token: string, value: T): void {
    if (this.entries[token] === undefined) this.count++;
    this.entries[token] = value;
  }

  /** Removes the entry and returns it (undefined when there was none). */
  take(token: string): T | undefined {
    const value = this.entries[token];
    if (value === undefined) return undefined;
    delete this.entries[token];
    this.count--;
    return value;
  }

  /** Removes the entries `match` accepts and returns them. */
  takeWhere(match: (value: T) => boolean): T[] {
    const taken: T[] = [];
    for (const token of Object.keys(this.entries)) {
      const value = this.entries[token] as T;
      if (!match(value)) continue;
      delete this.entries[token];
      this.count--;
      taken.push(value);
    }
    return taken;
  }

  /** Removes every entry and returns them, in insertion order for string tokens that are not array indices. */
  takeAll(): T[] {
    const values = Object.values(this.entries);
    this.entries = Object.create(null) as Record<string, T>;
    this.count = 0;
    return values;
  }
}
