/**
 * `npm run bench` in its quick mode on the one bench that needs no build (the re-evaluation, in-process): the runner
 * writes latest.json and latest.md with the bench's ratios next to their targets. Sizes are tiny; the figures are
 * not checked, only the shape.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const root = path.resolve(__dirname, '../../..');

describe('npm run bench (quick)', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ladder-bench-runner-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('should write latest.json and latest.md with every ratio next to its target', () => {
    const r = spawnSync(process.execPath, [path.join(root, 'tools/bench/run.mjs'), '--no-build', 'tier-evaluation'], {
      cwd: root,
      env: { ...process.env, BENCH_QUICK: '1', BENCH_ENTERPRISES: '300', BENCH_FULL_SAMPLE: '100', BENCH_RESULTS_DIR: dir },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect({ status: r.status, stderr: r.status === 0 ? '' : r.stderr.slice(-2000) }).toEqual({ status: 0, stderr: '' });
    const doc = JSON.parse(fs.readFileSync(path.join(dir, 'latest.json'), 'utf8')) as {
      quick: boolean;
      load: { before: number; after: number; max: number };
      benches: { bench: string; ok: boolean }[];
      rows: { bench: string; checks: { what: string; target: string; value: number; met: boolean | null }[] }[];
      results: Record<string, { enterprises: number }>;
    };
    expect(doc.quick).toBe(true);
    expect(typeof doc.load.before).toBe('number');
    expect(doc.benches).toEqual([expect.objectContaining({ bench: 'tier-evaluation', ok: true })]);
    expect(doc.results['tier-evaluation']?.enterprises).toBe(300);
    const checks = doc.rows.find((row) => row.bench === 'tier-evaluation')?.checks ?? [];
    expect(checks.map((c) => c.target)).toEqual(['≤ 10×', '< 60 s']);
    for (const c of checks) {
      expect(c.value).toBeGreaterThan(0);
      expect(typeof c.met).toBe('boolean');
    }
    const md = fs.readFileSync(path.join(dir, 'latest.md'), 'utf8');
    expect(md).toContain('QUICK smoke run');
    expect(md).toMatch(/\| times the plain read \| \*\*[\d.]+×\*\* (✅|❌) \| ≤ 10× \|/);
    expect(md).toContain('Load average');
  }, 90_000);
});
