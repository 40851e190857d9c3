import { QueryCache } from './count-cache';

describe('QueryCache', () => {
  it('should read once for concurrent misses of one key and reuse the value', async () => {
    const cache = new QueryCache<number>();
    let reads = 0;
    const load = async (): Promise<number> => {
      reads++;
      await new Promise((r) => setTimeout(r, 5));
      return 42;
    };
    expect(await Promise.all([cache.get('k', load), cache.get('k', load), cache.get('k', load)])).toEqual([42, 42, 42]);
    expect(await cache.get('k', load)).toBe(42);
    expect(reads).toBe(1);
  });

  it('should forget everything on a commit, and not keep a value read across one', async () => {
    const cache = new QueryCache<string>();
    await cache.get('k', async () => 'old');
    cache.afterTransactionCommit();
    let release!: () => void;
    const slow = cache.get('k', () => new Promise<string>((r) => (release = () => r('read before the commit'))));
    await new Promise((r) => setImmediate(r));
    cache.invalidate();
    release();
    expect(await slow).toBe('read before the commit');
    expect(await cache.get('k', async () => 'new')).toBe('new');
  });

  it('should read again after its time to live, and not cache a failed read', async () => {
    const cache = new QueryCache<number>({ ttlMs: 1 });
    await cache.get('k', async () => 1);
    await new Promise((r) => setTimeout(r, 5));
    expect(await cache.get('k', async () => 2)).toBe(2);
    await expect(cache.get('x', async () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await cache.get('x', async () => 3)).toBe(3);
  });
});
