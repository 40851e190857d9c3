/**
 * deploy/ is not run on this machine (no Docker engine), so it is validated: the manifests parse, name only
 * entry points the build produces, and set only configuration variables the services know.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

import { SERVICES, SERVICE_LIST } from '@ladder/contracts';
import { parseAllDocuments, parse } from 'yaml';

const root = path.resolve(__dirname, '../../..');
const read = (file: string): string => fs.readFileSync(path.join(root, file), 'utf8');

/** Bundles produced by the build targets (webpack entries): every process of the service list, and ops. */
const ENTRY_POINTS = [
  ...SERVICE_LIST.flatMap((s) => ['main', 'migrate', ...s.firstRun].map((entry) => `dist/apps/${s.name}/${entry}.js`)),
  'dist/tools/ops/provision.js',
  'dist/tools/ops/seed-demo.js',
];

function webpackEntries(): string[] {
  const out: string[] = [];
  for (const [config, dist] of [
    ...SERVICE_LIST.map((s) => [`apps/${s.name}/webpack.config.cjs`, `dist/apps/${s.name}`] as const),
    ['tools/ops/webpack.config.cjs', 'dist/tools/ops'] as const,
  ]) {
    for (const m of read(config).matchAll(/'?([\w-]+)'?:\s*'\.\/[^']+\.ts'/g)) out.push(`${dist}/${m[1]}.js`);
  }
  return out.sort();
}

function knownVariables(): Set<string> {
  const names = new Set<string>(['NODE_ENV']);
  for (const file of ['libs/platform/config/src/lib/env.ts', ...SERVICE_LIST.map((s) => `apps/${s.name}/src/config/${s.name}.env.ts`)]) {
    for (const m of read(file).matchAll(/^\s+([A-Z][A-Z0-9_]+)[!?]?(?::| =)/gm)) names.add(m[1]!);
  }
  return names;
}

function commandsOf(value: unknown): string[] {
  const text = JSON.stringify(value ?? null);
  return [...text.matchAll(/dist\/[\w/.-]+\.js/g)].map((m) => m[0]);
}

describe('deploy manifests', () => {
  it('should list the bundles the build produces', () => {
    expect(webpackEntries()).toEqual([...ENTRY_POINTS].sort());
  });

  it('should have a valid compose file that runs only built entry points with known variables', () => {
    const compose = parse(read('deploy/compose/docker-compose.yml')) as {
      services: Record<string, { command?: unknown; environment?: Record<string, unknown>; depends_on?: Record<string, unknown> }>;
      'x-service-env': Record<string, unknown>;
    };
    expect(Object.keys(compose.services).sort()).toEqual([...SERVICE_LIST.map((s) => s.name), 'migrate', 'nats', 'postgres', 'provision'].sort());
    const vars = knownVariables();
    for (const [name, service] of Object.entries(compose.services)) {
      for (const entry of commandsOf(service.command)) expect(ENTRY_POINTS).toContain(entry);
      if (['nats', 'postgres'].includes(name)) continue;
      for (const key of Object.keys(service.environment ?? {}).filter((k) => k !== '<<')) expect({ service: name, key, known: vars.has(key) }).toEqual({ service: name, key, known: true });
      for (const dep of Object.keys(service.depends_on ?? {})) expect(Object.keys(compose.services)).toContain(dep);
    }
    for (const key of Object.keys(compose['x-service-env'])) expect(vars.has(key)).toBe(true);
  });

  it('should have Kubernetes documents with kind, name and built entry points', () => {
    const docs = parseAllDocuments(read('deploy/k8s/sme-ladder.yaml')).map((d) => d.toJS() as { apiVersion: string; kind: string; metadata: { name: string }; data?: Record<string, string> });
    expect(docs.map((d) => d.kind)).toEqual(['ConfigMap', 'Job', ...SERVICE_LIST.map(() => 'Deployment'), 'Service']);
    expect(docs.filter((d) => d.kind === 'Deployment').map((d) => d.metadata.name)).toEqual(SERVICE_LIST.map((s) => `ladder-${s.name}`));
    expect(docs[0]!.data?.['GATEWAY_SERVICES']).toBe(SERVICES.join(','));
    for (const d of docs) {
      expect(d.apiVersion).toMatch(/^(v1|apps\/v1|batch\/v1)$/);
      expect(d.metadata.name).toMatch(/^[a-z0-9-]+$/);
      for (const entry of commandsOf(d)) expect(ENTRY_POINTS).toContain(entry);
    }
    const vars = knownVariables();
    for (const key of Object.keys(docs[0]!.data ?? {})) expect(vars.has(key)).toBe(true);
  });

  it('should declare bureau consumers in the provisioning format', () => {
    const bureaus = JSON.parse(read('deploy/nats/bureaus.json')) as { consumers: { stream: string; durable: string; maxDeliver: number }[] };
    expect(Array.isArray(bureaus.consumers)).toBe(true);
    for (const c of bureaus.consumers) {
      expect(c.durable).toMatch(/^[a-z0-9-]+$/);
      expect(c.maxDeliver).toBeGreaterThan(0);
    }
  });
});
