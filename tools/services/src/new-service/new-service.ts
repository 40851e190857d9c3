/**
 * `npm run new:service -- <name> [--title <中文名>]`: a working, empty service — `apps/<name>` (NestJS on NATS,
 * its own database with an initial migration for SQLite and PostgreSQL, validated configuration, the health
 * responder, a `<name>.info.get` message controller, integration tests) and its contracts — plus its one line in
 * the service list, from which the launcher, the test stack, the gateway's health, lint, the deploy manifests and
 * the JetStream streams follow. Then regenerates the derived files (`services:generate`, `events:generate`).
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

import { appFiles, contractFiles, serviceNames } from './templates';
import type { ServiceNames } from './templates';

const KEBAB = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
/** Names taken by other projects, folders or the stack itself. */
const RESERVED = new Set(['console', 'ops', 'bench', 'system-tests', 'contracts', 'policy', 'platform', 'shared', 'system', 'common', 'catalogue', 'dlq', 'test', 'tools']);

export const SERVICE_LIST_FILE = 'libs/contracts/src/lib/system/services.ts';
const SERVICE_LIST_ANCHOR = '  // new:service adds the line of a new service above this one.\n';

function insertBefore(text: string, anchor: string, insertion: string, file: string): string {
  const at = text.indexOf(anchor);
  if (at < 0) throw new Error(`${file}: cannot find where to add the service (${JSON.stringify(anchor.trim())})`);
  return text.slice(0, at) + insertion + text.slice(at);
}

function insertAfter(text: string, anchor: string, insertion: string, file: string): string {
  const at = text.indexOf(anchor);
  if (at < 0) throw new Error(`${file}: cannot find where to add the service (${JSON.stringify(anchor.trim())})`);
  return text.slice(0, at + anchor.length) + insertion + text.slice(at + anchor.length);
}

/** The service's one line in the service list. */
export function addToServiceList(text: string, n: ServiceNames): string {
  if (new RegExp(`\\(\\s*'${n.name}'`).test(text)) throw new Error(`${n.name} is already in the service list`);
  return insertBefore(text, SERVICE_LIST_ANCHOR, `  service('${n.name}', '${n.title.replace(/'/g, "\\'")}'),\n`, SERVICE_LIST_FILE);
}

/** RPC_MAP and EVENT_MAP include the service's subjects. */
export function addToCatalogue(text: string, n: ServiceNames): string {
  const file = 'libs/contracts/src/lib/catalogue/subjects.ts';
  let out = insertBefore(text, "import { SERVICE_DECLARATIONS } from '../system/services';", `import { ${n.constant}_EVENTS, ${n.constant}_RPC } from '../${n.name}/${n.name}.subjects';\n`, file);
  out = insertBefore(out, ' ...SYSTEM_RPC } as const;', ` ...${n.constant}_RPC,`, file);
  const events = /export const EVENT_MAP = \{[^}]*?(?= \} as const;)/.exec(out);
  if (!events) throw new Error(`${file}: cannot find EVENT_MAP`);
  const end = events.index + events[0].length;
  return `${out.slice(0, end)}, ...${n.constant}_EVENTS${out.slice(end)}`;
}

/** The library's barrel exports the service's contracts. */
export function addToContractsIndex(text: string, n: ServiceNames): string {
  return `${text}export * from './lib/${n.name}/${n.name}.rpc';\nexport * from './lib/${n.name}/${n.name}.subjects';\n`;
}

/** The catalogue written out again (libs/contracts/src/contracts.spec.ts) knows the new subject. */
export function addToContractsSpec(text: string, n: ServiceNames): string {
  const file = 'libs/contracts/src/contracts.spec.ts';
  let out = `import { ${n.pascal}InfoRequest } from './lib/${n.name}/${n.name}.rpc';\n${text}`;
  out = insertAfter(out, 'const EXPECTED_RPC: Readonly<Record<string, Entry>> = {\n', `  '${n.name}.info.get': { cls: ${n.pascal}InfoRequest, sample: { from: 'gateway' } },\n`, file);
  return insertAfter(out, 'const ALL_OPTIONAL = [\n', `    '${n.name}.info.get',\n`, file);
}

