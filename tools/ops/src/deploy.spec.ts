/**
 * deploy/ is not run on this machine (no Docker engine, no Kubernetes), so it is validated: the manifests parse,
 * name only entry points the build produces, and set only configuration variables the services know; the Helm
 * chart is rendered (without Helm: tools/services/src/helm-render.ts) and every object checked for the fields
 * Kubernetes requires; the NATS cluster configs pass `nats-server --config … -t`.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

import { SERVICES, SERVICE_LIST } from '@ladder/contracts';
import { parseAllDocuments, parse } from 'yaml';

/* eslint-disable @nx/enforce-module-boundaries -- the chart renderer of the service generator */
import { renderChart } from '../../services/src/helm-render';
/* eslint-enable @nx/enforce-module-boundaries */

const root = path.resolve(__dirname, '../../..');
const read = (file: string): string => fs.readFileSync(path.join(root, file), 'utf8');

/** Bundles produced by the build targets (webpack entries): every process of the service list, and ops. */
const ENTRY_POINTS = [
  ...SERVICE_LIST.flatMap((s) => ['main', 'migrate', ...s.firstRun].map((entry) => `dist/apps/${s.name}/${entry}.js`)),
  'dist/tools/ops/provision.js',
  'dist/tools/ops/seed-demo.js',
  'dist/tools/ops/health-probe.js',
  // Worker-thread bundles: loaded by their service's main.js, never started on their own.
  'dist/apps/tiering/evaluation-worker.js',
  // The registry's SQLite read thread (list pages and totals that miss their caches).
  'dist/apps/registry/sqlite-read-worker.js',
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

/** Variables of the provisioning step (tools/ops/src/provision.ts), not of a service. */
const PROVISION_VARIABLES = ['JETSTREAM_REPLICAS'];

const CHART = 'deploy/helm/sme-ladder';

function chartFiles(): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const rel = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(rel);
      else out[rel] = read(rel);
    }
  };
  walk(CHART);
  return out;
}

/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-call -- Kubernetes objects, checked field by field */
type K8sObject = { apiVersion: string; kind: string; metadata: { name: string; labels?: Record<string, string>; annotations?: Record<string, string> }; spec?: any; data?: Record<string, string> };

function renderedChart(overrides: Record<string, unknown> = {}): K8sObject[] {
  return parseAllDocuments(renderChart(chartFiles(), CHART, overrides))
    .map((d) => {
      if (d.errors.length > 0) throw new Error(d.errors.map(String).join('\n'));
      return d.toJS() as K8sObject;
    })
    .filter(Boolean);
}

const API_VERSIONS: Record<string, string> = { ConfigMap: 'v1', Service: 'v1', Secret: 'v1', Deployment: 'apps/v1', StatefulSet: 'apps/v1', Job: 'batch/v1', PodDisruptionBudget: 'policy/v1' };

