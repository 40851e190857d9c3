// One flat config for the workspace: Nx module boundaries by tags, typescript-eslint (type-checked),
// eslint-plugin-vue for the console, Prettier last.
import { readFileSync } from 'node:fs';

import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';
import vue from 'eslint-plugin-vue';
import tseslint from 'typescript-eslint';

/** The service list (generated from libs/contracts/src/lib/system/services.ts by `npm run services:generate`). */
const processes = JSON.parse(readFileSync(new URL('./tools/stack/services.json', import.meta.url), 'utf8')).services.map((s) => s.name);

const serverOnly = ['@nestjs/*', '@mikro-orm/*', 'nats', 'better-sqlite3', 'pg', 'exceljs', 'bcryptjs'];

/** Tags: scope (which service), type (kind of project), platform (runtime). */
function boundaries(tests) {
  const testing = tests ? ['type:testing'] : [];
  return {
    enforceBuildableLibDependency: false,
    allow: [],
    depConstraints: [
      // Kinds of project.
      { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:contracts', 'type:platform', 'type:util', 'type:ui', ...testing] },
      { sourceTag: 'type:platform', onlyDependOnLibsWithTags: ['type:platform', 'type:contracts', 'type:util', ...testing] },
      { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:util'] },
      { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
      { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:contracts', 'type:util'] },
      { sourceTag: 'type:test', onlyDependOnLibsWithTags: ['type:contracts', 'type:platform', 'type:util', 'type:testing'] },
      // No service reaches into another: a scope sees itself and the shared scope only.
      { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
      ...processes.map((name) => ({ sourceTag: `scope:${name}`, onlyDependOnLibsWithTags: [`scope:${name}`, 'scope:shared'] })),
      { sourceTag: 'scope:console', onlyDependOnLibsWithTags: ['scope:console', 'scope:shared'] },
      { sourceTag: 'scope:ops', onlyDependOnLibsWithTags: ['scope:ops', 'scope:shared'] },
      { sourceTag: 'scope:system-tests', onlyDependOnLibsWithTags: ['scope:shared'] },
      { sourceTag: 'scope:bench', onlyDependOnLibsWithTags: ['scope:shared'] },
      // Runtimes: browser code never pulls in NestJS, MikroORM or a driver.
      { sourceTag: 'platform:web', onlyDependOnLibsWithTags: ['platform:web', 'platform:shared'], bannedExternalImports: serverOnly },
      { sourceTag: 'platform:shared', onlyDependOnLibsWithTags: ['platform:shared'], bannedExternalImports: serverOnly },
      { sourceTag: 'platform:server', onlyDependOnLibsWithTags: ['platform:server', 'platform:shared'] },
    ],
  };
}

/** The same constraints, with `type:util` also allowed to depend on `tag`. */
function withUtilSeeing(options, tag) {
  const depConstraints = options.depConstraints.map((c) =>
    c.sourceTag === 'type:util' ? { ...c, onlyDependOnLibsWithTags: [...c.onlyDependOnLibsWithTags, tag] } : c,
  );
  return { ...options, depConstraints };
}

export default [
  {
    ignores: [
      '**/dist',
      '**/node_modules',
      '**/.data',
      '**/tmp',
      '**/coverage',
      '**/.nx',
      '**/*.cjs',
      'docs/**',
      'deploy/**',
      '**/vite.config.*.timestamp*',
      '**/components.d.ts',
      '**/auto-imports.d.ts',
    ],
  },
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    files: ['**/*.ts', '**/*.mts', '**/*.vue', '**/*.mjs', '**/*.js'],
    rules: { '@nx/enforce-module-boundaries': ['error', boundaries(false)] },
  },
  {
    // Tests may use the shared test harness (libs/platform/testing); production code may not.
    files: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts', '**/*.fault-spec.ts', '**/*.browser-spec.ts', 'test/**/*.ts', 'bench/**/*.ts'],
    rules: { '@nx/enforce-module-boundaries': ['error', boundaries(true)] },
  },
  {
    // libs/policy's conformance test checks that its results are the wire types of libs/contracts (type-level only;
    // policy's own code stays free of contracts, and contracts never import policy).
    files: ['libs/policy/test/**/*.ts'],
    rules: { '@nx/enforce-module-boundaries': ['error', withUtilSeeing(boundaries(true), 'type:contracts')] },
  },
  {
    // The wire types live in libs/contracts and libs/policy produces them: contracts never import policy, and browser
    // code (platform:web) reads results through contracts only.
    files: ['libs/contracts/**/*.ts', 'apps/console/**/*.ts', 'apps/console/**/*.vue'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@ladder/policy', '@ladder/policy/*'], message: 'Use the wire types of @ladder/contracts; only services and tools import libs/policy.' }] },
      ],
    },
  },
  ...tseslint.configs.recommendedTypeChecked.map((c) => ({ ...c, files: ['**/*.ts', '**/*.mts', '**/*.vue'] })),
  {
    files: ['**/*.ts', '**/*.mts', '**/*.vue'],
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
        extraFileExtensions: ['.vue'],
      },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'separate-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-extraneous-class': 'off',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    // NestJS DI reads constructor parameter types at run time: a type-only import would erase them.
    files: [...processes.map((name) => `apps/${name}/**/*.ts`), 'libs/platform/**/*.ts'],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
  {
    files: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts', 'test/**/*.ts', 'bench/**/*.ts', 'tools/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  ...vue.configs['flat/recommended'].map((c) => ({ ...c, files: ['apps/console/**/*.vue', 'apps/console/**/*.ts'] })),
  {
    // eslint-plugin-vue hands the console's .vue and .ts files to vue-eslint-parser; give it the TypeScript
    // parser for both, so the type-aware rules run everywhere.
    files: ['apps/console/**/*.vue', 'apps/console/**/*.ts'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
    rules: { 'vue/multi-word-component-names': 'off' },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  prettier,
];
