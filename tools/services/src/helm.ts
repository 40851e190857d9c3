/**
 * The Helm chart `deploy/helm/sme-ladder`, derived from the service list: values with one entry per process, one
 * template per process (its migration Job as a pre-install/pre-upgrade hook, its Deployment with probes, its
 * PodDisruptionBudget), the shared configuration, the JetStream provisioning hook and an optional 3-node NATS
 * cluster (JetStream, file storage, streams R3). A new service gets its part with `npm run services:generate`.
 *
 * The templates use a small subset of Helm's template language — `{{ .Values.a.b }}`, `| quote`, `.Release.Name`,
 * `.Chart.Version`/`.Chart.AppVersion` and `{{- if .Values.a.b }} … {{- end }}` — so that the test suite can render
 * them without Helm (tools/services/src/helm-render.ts); `helm template` renders the same output.
 */
import type { ServiceDeclaration } from '@ladder/contracts';

import { bundle } from './manifests';
import type { ServiceList } from './manifests';

export const CHART_DIR = 'deploy/helm/sme-ladder';
const GENERATED = 'Generated from libs/contracts/src/lib/system/services.ts by `npm run services:generate`. Do not edit.';

/** The key of a process under `.Values.services` (Go templates cannot address `a-b` with a dot). */
export const valuesKey = (name: string): string => name.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());

const services = (list: ServiceList): ServiceDeclaration[] => list.filter((s) => s.kind === 'service');
const gatewayOf = (list: ServiceList): ServiceDeclaration => {
  const gateway = list.find((s) => s.kind === 'gateway');
  if (!gateway) throw new Error('the service list has no gateway');
  return gateway;
};
/** Every process runs at least two replicas (relays and background rounds take turns on PostgreSQL). */
const replicasOf = (s: ServiceDeclaration): number => Math.max(2, s.deployment.replicas);

const labels = (name: string, component: string): string =>
  `app.kubernetes.io/name: ${name}, app.kubernetes.io/component: ${component}, app.kubernetes.io/part-of: sme-ladder, app.kubernetes.io/instance: {{ .Release.Name | quote }}`;

export function chartYaml(): string {
  return `# ${GENERATED}
apiVersion: v2
name: sme-ladder
description: 三明市优质中小企业梯度培育平台 — every service in replicas on NATS JetStream and an external PostgreSQL
type: application
version: 0.1.0
appVersion: "0.1.0"
`;
}