/** The fields the Kubernetes API requires of the kinds the chart uses (a subset of its OpenAPI schema), and names. */
function problemsOf(d: K8sObject): string[] {
  const out: string[] = [];
  const need = (ok: unknown, what: string): void => {
    if (!ok) out.push(what);
  };
  need(API_VERSIONS[d.kind] === d.apiVersion, `apiVersion ${d.apiVersion} for ${d.kind}`);
  need(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(d.metadata?.name ?? '') && d.metadata.name.length <= 63, 'metadata.name (DNS-1123 label)');
  for (const [k, v] of Object.entries(d.metadata?.labels ?? {})) need(typeof v === 'string' && /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]?$/.test(v) && v.length <= 63, `label ${k}=${String(v)}`);
  const podSpec = (spec: any, where: string): void => {
    const containers = spec?.containers;
    need(Array.isArray(containers) && containers.length > 0, `${where}.containers`);
    for (const c of containers ?? []) {
      need(typeof c.name === 'string' && typeof c.image === 'string' && !c.image.includes('{{'), `${where}.containers[].name/image`);
      for (const e of c.env ?? []) need(typeof e.name === 'string' && (typeof e.value === 'string' || e.valueFrom), `${where} env ${e.name} (value must be a string)`);
      for (const probe of ['readinessProbe', 'livenessProbe', 'startupProbe']) {
        const p = c[probe];
        if (p) need([p.exec, p.httpGet, p.tcpSocket].filter(Boolean).length === 1, `${where}.${probe}: one handler`);
      }
      if (c.resources?.limits) need(typeof c.resources.limits.memory === 'string', `${where} memory limit`);
    }
  };
  const selected = (spec: any): void => {
    const match = spec?.selector?.matchLabels;
    need(match && Object.keys(match).length > 0, 'spec.selector.matchLabels');
    for (const [k, v] of Object.entries(match ?? {})) need(spec.template?.metadata?.labels?.[k] === v, `template label ${k} matches the selector`);
  };
  switch (d.kind) {
    case 'Deployment':
      need(Number.isInteger(d.spec?.replicas), 'spec.replicas');
      selected(d.spec);
      podSpec(d.spec?.template?.spec, 'Deployment');
      break;
    case 'StatefulSet':
      need(typeof d.spec?.serviceName === 'string', 'spec.serviceName');
      selected(d.spec);
      podSpec(d.spec?.template?.spec, 'StatefulSet');
      break;
    case 'Job':
      need(['Never', 'OnFailure'].includes(d.spec?.template?.spec?.restartPolicy), 'Job restartPolicy Never/OnFailure');
      podSpec(d.spec?.template?.spec, 'Job');
      break;
    case 'PodDisruptionBudget':
      need((d.spec?.minAvailable === undefined) !== (d.spec?.maxUnavailable === undefined), 'exactly one of minAvailable/maxUnavailable');
      need(d.spec?.selector?.matchLabels, 'spec.selector');
      break;
    case 'Service':
      need(Array.isArray(d.spec?.ports) && d.spec.ports.every((p: any) => Number.isInteger(p.port)), 'spec.ports[].port');
      break;
    case 'ConfigMap':
      for (const [k, v] of Object.entries(d.data ?? {})) need(typeof v === 'string', `data.${k} must be a string`);
      break;
    default:
      out.push(`unexpected kind ${d.kind}`);
  }
  return out;
}
/* eslint-enable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-call */

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
    expect(Object.keys(compose.services).sort()).toEqual([...SERVICE_LIST.map((s) => s.name), 'migrate', 'nats-1', 'nats-2', 'nats-3', 'postgres', 'provision'].sort());
    const vars = knownVariables();
    for (const [name, service] of Object.entries(compose.services)) {
      for (const entry of commandsOf(service.command)) expect(ENTRY_POINTS).toContain(entry);
      if (name.startsWith('nats') || name === 'postgres') continue;
      for (const key of Object.keys(service.environment ?? {}).filter((k) => k !== '<<')) expect({ service: name, key, known: vars.has(key) || PROVISION_VARIABLES.includes(key) }).toEqual({ service: name, key, known: true });
      for (const dep of Object.keys(service.depends_on ?? {})) expect(Object.keys(compose.services)).toContain(dep);
    }
    for (const key of Object.keys(compose['x-service-env'])) expect(vars.has(key)).toBe(true);
  });

  it('should render the Helm chart into valid Kubernetes objects for every service', () => {
    const docs = renderedChart();
    for (const d of docs) expect({ object: `${d.kind}/${d.metadata?.name}`, problems: problemsOf(d) }).toEqual({ object: `${d.kind}/${d.metadata?.name}`, problems: [] });
    const named = (kind: string): string[] => docs.filter((d) => d.kind === kind).map((d) => d.metadata.name).sort();
    const processes = SERVICE_LIST.map((s) => `ladder-${s.name}`).sort();
    expect(named('Deployment')).toEqual(processes);
    expect(named('PodDisruptionBudget')).toEqual([...processes, 'ladder-nats'].sort());
    expect(named('Job')).toEqual([...SERVICE_LIST.map((s) => `ladder-${s.name}-migrate`), 'ladder-jetstream-provision'].sort());
    expect(named('StatefulSet')).toEqual(['ladder-nats']);
    // No secret values in the chart: Secrets are referenced, never created.
    expect(named('Secret')).toEqual([]);
    const config = docs.find((d) => d.kind === 'ConfigMap' && d.metadata.name === 'ladder-config');
    expect(config?.data?.['GATEWAY_SERVICES']).toBe(SERVICES.join(','));
    const vars = knownVariables();
    for (const key of Object.keys(config?.data ?? {})) expect(vars.has(key)).toBe(true);
    for (const d of docs) for (const entry of commandsOf(d)) expect(ENTRY_POINTS).toContain(entry);
  });

  it('should run every service in replicas with probes on its health check, and migrate it in a hook Job', () => {
    const docs = renderedChart();
    for (const s of SERVICE_LIST) {
      const deployment = docs.find((d) => d.kind === 'Deployment' && d.metadata.name === `ladder-${s.name}`)!;
      expect(deployment.spec.replicas).toBeGreaterThanOrEqual(2);
      const container = deployment.spec.template.spec.containers[0]!;
      for (const probe of ['readinessProbe', 'livenessProbe', 'startupProbe']) expect(container[probe]).toBeDefined();
      const readiness = JSON.stringify(container['readinessProbe']);
      expect(readiness).toContain(s.kind === 'gateway' ? '/api/health' : `"dist/tools/ops/health-probe.js","${s.name}"`);
      const job = docs.find((d) => d.kind === 'Job' && d.metadata.name === `ladder-${s.name}-migrate`)!;
      expect(job.metadata.annotations?.['helm.sh/hook']).toBe('pre-install,pre-upgrade');
      expect(commandsOf(job)).toEqual([`dist/apps/${s.name}/migrate.js`]);
      const pdb = docs.find((d) => d.kind === 'PodDisruptionBudget' && d.metadata.name === `ladder-${s.name}`)!;
      expect(pdb.spec.selector.matchLabels).toEqual(deployment.spec.selector.matchLabels);
      // A service's own secrets come from its own Secret (e.g. ladder-talent), never from the shared ones.
      if (s.secrets.length > 0) expect(JSON.stringify(container['envFrom'])).toContain(`"name":"ladder-${s.name}"`);
    }
  });

  it('should leave NATS out when the platform provides it (nats.enabled=false)', () => {
    const docs = renderedChart({ nats: { enabled: false }, config: { natsUrl: 'nats://nats.messaging.svc:4222' } });
    expect(docs.filter((d) => d.metadata.name.startsWith('ladder-nats'))).toEqual([]);
    expect(docs.find((d) => d.kind === 'ConfigMap')?.data?.['NATS_URL']).toBe('nats://nats.messaging.svc:4222');
  });

  it('should keep deploy/k8s/sme-ladder.yaml equal to the chart rendered with its defaults', () => {
    const plain = parseAllDocuments(read('deploy/k8s/sme-ladder.yaml')).map((d) => d.toJS() as unknown).filter(Boolean);
    expect(plain).toEqual(renderedChart());
  });

  it('should have NATS cluster configs that nats-server accepts, with JetStream on file storage and two routes each', () => {
    const chartConfig = renderedChart().find((d) => d.kind === 'ConfigMap' && d.metadata.name === 'ladder-nats-config')?.data?.['nats.conf'];
    expect(chartConfig).toBeDefined();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ladder-nats-conf-'));
    try {
      const files: [string, string][] = [
        ...[1, 2, 3].map((i): [string, string] => [`deploy/nats/cluster/nats-${i}.conf`, read(`deploy/nats/cluster/nats-${i}.conf`)]),
        ['chart: nats.conf', chartConfig!],
      ];
      for (const [name, text] of files) {
        expect(text).toMatch(/jetstream \{[^}]*store_dir: "\/data\/jetstream"/);
        expect(text.match(/nats-route:\/\//g)?.length).toBeGreaterThanOrEqual(2);
        const file = path.join(dir, `${path.basename(name).replace(/\W+/g, '-')}.conf`);
        fs.writeFileSync(file, text);
        const r = spawnSync('nats-server', ['--config', file, '-t'], { encoding: 'utf8', env: { ...process.env, POD_NAME: 'ladder-nats-0' } });
        expect({ name, status: r.status, output: r.status === 0 ? '' : `${r.stdout}${r.stderr}` }).toEqual({ name, status: 0, output: '' });
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
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
