#!/usr/bin/env node
// `npm run bench`: build what the benchmarks run, then each bench/*.bench.ts in turn (each measures its raw
// substrate in the same run), then bench/results/latest.json and latest.md: every ratio next to its target.
//   npm run bench -- import          only the benches whose file name contains "import"
//   npm run bench -- --no-build      use dist/ as it is
//   BENCH_QUICK=1 npm run bench      tiny sizes: a smoke run that checks the benches and the summary, not figures
//   npm run bench -- --summary-only  only re-write latest.json/latest.md from the result files there are
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';

import { checkNode, ensureAptPackages, ensureDependencies, log, readServiceList, root, run } from '../stack/lib.mjs';
import { summaryDocument, summaryMarkdown } from './summary.mjs';

// The benches start processes from dist/ (the list-API, import and console benches go through the gateway): build
// every process of the service list and the console.
const build = [...readServiceList().map((s) => s.name), 'console'];
const args = process.argv.slice(2);
if (args.includes('--plan')) {
  process.stdout.write(`${JSON.stringify({ build }, null, 2)}\n`);
  process.exit(0);
}
const quick = process.env.BENCH_QUICK === '1';
/** Sizes of a quick run (each only when not set explicitly). */
const QUICK_SIZES = {
  BENCH_EVENTS: '100',
  BENCH_IMPORT_ROWS: '100',
  BENCH_ENTERPRISES: '1000',
  BENCH_FULL_SAMPLE: '200',
  BENCH_SECONDS: '1',
  BENCH_CERTIFICATIONS: '20',
  BENCH_CONSOLE_RUNS: '1',
};

checkNode();
ensureDependencies();
const only = args.find((a) => !a.startsWith('--'));
ensureAptPackages(
  [
    { command: 'nats-server', package: 'nats-server' },
    // The console bench drives headless Chromium.
    ...(!only || 'console'.includes(only) ? [{ command: 'chromium', package: 'chromium' }] : []),
  ],
  '基准测试需要 NATS 与 Chromium',
);
const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' };
if (quick) for (const [k, v] of Object.entries(QUICK_SIZES)) env[k] ??= v;
const summaryOnly = args.includes('--summary-only');
if (!args.includes('--no-build') && !summaryOnly) {
  run('npx', ['nx', 'run-many', '-t', 'build', `--projects=${build.join(',')}`, '--output-style=static'], { env });
}

// BENCH_RESULTS_DIR: somewhere else than bench/results (the runner's own smoke test).
const resultsDir = process.env.BENCH_RESULTS_DIR ?? join(root, 'bench/results');
mkdirSync(resultsDir, { recursive: true });
const load1 = () => Number(loadavg()[0].toFixed(1));
const startedAt = new Date().toISOString();
const load = { before: load1(), after: 0, max: load1() };
const outcomes = [];
const results = {};
for (const file of readdirSync(join(root, 'bench')).filter((f) => f.endsWith('.bench.ts')).sort()) {
  if (only && !file.includes(only)) continue;
  const bench = file.replace(/\.bench\.ts$/, '');
  // Each bench writes bench/results/<bench>.json; a stale file from an earlier run never counts.
  const resultFile = join(resultsDir, `${bench}.json`);
  if (summaryOnly) {
    const found = existsSync(resultFile);
    outcomes.push({ bench, ok: found, exitCode: null, seconds: null });
    if (found) results[bench] = JSON.parse(readFileSync(resultFile, 'utf8'));
    continue;
  }
  rmSync(resultFile, { force: true });
  log(`bench ${file}${quick ? ' (quick)' : ''} — load average ${load1()}`);
  const t0 = Date.now();
  const r = spawnSync(process.execPath, [join(root, 'tools/run-ts.mjs'), join(root, 'bench', file)], { stdio: 'inherit', cwd: root, env });
  const seconds = Math.round((Date.now() - t0) / 1000);
  load.max = Math.max(load.max, load1());
  const ok = r.status === 0 && existsSync(resultFile);
  outcomes.push({ bench, ok, exitCode: r.status ?? r.signal, seconds });
  if (existsSync(resultFile)) results[bench] = JSON.parse(readFileSync(resultFile, 'utf8'));
}
load.after = load1();
load.max = Math.max(load.max, load.after);

const doc = summaryDocument({
  startedAt,
  finishedAt: new Date().toISOString(),
  machine: `${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, node ${process.version}`,
  load,
  quick,
  outcomes,
  results,
});
const markdown = summaryMarkdown(doc);
writeFileSync(join(resultsDir, 'latest.json'), `${JSON.stringify(doc, null, 2)}\n`);
writeFileSync(join(resultsDir, 'latest.md'), markdown);
process.stdout.write(`\n${markdown}`);
log(`wrote ${join(resultsDir, 'latest.json')} and latest.md`);
if (outcomes.some((o) => !o.ok)) process.exit(1);