export function valuesYaml(list: ServiceList): string {
  const gateway = gatewayOf(list);
  const entry = (s: ServiceDeclaration): string => `  ${valuesKey(s.name)}:
    # ${s.title}${s.deployment.note ? ` — ${s.deployment.note}; replicas take turns on PostgreSQL` : ''}
    replicas: ${replicasOf(s)}
    minAvailable: 1
    memoryRequest: ${s.deployment.memoryRequest}
    memoryLimit: ${s.deployment.memoryLimit}
    cpuRequest: 100m
`;
  const ownSecrets = services(list).filter((s) => s.secrets.length > 0);
  return `# ${GENERATED}
# No secret values here: the Secrets named below must exist in the namespace before \`helm install\`
# (see deploy/helm/sme-ladder/README.md).
image:
  repository: registry.sanming.example/sme-ladder
  tag: "0.1.0"
  pullPolicy: IfNotPresent

config:
  # Every process reaches NATS here; with nats.enabled the chart's own 3-node cluster.
  natsUrl: nats://ladder-nats:4222
  logLevel: log
  dataDir: /tmp/ladder
  gatewayServices: ${services(list).map((s) => s.name).join(',')}

secrets:
  # DATABASE_URL (postgres://…, one schema per service) or <SERVICE>_DATABASE_URL per service: PostgreSQL is an
  # external dependency, given by URL.
  database: ladder-db
  # JWT_SECRET (32+ characters), read by the gateway.
  auth: ladder-auth
${ownSecrets.map((s) => `  # ${s.secrets.join(', ')}, read by ${s.name} only.\n  ${valuesKey(s.name)}: ladder-${s.name}\n`).join('')}
jetstream:
  # Streams are provisioned with this many replicas (R3: each fact on three nodes; one node may be lost).
  streamReplicas: 3
  # Other bureaus' durable consumers, applied with the streams (deploy/nats/bureaus.json in the image).
  bureausFile: deploy/nats/bureaus.json

nats:
  # A 3-node NATS cluster with JetStream (file storage). Set false to use the platform team's NATS at config.natsUrl.
  enabled: true
  image: nats:2.10-alpine
  storage: 10Gi
  maxFileStore: 8Gi
  memoryLimit: 1Gi

services:
${services(list).map(entry).join('')}${entry(gateway)}`;
}

/** The hook Job that migrates one process's database schema before the new version's pods start. */
function migrationJob(s: ServiceDeclaration): string {
  const key = valuesKey(s.name);
  return `---
# The schema of ${s.name} (${s.title}), migrated before the pods of a new release start.
apiVersion: batch/v1
kind: Job
metadata:
  name: ladder-${s.name}-migrate
  labels: { ${labels(s.name, 'migration')} }
  annotations:
    helm.sh/hook: pre-install,pre-upgrade
    helm.sh/hook-weight: "0"
    helm.sh/hook-delete-policy: before-hook-creation,hook-succeeded
spec:
  backoffLimit: 3
  activeDeadlineSeconds: 600
  template:
    metadata:
      labels: { ${labels(s.name, 'migration')} }
    spec:
      restartPolicy: Never
      containers:
        - name: migrate
          image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"
          imagePullPolicy: {{ .Values.image.pullPolicy }}
          command: ["node", "${bundle(s.name, 'migrate')}"]
          env:
            - { name: NATS_URL, value: {{ .Values.config.natsUrl | quote }} }
            - { name: DATA_DIR, value: {{ .Values.config.dataDir | quote }} }
            - { name: LOG_LEVEL, value: {{ .Values.config.logLevel | quote }} }
          envFrom:
            - secretRef: { name: {{ .Values.secrets.database }} }
          resources:
            requests: { cpu: 100m, memory: {{ .Values.services.${key}.memoryRequest }} }
            limits: { memory: {{ .Values.services.${key}.memoryLimit }} }
`;
}

function pdb(s: ServiceDeclaration): string {
  return `---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: ladder-${s.name}
  labels: { ${labels(s.name, 'pdb')} }
spec:
  minAvailable: {{ .Values.services.${valuesKey(s.name)}.minAvailable }}
  selector:
    matchLabels: { app.kubernetes.io/name: ${s.name}, app.kubernetes.io/component: server }
`;
}

function deployment(s: ServiceDeclaration, body: string): string {
  const key = valuesKey(s.name);
  return `---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: ladder-${s.name}
  labels: { ${labels(s.name, 'server')} }
spec:
  replicas: {{ .Values.services.${key}.replicas }}
  strategy: { type: RollingUpdate, rollingUpdate: { maxUnavailable: 0, maxSurge: 1 } }
  selector:
    matchLabels: { app.kubernetes.io/name: ${s.name}, app.kubernetes.io/component: server }
  template:
    metadata:
      labels: { ${labels(s.name, 'server')} }
    spec:
      terminationGracePeriodSeconds: 30
      securityContext: { runAsNonRoot: true, runAsUser: 1000 }
      containers:
        - name: ${s.name}
          image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"
          imagePullPolicy: {{ .Values.image.pullPolicy }}
          command: ["node", "${bundle(s.name, 'main')}"]
${body}          resources:
            requests: { cpu: {{ .Values.services.${key}.cpuRequest }}, memory: {{ .Values.services.${key}.memoryRequest }} }
            limits: { memory: {{ .Values.services.${key}.memoryLimit }} }
`;
}

/** `templates/<service>.yaml`: migration Job, Deployment (NATS health probes), PodDisruptionBudget. */
export function serviceTemplate(s: ServiceDeclaration): string {
  const probe = (live: boolean): string =>
    `exec: { command: ["node", "dist/tools/ops/health-probe.js", "${s.name}"${live ? ', "--live"' : ''}] }`;
  const body = `          envFrom:
            - configMapRef: { name: ladder-config }
            - secretRef: { name: {{ .Values.secrets.database }} }
${s.secrets.length === 0 ? '' : `            - secretRef: { name: {{ .Values.secrets.${valuesKey(s.name)} }} }\n`}          # The service speaks NATS only: its probes ask ${s.name}.health.ping (tools/ops/src/health-probe.ts).
          startupProbe:
            ${probe(true)}
            periodSeconds: 5
            timeoutSeconds: 10
            failureThreshold: 24
          readinessProbe:
            ${probe(false)}
            periodSeconds: 15
            timeoutSeconds: 10
            failureThreshold: 2
          livenessProbe:
            ${probe(true)}
            periodSeconds: 30
            timeoutSeconds: 10
            failureThreshold: 4
`;
  return `# ${s.name} (${s.title}). ${GENERATED}\n${migrationJob(s)}${deployment(s, body)}${pdb(s)}`;
}

