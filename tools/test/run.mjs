#!/usr/bin/env node
// `npm test`: install what is missing, then lint, type-check, unit and integration tests, builds, and the
// cross-service, fault and browser suites — everything CI runs (`.ci/run` calls exactly this). Prints the time
// of each stage and the total at the end (also when a stage fails).
//   TEST_DATABASE_URL=postgres://… also runs the database suites against PostgreSQL.
import { existsSync } from 'node:fs';

import { checkNode, ensureAptPackages, ensureDependencies, log, run } from '../stack/lib.mjs';

const started = Date.now();
/** Finished stages, in order: [label, milliseconds]. */
const stages = [];
/** The stage running now (reported as unfinished if the run stops in it). */
let running;

function stage(label, work) {
  running = { label, since: Date.now() };
  work();
  stages.push([label, Date.now() - running.since]);
  running = undefined;
}

/** Columns a label takes in a terminal (CJK characters take two). */
function width(text) {
  return [...text].reduce((n, c) => n + (c.codePointAt(0) >= 0x2e80 ? 2 : 1), 0);
}

function duration(ms) {
  const s = Math.round(ms / 1000);
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
}

process.on('exit', (code) => {
  const rows = [...stages, ...(running ? [[`${running.label}（未完成 unfinished）`, Date.now() - running.since]] : [])];
  rows.push(['合计 Total', Date.now() - started]);
  const columns = Math.max(...rows.map(([label]) => width(label)));
  log('用时 Time per stage:');
  for (const [label, ms] of rows) log(`  ${label}${' '.repeat(columns - width(label))}  ${duration(ms).padStart(10)}`);
  if (code === 0) log('全部通过 All tests passed.');
});

checkNode();
stage('依赖 npm ci', () => ensureDependencies());
stage('apt (nats-server, chromium, fonts)', () => {
  ensureAptPackages(
    [
      { command: 'nats-server', package: 'nats-server' },
      { command: 'chromium', package: 'chromium' },
    ],
    '测试需要 NATS 与 Chromium',
  );
  if (!existsSync('/usr/share/fonts/truetype/wqy/wqy-microhei.ttc')) {
    // Without a CJK font Chinese renders as boxes in screenshots.
    ensureAptPackages([{ command: 'wqy-microhei-font-missing', package: 'fonts-wqy-microhei' }], '中文字体');
  }
});

const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false', FORCE_COLOR: '0' };
log(`数据库 Databases: SQLite${process.env.TEST_DATABASE_URL ? ' + PostgreSQL' : ' (set TEST_DATABASE_URL for PostgreSQL)'}`);
// Every project's lint and typecheck target, each file parsed and checked once (tools/test/checks.mjs).
stage('lint · typecheck', () => run(process.execPath, ['tools/test/checks.mjs'], { env }));
stage('unit/integration tests · build', () => {
  run('npx', ['nx', 'run-many', '-t', 'test', 'build', '--parallel=2', '--output-style=static'], { env });
});
stage('e2e · fault · browser', () => {
  run('npx', ['nx', 'run', 'system-tests:e2e', '--output-style=static'], { env });
});
