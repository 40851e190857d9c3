import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

import { PendingTable } from './pending-table';

interface Table {
  set(token: string, value: object): void;
  take(token: string): unknown;
}

setFlagsFromString('--expose-gc');
// gc() with no options: V8's full collection that also promotes what is young and alive, as under load.
const gc = runInNewContext('gc') as (options?: { type: 'minor' }) => void;
const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * The MessagingClient's pattern: a few requests in flight when a full GC comes (it promotes the table), then
 * 2,000 requests in and out, each holding 13 KB outside the heap. What is still held after three scavenges?
 */
async function heldAfterScavenges(table: Table): Promise<number> {
  const inflight: string[] = [];
  let token = 0;
  for (; token < 8; token++) {
    table.set(token.toString(36), { token });
    inflight.push(token.toString(36));
  }
  gc();
  const before = process.memoryUsage().arrayBuffers;
  for (let i = 0; i < 2_000; i++, token++) {
    table.set(token.toString(36), { token, bytes: Buffer.allocUnsafeSlow(13_000) });
    inflight.push(token.toString(36));
    table.take(inflight.shift() as string);
  }
  await tick();
  for (let i = 0; i < 3; i++) {
    gc({ type: 'minor' });
    await tick();
  }
  return process.memoryUsage().arrayBuffers - before;
}

describe('PendingTable', () => {
  it('should keep, return and remove entries by token', () => {
    const table = new PendingTable<{ n: number }>();
    table.set('a', { n: 1 });
    table.set('1', { n: 2 });
    table.set('a', { n: 3 });
    expect(table.size).toBe(2);
    expect(table.get('a')).toEqual({ n: 3 });
    expect(table.take('a')).toEqual({ n: 3 });
    expect(table.take('a')).toBeUndefined();
    expect(table.get('__proto__')).toBeUndefined();
    expect(table.take('constructor')).toBeUndefined();
    table.set('__proto__', { n: 4 });
    expect(table.size).toBe(2);
    table.set('b', { n: 5 });
    expect(table.takeWhere((e) => e.n === 5)).toEqual([{ n: 5 }]);
    expect(table.size).toBe(2);
    expect(table.takeAll().map((e) => e.n).sort()).toEqual([2, 4]);
    expect(table.size).toBe(0);
    expect(table.takeAll()).toEqual([]);
  });

  // The reason it is not a Map (docs/performance.md, list API): V8 links each backing table a Map replaces to the
  // next one without clearing it, so after a full GC promoted one, every later entry outlived the scavenges.
  // A Map in its place kept (nearly) all 2,000 × 13 KB on Node 20's V8 (measured with this same function; not
  // asserted here: it is V8's behaviour, not ours, and what a test process did before can change it).
  it('should let what its removed entries held die young after a full GC', async () => {
    const viaTable = await heldAfterScavenges(new PendingTable<object>());
    expect(viaTable).toBeLessThan(1_000_000);
  });
});
