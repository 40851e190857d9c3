#!/usr/bin/env node
// The `lint` and `typecheck` targets of every Nx project, for `npm test`, with each file parsed and checked as few
// times as possible. Run per project, every program held the sources of every library the project imports
// (`@ladder/*` paths point at sources), so the shared libraries were parsed and checked once per importing project:
// - typecheck: projects whose tsconfigs give the same compiler options are checked in one program with the union of
//   their files (same options, so the same diagnostics per file): the 19 node projects ≈ 20 s of CPU instead of
//   ≈ 160 s. Any other typecheck target (the console's vue-tsc) runs through Nx.
// - lint: every target that is `eslint <folder>` in one ESLint process over all those folders (one config, the same
//   rules per file; typescript-eslint's project service shares parsed files between the projects).
// The three run side by side (two cores). `npx nx run <project>:lint|typecheck` stay as they were.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

import { fail, log, root } from '../stack/lib.mjs';

const ts = createRequire(import.meta.url)('typescript');

const SKIP = new Set(['node_modules', 'dist', '.git', '.nx', 'test-output', 'tmp']);

/** Every project.json of the workspace (the Nx projects), as { name, dir, targets }. */
function projects(dir = root, found = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory() || SKIP.has(entry.name) || entry.name.startsWith('.')) continue;
    const sub = join(dir, entry.name);
    const file = join(sub, 'project.json');
    try {
      const project = JSON.parse(readFileSync(file, 'utf8'));
      found.push({ name: project.name, dir: sub, targets: project.targets ?? {} });
    } catch (error) {
      if (error.code !== 'ENOENT') throw error;
    }
    projects(sub, found);
  }
  return found;
}

/** The argument of a target that is exactly `<tool> <one argument>` run from the workspace root, else undefined. */
function plain(target, tool) {
  const options = target?.options ?? {};
  const match = new RegExp(`^${tool} (\\S+)$`).exec(options.command ?? '');
  const fromRoot = options.cwd === '{workspaceRoot}';
  return target?.executor === 'nx:run-commands' && match && fromRoot && !target.dependsOn ? match[1] : undefined;
}

function plainTsc(target) {
  const config = plain(target, 'tsc -p');
  return config && join(root, config);
}

const format = process.stdout.isTTY ? ts.formatDiagnosticsWithColorAndContext : ts.formatDiagnostics;
const host = {
  getCanonicalFileName: (f) => f,
  getCurrentDirectory: () => root,
  getNewLine: () => '\n',
};

const workspace = projects();
const all = workspace.filter((p) => p.targets.typecheck);
const linted = workspace.filter((p) => p.targets.lint);
const lintFolders = linted.map((p) => plain(p.targets.lint, 'eslint')).filter(Boolean);
/** Targets run through Nx as they are. */
const others = [
  ...all.filter((p) => !plainTsc(p.targets.typecheck)).map((p) => `${p.name}:typecheck`),
  ...linted.filter((p) => !plain(p.targets.lint, 'eslint')).map((p) => `${p.name}:lint`),
];

function child(command, args) {
  return new Promise((resolve) => {
    const started = Date.now();
    const proc = spawn(command, args, { cwd: root, stdio: 'inherit' });
    proc.once('exit', (code, signal) => {
      log(`${command} ${args.slice(0, 3).join(' ')} …: ${((Date.now() - started) / 1000).toFixed(0)} s`);
      resolve(code === 0 ? undefined : `${command} ${args.join(' ')} failed (${code ?? signal})`);
    });
  });
}

/** Programs to build: projects with equal compiler options share one. */
const groups = new Map();
const configErrors = [];
for (const p of all) {
  const config = plainTsc(p.targets.typecheck);
  if (!config) continue;
  const parsed = ts.getParsedCommandLineOfConfigFile(config, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => configErrors.push(d) });
  if (!parsed) continue;
  configErrors.push(...parsed.errors);
  const options = { ...parsed.options };
  delete options.configFilePath;
  const key = JSON.stringify(options, Object.keys(options).sort());
  const group = groups.get(key) ?? { options: parsed.options, names: [], files: new Set() };
  group.names.push(p.name);
  for (const f of parsed.fileNames) group.files.add(f);
  groups.set(key, group);
}

// ESLint and the other targets through Nx, side by side with the programs below.
const children = [
  lintFolders.length > 0 ? child('npx', ['eslint', ...lintFolders]) : undefined,
  ...[...new Set(others.map((t) => t.split(':')[1]))].map((target) => {
    const names = others.filter((t) => t.endsWith(`:${target}`)).map((t) => t.split(':')[0]);
    return child('npx', ['nx', 'run-many', '-t', target, '-p', names.join(','), '--output-style=static']);
  }),
].filter(Boolean);

let errors = configErrors.length;
if (configErrors.length > 0) process.stdout.write(format(configErrors, host));
for (const group of groups.values()) {
  const started = Date.now();
  const program = ts.createProgram({ rootNames: [...group.files], options: group.options });
  const diagnostics = ts.getPreEmitDiagnostics(program);
  if (diagnostics.length > 0) process.stdout.write(format(diagnostics, host));
  errors += diagnostics.filter((d) => d.category === ts.DiagnosticCategory.Error).length;
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  log(`typecheck ${group.names.join(', ')}: ${group.files.size} files in one program, ${diagnostics.length} problem(s), ${seconds} s`);
}
const failures = (await Promise.all(children)).filter(Boolean);
if (errors > 0) failures.push(`typecheck: ${errors} error(s)`);
if (failures.length > 0) fail(failures.join('\n'));
