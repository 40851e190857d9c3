import { MAX_IMPORT_ROWS } from '@ladder/contracts';

import { ReceivedCells, sameAsStored } from './received-cells.cache';

describe('ReceivedCells', () => {
  it('should hold only cells whose JSON round trip gives the same values', () => {
    const plain = { a: 'x', b: 1.5, c: true, d: null, e: -3, f: 1e21, g: '' };
    expect(sameAsStored(plain)).toBe(true);
    expect(JSON.parse(JSON.stringify(plain))).toEqual(plain);
    for (const odd of [{ a: -0 }, { a: Number.NaN }, { a: Infinity }, { a: undefined }, { a: [1] }, { a: { b: 1 } }, { a: new Date(0) }]) {
      expect(sameAsStored(odd as Record<string, unknown>)).toBe(false);
    }
    expect(sameAsStored(JSON.parse('{"__proto__": "x"}') as Record<string, unknown>)).toBe(false);
    expect(sameAsStored(Object.create(null) as Record<string, unknown>)).toBe(false);
  });

  it('should give each held row once, and nothing for a row it does not hold', () => {
    const cache = new ReceivedCells();
    cache.remember('job-1', [1, 2, 3], [{ a: 'x' }, { a: -0 }, { a: 2 }]);
    expect(cache.size).toBe(2);
    expect(cache.take('job-1', 1)).toEqual({ a: 'x' });
    expect(cache.take('job-1', 1)).toBeUndefined();
    expect(cache.take('job-1', 2)).toBeUndefined(); // -0: read back from the database
    expect(cache.take('job-2', 3)).toBeUndefined();
    expect(cache.take('job-1', 3)).toEqual({ a: 2 });
    expect(cache.size).toBe(0);
  });

  it('should drop the oldest jobs to make room, and a completed job at once', () => {
    const cache = new ReceivedCells();
    const rows = (from: number, n: number): number[] => Array.from({ length: n }, (_, i) => from + i);
    const cells = (n: number): Record<string, string>[] => Array.from({ length: n }, () => ({ a: 'x' }));
    const half = MAX_IMPORT_ROWS / 2;
    cache.remember('old', rows(1, half), cells(half));
    cache.remember('new', rows(half + 1, half), cells(half));
    expect(cache.size).toBe(MAX_IMPORT_ROWS);
    cache.remember('newest', [MAX_IMPORT_ROWS + 1], cells(1));
    expect(cache.take('old', 1)).toBeUndefined();
    expect(cache.take('new', half + 1)).toEqual({ a: 'x' });
    expect(cache.take('newest', MAX_IMPORT_ROWS + 1)).toEqual({ a: 'x' });
    // A job never drops itself: what does not fit is simply read back later.
    cache.remember('new', rows(MAX_IMPORT_ROWS + 2, half + 10), cells(half + 10));
    expect(cache.size).toBeLessThanOrEqual(MAX_IMPORT_ROWS);
    cache.forget('new');
    expect(cache.size).toBe(0);
  });
});