/** `templates/<gateway>.yaml`: migration Job, Deployment (HTTP probes; it also serves the console), Service, PDB. */
export function gatewayTemplate(g: ServiceDeclaration): string {
  const port = g.httpPort ?? 8080;
  const body = `          ports: [{ containerPort: ${port}, name: http }]
          env:
            - { name: PORT, value: "${port}" }
            # The console's static files are in the image; the gateway serves them next to /api.
            - { name: CONSOLE_DIR, value: dist/apps/console }
          envFrom:
            - configMapRef: { name: ladder-config }
            - secretRef: { name: {{ .Values.secrets.database }} }
            - secretRef: { name: {{ .Values.secrets.auth }} }
          startupProbe:
            tcpSocket: { port: http }
            periodSeconds: 5
            failureThreshold: 24
          # /api/health answers within a second and names the degraded parts; 200 only when NATS and every service answer.
          readinessProbe:
            httpGet: { path: /api/health, port: http }
            periodSeconds: 10
            timeoutSeconds: 3
            failureThreshold: 3
          livenessProbe:
            tcpSocket: { port: http }
            periodSeconds: 20
            failureThreshold: 3
`;
  return `# ${g.name} (${g.title}) and the console. ${GENERATED}
${migrationJob(g)}${deployment(g, body)}---
apiVersion: v1
kind: Service
metadata:
  name: ladder-${g.name}
  labels: { ${labels(g.name, 'server')} }
spec:
  selector: { app.kubernetes.io/name: ${g.name}, app.kubernetes.io/component: server }
  ports: [{ name: http, port: 80, targetPort: http }]
${pdb(g)}`;
}

/** `templates/config.yaml` and the JetStream provisioning hook (before the migrations). */
export function configTemplate(list: ServiceList): string {
  return `# Shared configuration and JetStream provisioning. ${GENERATED}
apiVersion: v1
kind: ConfigMap
metadata:
  name: ladder-config
  labels: { app.kubernetes.io/part-of: sme-ladder, app.kubernetes.io/instance: {{ .Release.Name | quote }} }
data:
  NATS_URL: {{ .Values.config.natsUrl | quote }}
  DATA_DIR: {{ .Values.config.dataDir | quote }}
  LOG_LEVEL: {{ .Values.config.logLevel | quote }}
  GATEWAY_SERVICES: {{ .Values.config.gatewayServices | quote }}
---
# Streams (from libs/contracts), our durable consumers and the bureaus' consumers, created or updated before the
# migrations and the pods of ${list.length} processes; streams get jetstream.streamReplicas replicas.
apiVersion: batch/v1
kind: Job
metadata:
  name: ladder-jetstream-provision
  labels: { app.kubernetes.io/name: jetstream, app.kubernetes.io/component: provision, app.kubernetes.io/part-of: sme-ladder }
  annotations:
    helm.sh/hook: post-install,pre-upgrade
    helm.sh/hook-weight: "-5"
    helm.sh/hook-delete-policy: before-hook-creation,hook-succeeded
spec:
  backoffLimit: 10
  activeDeadlineSeconds: 900
  template:
    metadata:
      labels: { app.kubernetes.io/name: jetstream, app.kubernetes.io/component: provision, app.kubernetes.io/part-of: sme-ladder }
    spec:
      restartPolicy: OnFailure
      containers:
        - name: provision
          image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"
          imagePullPolicy: {{ .Values.image.pullPolicy }}
          command: ["node", "dist/tools/ops/provision.js", {{ .Values.jetstream.bureausFile | quote }}]
          env:
            - { name: NATS_URL, value: {{ .Values.config.natsUrl | quote }} }
            - { name: JETSTREAM_REPLICAS, value: {{ .Values.jetstream.streamReplicas | quote }} }
          resources:
            requests: { cpu: 50m, memory: 128Mi }
            limits: { memory: 256Mi }
`;
}

