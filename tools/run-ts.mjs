#!/usr/bin/env node
// Run a TypeScript tool with @swc-node/register (decorators + metadata, `@ladder/*` paths from tsconfig).
import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const [script, ...args] = process.argv.slice(2);
if (!script) {
  console.error('usage: node tools/run-ts.mjs <script.ts> [args…]');
  process.exit(2);
}
const result = spawnSync(process.execPath, ['--require', '@swc-node/register', resolve(script), ...args], {
  stdio: 'inherit',
  cwd: process.cwd(),
  env: { ...process.env, SWC_NODE_PROJECT: process.env.SWC_NODE_PROJECT ?? resolve(root, 'tsconfig.tools.json') },
});
process.exit(result.status ?? 1);
