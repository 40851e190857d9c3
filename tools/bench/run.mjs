#!/usr/bin/env node
// `npm run bench`: build what the benchmarks run, then each bench/*.bench.ts in turn.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

import { checkNode, ensureAptPackages, ensureDependencies, log, readServiceList, root, run } from '../stack/lib.mjs';

// The benches start processes from dist/ (the list-API and import benches go through the gateway): build every
// process of the service list.
const build = readServiceList().map((s) => s.name);
if (process.argv.includes('--plan')) {
  process.stdout.write(`${JSON.stringify({ build }, null, 2)}\n`);
  process.exit(0);
}

checkNode();
ensureDependencies();
ensureAptPackages([{ command: 'nats-server', package: 'nats-server' }], '基准测试需要 NATS');
const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' };
run('npx', ['nx', 'run-many', '-t', 'build', `--projects=${build.join(',')}`, '--output-style=static'], { env });
const only = process.argv[2];
for (const file of readdirSync(join(root, 'bench')).filter((f) => f.endsWith('.bench.ts')).sort()) {
  if (only && !file.includes(only)) continue;
  log(`bench ${file}`);
  run(process.execPath, [join(root, 'tools/run-ts.mjs'), join(root, 'bench', file)]);
}