/**
 * The NATS server configuration of a cluster node. `routes` are the other nodes; `storeDir` the JetStream file
 * store. The same text is used by the chart (server name from the pod name) and by compose (deploy/nats/cluster).
 */
export function natsClusterConfig(o: { serverName: string; routes: readonly string[]; storeDir: string; maxFileStore: string; comment: string }): string {
  return `# ${o.comment}
# ${GENERATED}
server_name: ${o.serverName}
port: 4222
http_port: 8222
max_payload: 1MB
lame_duck_duration: 30s

jetstream {
  store_dir: "${o.storeDir}"
  max_memory_store: 256MB
  max_file_store: ${o.maxFileStore}
  # Durability (deploy/helm/sme-ladder/README.md): streams are R3, a publish is acknowledged once two of three nodes
  # hold it. The file store is flushed to disk on the server's default interval (2 min; nats-server 2.9 has no
  # setting for it). A process crash or kill -9 of any number of nodes loses nothing (the data is in the kernel's
  # page cache); a power loss of two of three nodes within the interval can lose up to its last 2 minutes of
  # acknowledged facts. On nats-server ≥ 2.10 add \`sync_interval: always\` here to close that window (each write is
  # fsynced; lower throughput).
}

cluster {
  name: ladder
  port: 6222
  routes: [
${o.routes.map((r) => `    ${r}`).join('\n')}
  ]
  connect_retries: 120
}
`;
}

export const NATS_NODES = 3;