/** Insert `key` among the keys with the same prefix, in npm's order; every other entry stays where it is. */
function withEntry(entries: [string, unknown][], prefix: string, key: string, value: unknown): [string, unknown][] {
  const siblings = entries.map(([k], i) => [k, i] as const).filter(([k]) => k.startsWith(prefix));
  const next = siblings.find(([k]) => k.localeCompare(key, 'en') > 0);
  const at = next ? next[1] : siblings.length > 0 ? siblings[siblings.length - 1]![1] + 1 : entries.length;
  return [...entries.slice(0, at), [key, value], ...entries.slice(at)];
}

/** package-lock.json knows the new workspace package, so `npm ci` stays in sync. */
export function addToPackageLock(text: string, n: ServiceNames): string {
  const lock = JSON.parse(text) as { packages: Record<string, unknown> };
  let entries = Object.entries(lock.packages);
  entries = withEntry(entries, 'apps/', `apps/${n.name}`, { name: `@ladder/${n.name}`, version: '0.0.0' });
  entries = withEntry(entries, 'node_modules/@ladder/', `node_modules/@ladder/${n.name}`, { resolved: `apps/${n.name}`, link: true });
  lock.packages = Object.fromEntries(entries);
  return `${JSON.stringify(lock, null, 2)}\n`;
}

/** Write the service's files and its entries; returns the paths written, relative to `root`. */
export function addService(root: string, name: string, title: string | undefined, now = new Date()): string[] {
  if (!KEBAB.test(name)) throw new Error(`"${name}" is not a kebab-case name (e.g. guarantees, credit-guarantees)`);
  if (RESERVED.has(name)) throw new Error(`"${name}" is reserved`);
  const n = serviceNames(name, title);
  for (const dir of [`apps/${name}`, `libs/${name}`, `tools/${name}`, `libs/contracts/src/lib/${name}`]) {
    if (fs.existsSync(path.join(root, dir))) throw new Error(`${dir} exists already`);
  }
  const stamp = now.toISOString().replace(/\D/g, '').slice(0, 14);
  const read = (file: string): string => fs.readFileSync(path.join(root, file), 'utf8');
  // Compute every change first, so that a missing anchor leaves the repository untouched.
  const files: Record<string, string> = {
    ...appFiles(n, stamp),
    ...contractFiles(n),
    [SERVICE_LIST_FILE]: addToServiceList(read(SERVICE_LIST_FILE), n),
    'libs/contracts/src/lib/catalogue/subjects.ts': addToCatalogue(read('libs/contracts/src/lib/catalogue/subjects.ts'), n),
    'libs/contracts/src/index.ts': addToContractsIndex(read('libs/contracts/src/index.ts'), n),
    'libs/contracts/src/contracts.spec.ts': addToContractsSpec(read('libs/contracts/src/contracts.spec.ts'), n),
    'package-lock.json': addToPackageLock(read('package-lock.json'), n),
  };
  for (const [file, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), content);
  }
  return Object.keys(files);
}

function regenerate(root: string): void {
  for (const script of ['tools/services/src/generate.ts', 'tools/contracts/generate.ts']) {
    const result = spawnSync(process.execPath, [path.join(root, 'tools/run-ts.mjs'), path.join(root, script)], { cwd: root, stdio: 'inherit' });
    if (result.status !== 0) throw new Error(`${script} failed`);
  }
}

function main(): void {
  const args = process.argv.slice(2);
  const titleAt = args.indexOf('--title');
  const title = titleAt >= 0 ? args[titleAt + 1] : undefined;
  const rootAt = args.indexOf('--root');
  const root = path.resolve(rootAt >= 0 ? args[rootAt + 1]! : path.join(__dirname, '../../../..'));
  const name = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--title' && args[i - 1] !== '--root');
  if (!name) {
    console.error('usage: npm run new:service -- <kebab-case-name> [--title <中文名>]');
    process.exit(2);
  }
  try {
    const written = addService(root, name, title);
    for (const file of written) console.log(`wrote ${file}`);
    regenerate(root);
  } catch (error) {
    console.error(String((error as Error).message ?? error));
    process.exit(1);
  }
  console.log(`
${name}: added to the service list. Next:
  npx nx run ${name}:test   # health and info over a private nats-server, on SQLite (and PostgreSQL)
  npm start                 # builds it, migrates its database and runs it with the others
Give it a console section (consoleSection in the service list + a menu group) when it has pages.`);
}

if (require.main === module) main();
