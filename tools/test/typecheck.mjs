#!/usr/bin/env node
// The `typecheck` target of every Nx project, for `npm test`, in as few TypeScript programs as possible.
// Each node project's target is `tsc -p <its tsconfig>`, and its program holds the sources of every library it
// imports (`@ladder/*` paths point at sources): run one by one, the shared libraries were checked once per
// project that imports them (19 programs, ≈ 160 s of CPU; one program with the same files: ≈ 20 s). Projects
// whose tsconfigs give the same compiler options are checked here in one program with the union of their files
// (the same options, so the same diagnostics per file); any other typecheck target (the console's vue-tsc) runs
// through Nx beside it. `npx nx run <project>:typecheck` stays as it was.
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

/** The tsconfig of a target that is exactly `tsc -p <file>` run from the workspace root, else undefined. */
function plainTsc(target) {
  const options = target?.options ?? {};
  const match = /^tsc -p (\S+)$/.exec(options.command ?? '');
  const fromRoot = options.cwd === '{workspaceRoot}';
  return target?.executor === 'nx:run-commands' && match && fromRoot && !target.dependsOn ? join(root, match[1]) : undefined;
}

const format = process.stdout.isTTY ? ts.formatDiagnosticsWithColorAndContext : ts.formatDiagnostics;
const host = {
  getCanonicalFileName: (f) => f,
  getCurrentDirectory: () => root,
  getNewLine: () => '\n',
};

const all = projects().filter((p) => p.targets.typecheck);
const others = all.filter((p) => !plainTsc(p.targets.typecheck)).map((p) => p.name);

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

// The other targets through Nx, side by side with the programs below (two cores).
const nx =
  others.length === 0
    ? Promise.resolve(0)
    : new Promise((resolve) => {
        const child = spawn('npx', ['nx', 'run-many', '-t', 'typecheck', '-p', others.join(','), '--output-style=static'], {
          cwd: root,
          stdio: 'inherit',
        });
        child.once('exit', (code, signal) => resolve(code ?? signal));
      });

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
const nxResult = await nx;
if (errors > 0) fail(`typecheck: ${errors} error(s)`);
if (nxResult !== 0) fail(`nx run-many -t typecheck -p ${others.join(',')} failed (${nxResult})`);
