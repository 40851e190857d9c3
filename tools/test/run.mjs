#!/usr/bin/env node
// `npm test`: install what is missing, then lint, type-check, unit and integration tests, builds, and the
// cross-service, fault and browser suites — everything CI runs (`.ci/run` calls exactly this).
//   TEST_DATABASE_URL=postgres://… also runs the database suites against PostgreSQL.
import { existsSync } from 'node:fs';

import { checkNode, ensureAptPackages, ensureDependencies, log, run } from '../stack/lib.mjs';

checkNode();
ensureDependencies();
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

const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false', FORCE_COLOR: '0' };
const started = Date.now();
log(`数据库 Databases: SQLite${process.env.TEST_DATABASE_URL ? ' + PostgreSQL' : ' (set TEST_DATABASE_URL for PostgreSQL)'}`);
log('lint · typecheck · unit/integration tests · build');
run('npx', ['nx', 'run-many', '-t', 'lint', 'typecheck', 'test', 'build', '--parallel=2', '--output-style=static'], { env });
log('cross-service (e2e), fault and browser tests');
run('npx', ['nx', 'run', 'system-tests:e2e', '--output-style=static'], { env });
log(`全部通过 All tests passed in ${Math.round((Date.now() - started) / 1000)} s.`);
