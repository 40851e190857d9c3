import { SERVICE_LIST, envPrefixOf } from '../system/services';
import { CONSUMERS, DLQ_STREAM, EVENT_MAP, RPC_MAP, STREAMS, dlqSubject } from './subjects';

/** A durable consumer of another bureau, as `deploy/nats/bureaus.json` declares it (its durable names the bureau). */
export interface BureauConsumer {
  readonly stream: string;
  readonly durable: string;
  readonly description: string;
}

/** One NATS user: what it may publish and subscribe to (allow lists: everything else is refused by the server). */
export interface NatsUserPermissions {
  readonly user: string;
  /** The environment variable holding its password (nats-server reads `$VARIABLE` from its environment). */
  readonly passwordVariable: string;
  readonly role: 'service' | 'gateway' | 'bureau' | 'operator';
  readonly description: string;
  readonly publish: readonly string[];
  readonly subscribe: readonly string[];
  /** May answer the requests it received (publish to their reply subjects), nothing more. */
  readonly allowResponses: boolean;
}

/** The account every service, the gateway and the bureaus log in to: it holds the JetStream streams. */
export const NATS_ACCOUNT = 'LADDER';
/** The public streams: every service stream (their subjects are EVENT_MAP's), never the dead letters. */
export const PUBLIC_STREAMS: readonly string[] = STREAMS.filter((s) => s.name !== DLQ_STREAM).map((s) => s.name);

/** `NATS_PASSWORD_REGISTRY` for `registry`, `NATS_PASSWORD_FINANCE_BUREAU` for `finance-bureau`. */
export const natsPasswordVariable = (user: string): string => `NATS_PASSWORD_${envPrefixOf(user)}`;
/** A bureau's own reply subjects: it reads nobody else's replies (`inboxPrefix` of its client). */
export const bureauInboxPrefix = (bureau: string): string => `_INBOX_${bureau}`;

function ownerOf(subject: string): string {
  const owner = subject.split('.')[0]!;
  if (!SERVICE_LIST.some((s) => s.name === owner)) throw new Error(`subject ${subject}: no service named ${owner}`);
  return owner;
}

/** What a durable consumer needs on JetStream's API (pull, ack, info) — for its own durable only. */
function consumerApi(stream: string, durable: string): string[] {
  return [`$JS.API.CONSUMER.INFO.${stream}.${durable}`, `$JS.API.CONSUMER.MSG.NEXT.${stream}.${durable}`, `$JS.ACK.${stream}.${durable}.>`];
}

/**
 * The NATS users and their permissions, from libs/contracts and the bureaus' consumers:
 * - a service publishes its own events (and its dead letters), requests any service, pulls and acks its own
 *   durables, and subscribes only to its own request subjects (queue group) and replies;
 * - the gateway only requests;
 * - a bureau creates, reads and acks its own durables on the public streams, and subscribes to its own inbox
 *   only: it cannot publish an event, answer or read a request, or read the dead letters;
 * - `ops` provisions streams and consumers (everything; launcher and deployment jobs only).
 */
export function buildNatsPermissions(bureaus: readonly BureauConsumer[] = []): NatsUserPermissions[] {
  const rpc = Object.keys(RPC_MAP).sort();
  const users: NatsUserPermissions[] = [];
  for (const s of SERVICE_LIST) {
    if (s.kind === 'gateway') {
      users.push({
        user: s.name,
        passwordVariable: natsPasswordVariable(s.name),
        role: 'gateway',
        description: s.title,
        publish: rpc,
        subscribe: ['_INBOX.>'],
        allowResponses: false,
      });
      continue;
    }
    const events = Object.entries(EVENT_MAP)
      .filter(([subject]) => ownerOf(subject) === s.name)
      .map(([subject]) => subject)
      .sort();
    const own = rpc.filter((subject) => ownerOf(subject) === s.name);
    const durables = CONSUMERS.filter((c) => c.service === s.name);
    users.push({
      user: s.name,
      passwordVariable: natsPasswordVariable(s.name),
      role: 'service',
      description: s.title,
      publish: [
        ...events,
        ...[...new Set(durables.map((c) => dlqSubject(c.durable)))],
        ...rpc.filter((subject) => ownerOf(subject) !== s.name),
        '$JS.API.INFO',
        ...[...new Set(durables.map((c) => `$JS.API.STREAM.INFO.${c.stream}`))],
        ...durables.flatMap((c) => consumerApi(c.stream, c.durable)),
      ],
      subscribe: [...own, '_INBOX.>'],
      allowResponses: true,
    });
  }
  const byBureau = new Map<string, BureauConsumer[]>();
  for (const c of bureaus) {
    if (!PUBLIC_STREAMS.includes(c.stream)) throw new Error(`bureau ${c.durable}: ${c.stream} is not a public stream`);
    if (SERVICE_LIST.some((s) => s.name === c.durable) || c.durable === 'ops') throw new Error(`bureau ${c.durable}: the name of a service`);
    byBureau.set(c.durable, [...(byBureau.get(c.durable) ?? []), c]);
  }
  for (const [bureau, consumers] of byBureau) {
    const streams = [...new Set(consumers.map((c) => c.stream))];
    users.push({
      user: bureau,
      passwordVariable: natsPasswordVariable(bureau),
      role: 'bureau',
      description: consumers[0]!.description,
      publish: [
        '$JS.API.INFO',
        ...streams.flatMap((stream) => [
          `$JS.API.STREAM.INFO.${stream}`,
          `$JS.API.CONSUMER.DURABLE.CREATE.${stream}.${bureau}`,
          `$JS.API.CONSUMER.CREATE.${stream}.${bureau}`,
          `$JS.API.CONSUMER.CREATE.${stream}.${bureau}.>`,
          ...consumerApi(stream, bureau),
        ]),
      ],
      subscribe: [`${bureauInboxPrefix(bureau)}.>`],
      allowResponses: false,
    });
  }
  users.push({
    user: 'ops',
    passwordVariable: natsPasswordVariable('ops'),
    role: 'operator',
    description: 'provisioning of streams and consumers (launcher, deployment jobs)',
    publish: ['>'],
    subscribe: ['>'],
    allowResponses: false,
  });
  return users;
}

const quote = (s: string): string => JSON.stringify(s);

/**
 * `deploy/nats/accounts.conf`: the `accounts` block of every nats-server (include it from the server's
 * configuration); passwords come from the server's environment (`$NATS_PASSWORD_<USER>`), never from the file.
 */
export function buildNatsAccountsConf(bureaus: readonly BureauConsumer[] = []): string {
  const lines = [
    '# Generated from libs/contracts and deploy/nats/bureaus.json by `npm run events:generate` — do not edit.',
    '# Include from a nats-server configuration; each password is read from the environment of the server (letters and',
    '# digits, starting with a letter: nats-server parses the variable as a configuration value).',
    'accounts {',
    `  ${NATS_ACCOUNT}: {`,
    '    jetstream: enabled',
    '    users: [',
  ];
  for (const u of buildNatsPermissions(bureaus)) {
    lines.push(`      # ${u.role}: ${u.description}`);
    lines.push(`      { user: ${quote(u.user)}, password: $${u.passwordVariable}, permissions: {`);
    lines.push(`          publish: { allow: [${u.publish.map(quote).join(', ')}] }`);
    lines.push(`          subscribe: { allow: [${u.subscribe.map(quote).join(', ')}] }`);
    if (u.allowResponses) lines.push('          allow_responses: true');
    lines.push('      } }');
  }
  lines.push('    ]', '  }', '}', '');
  return lines.join('\n');
}
