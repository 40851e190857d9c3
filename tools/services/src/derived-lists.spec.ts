/**
 * Every list that names services derives from the service list (libs/contracts/src/lib/system/services.ts); this
 * spec fails when one of them disagrees with it: generated files, the launcher, the bench runner, the test stack,
 * the migration tool, the lint boundaries and the services' configuration. (The gateway's health default and the
 * console menu have their own specs in those projects.)
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

import { SERVICE_LIST, databaseUrlVariable } from '@ladder/contracts';

import { derivedFiles } from './manifests';

const root = path.resolve(__dirname, '../../..');
const read = (file: string): string => fs.readFileSync(path.join(root, file), 'utf8');
const NAMES = SERVICE_LIST.map((s) => s.name);

function nodeJson<T>(args: readonly string[]): T {
  const result = spawnSync(process.execPath, [...args], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as T;
}

/** Load a module of another part of the repository by path (not an import: it is what this spec checks). */
function load<T extends object>(file: string): T {
  return jest.requireActual<T>(path.join(root, file));
}

describe('files generated from the service list', () => {
  it.each(Object.entries(derivedFiles(SERVICE_LIST, read)))('should match the checked-in %s (run `npm run services:generate`)', (file, content) => {
    // Act / Assert
    expect(read(file)).toBe(content);
  });
});

describe('lists derived from the service list', () => {
  it('should build, migrate and run every process in list order when the launcher plans `npm start`', () => {
    // Act
    const plan = nodeJson<{ build: string[]; migrate: string[]; firstRun: string[]; processes: { name: string; main: string }[] }>(['tools/stack/start.mjs', '--plan']);

    // Assert
    expect(plan.build).toEqual([...NAMES, 'ops', 'console']);
    expect(plan.migrate).toEqual(NAMES.map((n) => `dist/apps/${n}/migrate.js`));
    expect(plan.firstRun).toEqual(SERVICE_LIST.flatMap((s) => s.firstRun.map((b) => `dist/apps/${s.name}/${b}.js`)));
    expect(plan.processes).toEqual(NAMES.map((name) => ({ name, main: `dist/apps/${name}/main.js` })));
  });

  it('should build every process and the console when the bench runner plans `npm run bench`', () => {
    // Act
    const plan = nodeJson<{ build: string[] }>(['tools/bench/run.mjs', '--plan']);

    // Assert
    expect(plan.build).toEqual([...NAMES, 'console']);
  });

  it('should migrate every process, then run the first-run steps, then start every process when the test stack starts', () => {
    // Act
    const { STACK_PLAN } = load<{ STACK_PLAN: { setup: readonly (readonly string[])[]; processes: readonly string[] } }>('test/support/stack.ts');

    // Assert
    expect(STACK_PLAN.processes).toEqual(NAMES);
    expect(STACK_PLAN.setup).toEqual([
      NAMES.map((n) => `dist/apps/${n}/migrate.js`),
      SERVICE_LIST.flatMap((s) => s.firstRun.map((b) => `dist/apps/${s.name}/${b}.js`)),
    ]);
  });

  it('should know the database of every process when the migration tool lists them', () => {
    // Act
    const { SERVICE_DATABASES } = load<{ SERVICE_DATABASES: readonly { name: string; migrationsDir: string }[] }>('tools/db/services.ts');

    // Assert
    expect(SERVICE_DATABASES.map((s) => s.name)).toEqual(NAMES);
    for (const s of SERVICE_DATABASES) {
      expect(fs.existsSync(path.join(s.migrationsDir, 'sqlite', 'index.ts'))).toBe(true);
      expect(fs.existsSync(path.join(s.migrationsDir, 'postgresql', 'index.ts'))).toBe(true);
    }
  });

  it('should fence every process in its own lint scope when eslint.config.mjs is read', () => {
    // Act: the boundaries rule and the NestJS type-import exemption, as the flat config builds them
    const config = nodeJson<{ scopes: string[]; nestFiles: string[] }>([
      '--input-type=module',
      '-e',
      `const { default: config } = await import(${JSON.stringify(path.join(root, 'eslint.config.mjs'))});
       const rule = config.map((c) => c.rules?.['@nx/enforce-module-boundaries']).find(Boolean);
       const scopes = rule[1].depConstraints.map((d) => d.sourceTag).filter((t) => t.startsWith('scope:'));
       const nest = config.find((c) => c.rules?.['@typescript-eslint/consistent-type-imports'] === 'off');
       console.log(JSON.stringify({ scopes, nestFiles: nest.files }));`,
    ]);

    // Assert
    for (const name of NAMES) {
      expect(config.scopes).toContain(`scope:${name}`);
      expect(config.nestFiles).toContain(`apps/${name}/**/*.ts`);
      expect(JSON.parse(read(`apps/${name}/project.json`))).toMatchObject({ name, tags: expect.arrayContaining([`scope:${name}`, 'type:app', 'platform:server']) });
    }
  });

  it.each(SERVICE_LIST.map((s) => [s.name, databaseUrlVariable(s)]))('should let %s be moved to PostgreSQL with %s', (name, variable) => {
    // Arrange: the variable is declared for every service (platform) or in the service's own configuration
    const declared = `${read('libs/platform/config/src/lib/env.ts')}\n${read(`apps/${name}/src/config/${name}.env.ts`)}`;

    // Act / Assert
    expect(declared).toMatch(new RegExp(`^\\s+${variable}\\?:`, 'm'));
  });

  /** Files whose service lists are derived: none may spell out two services again. */
  const DERIVED = [
    'tools/stack/start.mjs',
    'tools/stack/lib.mjs',
    'tools/bench/run.mjs',
    'tools/db/services.ts',
    'tools/db/migrate.ts',
    'test/support/stack.ts',
    'eslint.config.mjs',
    'apps/gateway/src/config/gateway.env.ts',
    'apps/gateway/src/health/health.controller.ts',
    'libs/contracts/src/lib/system/system.subjects.ts',
    'libs/contracts/src/lib/common/envelope.ts',
  ];

  it.each(DERIVED)('should not spell out a list of services again in %s', (file) => {
    // Act: service names in the source, as words (in strings, paths, types or comments)
    const text = read(file);
    const named = NAMES.filter((name) => new RegExp(`(^|[^\\w-])${name}([^\\w-]|$)`, 'm').test(text));

    // Assert
    expect(named.length).toBeLessThan(2);
  });
});
