/**
 * The one list of SME Ladder's deployable processes. Everything else that names services derives from it: the
 * launcher (`npm start`), the test stack, migrations, the bench runner, the gateway's health report and its
 * GATEWAY_SERVICES default, event sources, JetStream streams, lint boundaries, the deploy manifests
 * (`npm run services:generate`) and the console's menu sections — and tests fail when one of them disagrees.
 *
 * Add a service with `npm run new:service -- <name>`: it creates `apps/<name>` and adds its line below.
 * Plain data without imports: safe in the browser, in Node tools (through the generated
 * `tools/stack/services.json`) and in `eslint.config.mjs`.
 */

/** How a process is reached: a NATS service (request/reply + its own stream), or the HTTP edge. */
export type ServiceKind = 'service' | 'gateway';

export interface ServiceDeployment {
  /** Production replicas; services run one (one outbox relay, consumer set and worker per database, ADR 0002). */
  readonly replicas: number;
  readonly memoryRequest: string;
  readonly memoryLimit: string;
  /** Why the replica count is what it is (a comment in the manifests). */
  readonly note?: string;
}

export interface ServiceDeclaration<N extends string = string, K extends ServiceKind = ServiceKind> {
  /** kebab-case: Nx project, `apps/<name>`, NATS queue group, subject domain, PostgreSQL schema, SQLite file. */
  readonly name: N;
  readonly kind: K;
  /** What users call it (zh-CN). */
  readonly title: string;
  /** JetStream stream of the service's facts (`null` for the gateway, which owns no business facts). */
  readonly stream: { readonly name: string; readonly description: string } | null;
  /** Prefix of the service's own variables: `<PREFIX>_DATABASE_URL` selects its PostgreSQL database. */
  readonly envPrefix: string;
  /** Key of the service's group in the console menu (`apps/console/src/layouts/menu.ts`); `null`: no pages yet. */
  readonly consoleSection: string | null;
  /** HTTP port (the gateway only; services speak NATS). */
  readonly httpPort: number | null;
  /**
   * Bundles the embedded stack (launcher, test stack) runs after the migrations, in order
   * (`dist/apps/<name>/<bundle>.js`): first-run demo data, never part of a production deployment.
   */
  readonly firstRun: readonly string[];
  /**
   * Secret variables of this service only (e.g. a data-encryption key): the deploy manifests require them for this
   * service alone (compose: `${VAR:?…}`; Kubernetes: the secret `ladder-<name>`), never in the shared environment.
   */
  readonly secrets: readonly string[];
  readonly deployment: ServiceDeployment;
}

interface DeclareOptions {
  readonly title: string;
  readonly stream?: { readonly name: string; readonly description: string };
  readonly consoleSection?: string;
  readonly httpPort?: number;
  readonly firstRun?: readonly string[];
  readonly secrets?: readonly string[];
  readonly deployment?: Partial<ServiceDeployment>;
}

/** `REGISTRY` for `registry`, `CREDIT_GUARANTEES` for `credit-guarantees` (what `resolveDatabaseTarget` reads). */
export function envPrefixOf(name: string): string {
  return name.toUpperCase().replace(/-/g, '_');
}

function declareProcess<N extends string, K extends ServiceKind>(name: N, kind: K, options: DeclareOptions): ServiceDeclaration<N, K> {
  return {
    name,
    kind,
    title: options.title,
    stream: options.stream ?? null,
    envPrefix: envPrefixOf(name),
    consoleSection: options.consoleSection ?? null,
    httpPort: options.httpPort ?? null,
    firstRun: options.firstRun ?? [],
    secrets: options.secrets ?? [],
    deployment: { replicas: 1, memoryRequest: '192Mi', memoryLimit: '512Mi', ...options.deployment },
  };
}

/** A NATS service: answers `<name>.health.ping`, owns a database and the stream `<NAME>`. */
function service<N extends string>(name: N, title: string, options: Omit<DeclareOptions, 'title' | 'stream'> & { readonly facts?: string } = {}): ServiceDeclaration<N, 'service'> {
  const { facts, ...rest } = options;
  return declareProcess(name, 'service', {
    ...rest,
    title,
    stream: { name: envPrefixOf(name), description: facts ?? `Facts of the ${name} service (${title})` },
  });
}

/** In start order (stopped in reverse); the gateway comes last. */
export const SERVICE_LIST = [
  service('registry', '企业培育库', { facts: 'Facts of the enterprise registry (企业培育库)', consoleSection: 'enterprise', deployment: { note: 'one outbox relay and import worker per database (ADR 0002)' } }),
  service('tiering', '梯度培育', { facts: 'Facts of the tiering service: evaluations, pool categories, recommendations, titles', consoleSection: 'tiering', deployment: { memoryRequest: '256Mi', memoryLimit: '768Mi', note: 'one outbox relay, job runner and expiry sweep per database (ADR 0002)' } }),
  service('subsidies', '奖补兑现', { facts: 'Facts of the subsidies service: entitlements, 公示, approvals, payments', consoleSection: 'subsidies', deployment: { note: 'one outbox relay per database (ADR 0002)' } }),
  service('servicedesk', '政企直通车', { consoleSection: 'servicedesk' }),
  service('guarantees', '融资担保', { consoleSection: 'guarantees' }),
  service('procurement', '政府采购监测', { consoleSection: 'procurement' }),
  service('talent', '人才支持', { consoleSection: 'talent', secrets: ['TALENT_DATA_KEY'] }),
  // new:service adds the line of a new service above this one.
  declareProcess('gateway', 'gateway', { title: '网关', consoleSection: 'system', httpPort: 8080, firstRun: ['seed-accounts'], deployment: { replicas: 2 } }),
] as const;

export type DeployableName = (typeof SERVICE_LIST)[number]['name'];
/** The NATS services (everything but the gateway). */
export type ServiceName = Extract<(typeof SERVICE_LIST)[number], { kind: 'service' }>['name'];

/** The NATS services' declarations, in start order. */
export const SERVICE_DECLARATIONS: readonly ServiceDeclaration<ServiceName, 'service'>[] = SERVICE_LIST.flatMap((s) => (s.kind === 'service' ? [s] : []));
/** The NATS services' names, in start order (the gateway's default GATEWAY_SERVICES). */
export const SERVICES: readonly ServiceName[] = SERVICE_DECLARATIONS.map((s) => s.name);
/** Every deployable's name, in start order. */
export const DEPLOYABLES: readonly DeployableName[] = SERVICE_LIST.map((s) => s.name);

export function isServiceName(value: string): value is ServiceName {
  return (SERVICES as readonly string[]).includes(value);
}

/** Every service answers `<service>.health.ping`. */
export const healthSubject = <S extends ServiceName>(service: S): `${S}.health.ping` => `${service}.health.ping`;

/** `<PREFIX>_DATABASE_URL`: the variable that moves one service to PostgreSQL. */
export const databaseUrlVariable = (service: Pick<ServiceDeclaration, 'envPrefix'>): string => `${service.envPrefix}_DATABASE_URL`;