/** `templates/nats.yaml`: headless + client Services, the config, a 3-node StatefulSet and its PDB. */
export function natsTemplate(): string {
  const routes = Array.from({ length: NATS_NODES }, (_, i) => `nats-route://ladder-nats-${i}.ladder-nats-cluster:6222`);
  const config = natsClusterConfig({
    serverName: '$POD_NAME',
    routes,
    storeDir: '/data/jetstream',
    maxFileStore: '{{ .Values.nats.maxFileStore }}',
    comment: 'One node of the 3-node NATS cluster (server name from the pod name).',
  })
    .split('\n')
    .map((line) => (line ? `    ${line}` : line))
    .join('\n');
  return `{{- if .Values.nats.enabled }}
# A 3-node NATS cluster with JetStream (file storage, streams R3). ${GENERATED}
apiVersion: v1
kind: ConfigMap
metadata:
  name: ladder-nats-config
  labels: { app.kubernetes.io/name: nats, app.kubernetes.io/part-of: sme-ladder }
data:
  nats.conf: |
${config}---
apiVersion: v1
kind: Service
metadata:
  name: ladder-nats-cluster
  labels: { app.kubernetes.io/name: nats, app.kubernetes.io/part-of: sme-ladder }
spec:
  clusterIP: None
  publishNotReadyAddresses: true
  selector: { app.kubernetes.io/name: nats, app.kubernetes.io/component: server }
  ports: [{ name: cluster, port: 6222 }, { name: client, port: 4222 }, { name: monitor, port: 8222 }]
---
apiVersion: v1
kind: Service
metadata:
  name: ladder-nats
  labels: { app.kubernetes.io/name: nats, app.kubernetes.io/part-of: sme-ladder }
spec:
  selector: { app.kubernetes.io/name: nats, app.kubernetes.io/component: server }
  ports: [{ name: client, port: 4222 }]
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: ladder-nats
  labels: { app.kubernetes.io/name: nats, app.kubernetes.io/component: server, app.kubernetes.io/part-of: sme-ladder }
spec:
  serviceName: ladder-nats-cluster
  replicas: ${NATS_NODES}
  podManagementPolicy: Parallel
  selector:
    matchLabels: { app.kubernetes.io/name: nats, app.kubernetes.io/component: server }
  template:
    metadata:
      labels: { app.kubernetes.io/name: nats, app.kubernetes.io/component: server, app.kubernetes.io/part-of: sme-ladder }
    spec:
      terminationGracePeriodSeconds: 60
      affinity:
        podAntiAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
            - topologyKey: kubernetes.io/hostname
              labelSelector: { matchLabels: { app.kubernetes.io/name: nats, app.kubernetes.io/component: server } }
      containers:
        - name: nats
          image: {{ .Values.nats.image }}
          args: ["--config", "/etc/nats/nats.conf"]
          env:
            - name: POD_NAME
              valueFrom: { fieldRef: { fieldPath: metadata.name } }
          ports: [{ containerPort: 4222, name: client }, { containerPort: 6222, name: cluster }, { containerPort: 8222, name: monitor }]
          volumeMounts:
            - { name: config, mountPath: /etc/nats }
            - { name: data, mountPath: /data }
          startupProbe:
            httpGet: { path: /healthz, port: monitor }
            periodSeconds: 5
            failureThreshold: 60
          readinessProbe:
            httpGet: { path: "/healthz?js-enabled-only=true", port: monitor }
            periodSeconds: 10
          livenessProbe:
            httpGet: { path: "/healthz?js-enabled-only=true", port: monitor }
            periodSeconds: 30
            failureThreshold: 3
          resources:
            requests: { cpu: 100m, memory: 256Mi }
            limits: { memory: {{ .Values.nats.memoryLimit }} }
      volumes:
        - name: config
          configMap: { name: ladder-nats-config }
  volumeClaimTemplates:
    - metadata: { name: data }
      spec:
        accessModes: [ReadWriteOnce]
        resources: { requests: { storage: {{ .Values.nats.storage }} } }
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: ladder-nats
  labels: { app.kubernetes.io/name: nats, app.kubernetes.io/part-of: sme-ladder }
spec:
  # Two of three nodes keep the JetStream quorum: never drain more than one at a time.
  maxUnavailable: 1
  selector:
    matchLabels: { app.kubernetes.io/name: nats, app.kubernetes.io/component: server }
{{- end }}
`;
}

/** The compose cluster's node configs: deploy/nats/cluster/nats-<i>.conf (service names nats-1 … nats-3). */
export function composeNatsConfigs(): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 1; i <= NATS_NODES; i++) {
    out[`deploy/nats/cluster/nats-${i}.conf`] = natsClusterConfig({
      serverName: `nats-${i}`,
      routes: Array.from({ length: NATS_NODES }, (_, k) => k + 1)
        .filter((k) => k !== i)
        .map((k) => `nats-route://nats-${k}:6222`),
      storeDir: '/data/jetstream',
      maxFileStore: '8GB',
      comment: `Node ${i} of the 3-node NATS cluster of deploy/compose (JetStream, file storage, streams R3).`,
    });
  }
  return out;
}

/** Every chart file, path → content. */
export function helmFiles(list: ServiceList): Record<string, string> {
  const files: Record<string, string> = {
    [`${CHART_DIR}/Chart.yaml`]: chartYaml(),
    [`${CHART_DIR}/values.yaml`]: valuesYaml(list),
    [`${CHART_DIR}/templates/config.yaml`]: configTemplate(list),
    [`${CHART_DIR}/templates/nats.yaml`]: natsTemplate(),
  };
  for (const s of services(list)) files[`${CHART_DIR}/templates/${s.name}.yaml`] = serviceTemplate(s);
  const gateway = gatewayOf(list);
  files[`${CHART_DIR}/templates/${gateway.name}.yaml`] = gatewayTemplate(gateway);
  return files;
}
