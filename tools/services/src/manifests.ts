/**
 * Files derived from the service list (libs/contracts/src/lib/system/services.ts): the JSON the Node tools and
 * the lint config read, the deploy manifests and the Nx dependencies of the system tests and benches.
 * `npm run services:generate` writes them; a test fails when one is stale.
 */
import * as path from 'node:path';

import type { ServiceDeclaration } from '@ladder/contracts';

import { CHART_DIR, composeNatsConfigs, helmFiles } from './helm';
import { renderChart } from './helm-render';

export type ServiceList = readonly ServiceDeclaration[];

/** Paths of the bundles a process is made of. */
export const bundle = (name: string, entry: string): string => `dist/apps/${name}/${entry}.js`;

const services = (list: ServiceList): ServiceDeclaration[] => list.filter((s) => s.kind === 'service');
const gatewayOf = (list: ServiceList): ServiceDeclaration => {
  const gateway = list.find((s) => s.kind === 'gateway');
  if (!gateway) throw new Error('the service list has no gateway');
  return gateway;
};
const migrateCommands = (list: ServiceList): string => list.map((s) => `node ${bundle(s.name, 'migrate')}`).join(' && ');

/** `tools/stack/services.json`: the list for plain-Node tools (launcher, bench runner) and eslint.config.mjs. */
export function servicesJson(list: ServiceList): string {
  const doc = {
    $comment: 'Generated from libs/contracts/src/lib/system/services.ts by `npm run services:generate`; a test fails when it is stale. Do not edit.',
    services: list.map((s) => ({
      name: s.name,
      kind: s.kind,
      title: s.title,
      stream: s.stream?.name ?? null,
      healthSubject: s.kind === 'service' ? `${s.name}.health.ping` : null,
      envPrefix: s.envPrefix,
      databaseUrlVariable: `${s.envPrefix}_DATABASE_URL`,
      consoleSection: s.consoleSection,
      httpPort: s.httpPort,
      main: bundle(s.name, 'main'),
      migrate: bundle(s.name, 'migrate'),
      firstRun: s.firstRun.map((b) => bundle(s.name, b)),
    })),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** `deploy/compose/docker-compose.yml`. */
export function composeFile(list: ServiceList): string {
  const gateway = gatewayOf(list);
  const serviceBlocks = services(list).map(
    (s) => `  ${s.name}:
    image: sme-ladder:latest
    command: ["node", "${bundle(s.name, 'main')}"]
${
  s.secrets.length === 0
    ? '    environment: *service-env\n'
    : `    environment:\n      <<: *service-env\n${s.secrets.map((v) => `      ${v}: \${${v}:?set ${v}}\n`).join('')}`
}    depends_on:
      migrate: { condition: service_completed_successfully }
      provision: { condition: service_completed_successfully }
    restart: unless-stopped
`,
  );
  const port = gateway.httpPort ?? 8080;
  const natsNodes = Object.keys(composeNatsConfigs()).map((f) => path.basename(f, '.conf'));
  return `# One host: a 3-node NATS cluster with JetStream (file storage, streams R3; deploy/nats/cluster/*.conf, the nodes
# answer together as \`nats\`), PostgreSQL (one schema per service), migrations and provisioning as one-shot jobs,
# then the services. For several hosts use the Helm chart (deploy/helm/sme-ladder). Validated by the test suite
# (no Docker engine on the build machine).
# Generated from libs/contracts/src/lib/system/services.ts by \`npm run services:generate\`. Do not edit.
name: sme-ladder

x-service-env: &service-env
  NATS_URL: nats://nats:4222
  DATABASE_URL: postgres://ladder:\${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD}@postgres:5432/ladder
  DATA_DIR: /tmp/ladder
  LOG_LEVEL: log

services:
${natsNodes
  .map(
    (n) => `  ${n}:
    image: nats:2.10-alpine
    command: ["--config", "/etc/nats/nats.conf"]
    volumes: ["../nats/cluster/${n}.conf:/etc/nats/nats.conf:ro", "${n}-data:/data"]
    networks: { default: { aliases: [nats] } }
    healthcheck:
      test: ["CMD", "wget", "-qO-", "http://localhost:8222/healthz?js-enabled-only=true"]
      interval: 5s
      retries: 20
`,
  )
  .join('\n')}
  postgres:
    image: postgres:15
    environment:
      POSTGRES_DB: ladder
      POSTGRES_USER: ladder
      POSTGRES_PASSWORD: \${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD}
    volumes: ["pg-data:/var/lib/postgresql/data"]
    healthcheck:
      test: ["CMD", "pg_isready", "-U", "ladder"]
      interval: 5s
      retries: 10

  provision:
    image: sme-ladder:latest
    build: { context: ../.., dockerfile: deploy/docker/Dockerfile }
    command: ["node", "dist/tools/ops/provision.js", "deploy/nats/bureaus.json"]
    environment:
      <<: *service-env
      JETSTREAM_REPLICAS: "3"
    depends_on:
${natsNodes.map((n) => `      ${n}: { condition: service_healthy }\n`).join('')}
    restart: "no"

  migrate:
    image: sme-ladder:latest
    command: ["sh", "-c", "${migrateCommands(list)}"]
    environment: *service-env
    depends_on: { postgres: { condition: service_healthy } }
    restart: "no"

${serviceBlocks.join('\n')}
  ${gateway.name}:
    image: sme-ladder:latest
    command: ["node", "${bundle(gateway.name, 'main')}"]
    environment:
      <<: *service-env
      PORT: "${port}"
      JWT_SECRET: \${JWT_SECRET:?set JWT_SECRET (32+ characters)}
      CONSOLE_DIR: dist/apps/console
      GATEWAY_SERVICES: ${services(list).map((s) => s.name).join(',')}
    ports: ["${port}:${port}"]
    depends_on:
      migrate: { condition: service_completed_successfully }
${services(list)
  .map((s) => `      ${s.name}: { condition: service_started }\n`)
  .join('')}    healthcheck:
      test: ["CMD", "node", "-e", "fetch('http://localhost:${port}/api/health').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"]
      interval: 10s
      retries: 5
    restart: unless-stopped

volumes:
${natsNodes.map((n) => `  ${n}-data: {}\n`).join('')}  pg-data: {}
`;
}

/**
 * `deploy/k8s/sme-ladder.yaml`: the chart rendered with its default values, for `kubectl apply` without Helm (the
 * hook Jobs then run next to the Deployments; the services wait for them).
 */
export function kubernetesFile(list: ServiceList): string {
  const ownSecrets = services(list)
    .filter((s) => s.secrets.length > 0)
    .map((s) => `, \`ladder-${s.name}\` (${s.secrets.join(', ')})`)
    .join('');
  return `# The Helm chart deploy/helm/sme-ladder rendered with its default values (release "ladder"), for kubectl apply.
# PostgreSQL is external: secrets \`ladder-db\` (DATABASE_URL), \`ladder-auth\` (JWT_SECRET)${ownSecrets} must exist.
# Generated from libs/contracts/src/lib/system/services.ts by \`npm run services:generate\`. Do not edit.
${renderChart(helmFiles(list), CHART_DIR)}`;
}

/** Nx projects built for a deployment: every process, the ops bundles and the console. */
export const buildProjects = (list: ServiceList): string[] => [...list.map((s) => s.name), 'ops', 'console'];

/** `deploy/docker/Dockerfile`. */
export function dockerfile(list: ServiceList): string {
  const gateway = gatewayOf(list);
  const example = [bundle(services(list)[0]?.name ?? gateway.name, 'main'), bundle(gateway.name, 'main'), bundle(services(list)[0]?.name ?? gateway.name, 'migrate')];
  return `# One image for every service of SME Ladder (the command selects the service).
# Build: docker build -f deploy/docker/Dockerfile -t sme-ladder .
# Generated from libs/contracts/src/lib/system/services.ts by \`npm run services:generate\`. Do not edit.
FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json .npmrc ./
COPY apps apps
COPY libs libs
COPY tools tools
COPY test test
COPY nx.json tsconfig.base.json tsconfig.build.json tsconfig.tools.json jest.preset.cjs eslint.config.mjs ./
RUN npm ci --no-audit --no-fund
RUN NX_DAEMON=false NX_NO_CLOUD=true npx nx run-many -t build --projects=${buildProjects(list).join(',')}
RUN npm prune --omit=dev

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app/node_modules node_modules
COPY --from=build /app/dist dist
COPY --from=build /app/package.json package.json
COPY deploy/nats deploy/nats
USER node
EXPOSE ${gateway.httpPort ?? 8080}
# e.g. ${example.map((b) => `node ${b}`).join(' | ')}
CMD ["node", "${bundle(gateway.name, 'main')}"]
`;
}

/**
 * An Nx project.json with `implicitDependencies` set to the given projects (the system tests need every process
 * built; the benches every service and the gateway). Other fields are kept as they are.
 */
export function withImplicitDependencies(projectJson: string, projects: readonly string[]): string {
  const project = JSON.parse(projectJson) as Record<string, unknown>;
  project['implicitDependencies'] = [...projects];
  return `${JSON.stringify(project, null, 2)}\n`;
}

/** Every file derived from the list, path → content; `read` gives a current file (for the project.json files). */
export function derivedFiles(list: ServiceList, read: (file: string) => string): Record<string, string> {
  return {
    'tools/stack/services.json': servicesJson(list),
    'deploy/compose/docker-compose.yml': composeFile(list),
    'deploy/k8s/sme-ladder.yaml': kubernetesFile(list),
    'deploy/docker/Dockerfile': dockerfile(list),
    ...helmFiles(list),
    ...composeNatsConfigs(),
    'test/project.json': withImplicitDependencies(read('test/project.json'), buildProjects(list)),
    'bench/project.json': withImplicitDependencies(read('bench/project.json'), list.map((s) => s.name)),
  };
}
