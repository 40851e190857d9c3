import 'reflect-metadata';

import { validationMetadatasToSchemas } from 'class-validator-jsonschema';

import { EventEnvelope } from '../common/envelope';
import { EnterpriseProfile } from '../registry/enterprise-profile';
import { classTransformerMetadataStorage } from './class-transformer-storage';
import { buildNatsAccountsConf } from './nats-authorization';
import type { BureauConsumer } from './nats-authorization';
import { CONSUMERS, EVENT_MAP, RPC_MAP, STREAMS } from './subjects';

/** JSON Schema objects as class-validator-jsonschema produces them. */
type Schema = Record<string, unknown>;

/** Every registered payload class as JSON Schema; nested types follow the classes' @Type declarations. */
export function allSchemas(): Record<string, Schema> {
  return validationMetadatasToSchemas({
    refPointerPrefix: '#/components/schemas/',
    classTransformerMetadataStorage,
  }) as Record<string, Schema>;
}

/** Collect a schema and every schema it references, transitively. */
function closure(name: string, schemas: Record<string, Schema>, seen = new Set<string>()): Set<string> {
  if (seen.has(name) || !schemas[name]) return seen;
  seen.add(name);
  const text = JSON.stringify(schemas[name]);
  for (const m of text.matchAll(/#\/components\/schemas\/(\w+)/g)) closure(m[1]!, schemas, seen);
  return seen;
}

function sorted<T>(obj: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(obj).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** AsyncAPI 3 document of every public event (what other bureaus read). */
export function buildAsyncApi(): Record<string, unknown> {
  const schemas = allSchemas();
  const envelope = EventEnvelope.name;
  const used = new Set<string>([envelope]);
  const channels: Record<string, unknown> = {};
  const operations: Record<string, unknown> = {};
  const messages: Record<string, unknown> = {};
  for (const [subject, def] of Object.entries(EVENT_MAP).sort(([a], [b]) => a.localeCompare(b))) {
    const payloadName = def.payload.name;
    closure(payloadName, schemas, used);
    const id = subject.replace(/[.-]/g, '_');
    messages[id] = {
      name: subject,
      title: subject,
      summary: def.summary,
      contentType: 'application/json',
      headers: {
        type: 'object',
        properties: { 'Nats-Msg-Id': { type: 'string', description: 'Event id (UUID), equal to envelope.id' } },
      },
      payload: {
        allOf: [
          { $ref: `#/components/schemas/${envelope}` },
          {
            type: 'object',
            properties: {
              subject: { const: subject },
              version: { const: def.version },
              data: { $ref: `#/components/schemas/${payloadName}` },
            },
          },
        ],
      },
    };
    channels[id] = {
      address: subject,
      description: `${def.summary} Stream ${def.stream}. Audience: ${def.audience}.`,
      messages: { [id]: { $ref: `#/components/messages/${id}` } },
    };
    operations[`receive_${id}`] = {
      action: 'receive',
      channel: { $ref: `#/channels/${id}` },
      summary: def.summary,
    };
  }
  closure(envelope, schemas, used);
  return {
    asyncapi: '3.0.0',
    info: {
      title: '三明市优质中小企业梯度培育平台 — public events',
      version: '1.0.0',
      description:
        'Facts published over NATS JetStream by the SME Ladder services. Each message is an EventEnvelope (JSON) with the Nats-Msg-Id header set to the event id; consumers must be idempotent on that id. Money is integer 分 (fen). Generated from libs/contracts — do not edit.',
    },
    defaultContentType: 'application/json',
    servers: {
      city: { host: 'nats.sanming.example:4222', protocol: 'nats', description: 'JetStream; each bureau has a read-only account' },
    },
    channels,
    operations,
    components: {
      messages,
      schemas: sorted(Object.fromEntries([...used].sort().map((n) => [n, schemas[n]]))),
    },
  };
}

/** The JSON Schema of the enterprise profile (import format and inter-bureau format). */
export function buildProfileSchema(): Record<string, unknown> {
  const schemas = allSchemas();
  const names = [...closure(EnterpriseProfile.name, schemas)].sort();
  const defs = Object.fromEntries(names.map((n) => [n, schemas[n]]));
  const text = JSON.stringify({
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://sme-ladder.sanming/enterprise-profile.schema.json',
    title: '企业画像 Enterprise profile',
    description:
      'An enterprise of the Sanming cultivation pool with its annual facts by year and the titles it holds. Money is integer 分 (fen); shares are basis points. Generated from libs/contracts — do not edit.',
    $ref: `#/$defs/${EnterpriseProfile.name}`,
    $defs: defs,
  }).replace(/#\/components\/schemas\//g, '#/$defs/');
  return JSON.parse(text) as Record<string, unknown>;
}

/** `deploy/nats/jetstream.json`: streams and durable consumers as code. */
export function buildJetStreamDeclarations(): Record<string, unknown> {
  return {
    $comment: 'Generated from libs/contracts (STREAMS, CONSUMERS) — provisioned by `npm run nats:provision`.',
    streams: STREAMS.map((s) => ({ ...s, subjects: [...s.subjects] })),
    consumers: CONSUMERS.map((c) => ({
      stream: c.stream,
      durable: c.durable,
      description: c.description,
      ...(c.filterSubjects.length === 1 ? { filterSubject: c.filterSubjects[0] } : {}),
      maxDeliver: c.maxDeliver,
      ackWaitSeconds: c.ackWaitSeconds,
      backoffSeconds: [...c.backoffSeconds],
    })),
  };
}

function schemaTable(schema: Schema | undefined, schemas: Record<string, Schema>): string {
  const props = (schema?.['properties'] ?? {}) as Record<string, Schema>;
  const required = new Set((schema?.['required'] as string[] | undefined) ?? []);
  const rows = Object.entries(props).map(([name, p]) => {
    const ref = (p['$ref'] as string | undefined) ?? ((p['items'] as Schema | undefined)?.['$ref'] as string | undefined);
    const declared = typeof p['type'] === 'string' ? p['type'] : p['enum'] ? 'enum' : 'any';
    const type = ref ? `${p['type'] === 'array' ? 'array of ' : ''}${ref.split('/').pop()}` : declared;
    const enumText = p['enum'] ? ` (${(p['enum'] as unknown[]).join(' \\| ')})` : '';
    const desc = [p['title'], p['description']].filter(Boolean).join(' — ').replace(/\|/g, '\\|');
    return `| \`${name}\` | ${type}${enumText} | ${required.has(name) ? 'yes' : ''} | ${desc} |`;
  });
  void schemas;
  return ['| field | type | required | meaning |', '|---|---|---|---|', ...rows].join('\n');
}

/** `docs/events.md`: the human-readable catalogue. */
export function buildEventsMarkdown(): string {
  const schemas = allSchemas();
  const lines: string[] = [
    '# Event catalogue — 事件目录',
    '',
    '<!-- Generated from libs/contracts by `npm run events:generate`; a test fails when it is stale. Do not edit. -->',
    '',
    'Every fact the services publish, for other bureaus and for our own services. Events travel over NATS',
    'JetStream (streams below); each message is an `EventEnvelope` in JSON with the header `Nats-Msg-Id` equal',
    'to `id`. Consume with a durable consumer and explicit ack, and ignore an `id` you have already applied.',
    'Money is integer 分 (fen); shares are basis points. A breaking change gets a new subject ending in `.v2`;',
    'the old subject keeps flowing until every consumer has moved. Machine-readable: `docs/asyncapi.json`.',
    '',
    '## Streams',
    '',
    '| stream | subjects | retention | duplicate window |',
    '|---|---|---|---|',
    ...STREAMS.map((s) => `| ${s.name} | ${s.subjects.map((x) => `\`${x}\``).join(', ')} | ${s.maxAgeDays} days | ${s.duplicateWindowSeconds} s |`),
    '',
    '## Envelope',
    '',
    schemaTable(schemas[EventEnvelope.name], schemas),
    '',
    '## Events',
    '',
  ];
  for (const [subject, def] of Object.entries(EVENT_MAP).sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`### \`${subject}\` (v${def.version})`, '', def.summary, '', `Stream: ${def.stream}. Audience: ${def.audience}.`, '');
    lines.push(`Payload \`${def.payload.name}\`:`, '', schemaTable(schemas[def.payload.name], schemas), '');
  }
  const nested = new Set<string>();
  for (const def of Object.values(EVENT_MAP)) closure(def.payload.name, schemas, nested);
  for (const def of Object.values(EVENT_MAP)) nested.delete(def.payload.name);
  nested.delete(EventEnvelope.name);
  if (nested.size > 0) {
    lines.push('## Types used by the payloads', '');
    for (const name of [...nested].sort()) lines.push(`### \`${name}\``, '', schemaTable(schemas[name], schemas), '');
  }
  lines.push('## Request/reply subjects (internal)', '', 'Used by the gateway and between services; not for other bureaus.', '');
  lines.push('| subject | request | purpose |', '|---|---|---|');
  for (const [subject, def] of Object.entries(RPC_MAP).sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`| \`${subject}\` | \`${def.request.name}\` | ${def.summary} |`);
  }
  lines.push('');
  return lines.join('\n');
}

/**
 * Every generated artefact, path → content (used by the generator script and the staleness test); `bureaus` are the
 * consumers of `deploy/nats/bureaus.json` (their NATS users go into `deploy/nats/accounts.conf`).
 */
export function buildCatalogueFiles(bureaus: readonly BureauConsumer[] = []): Record<string, string> {
  const json = (v: unknown): string => `${JSON.stringify(v, null, 2)}\n`;
  return {
    'docs/events.md': buildEventsMarkdown(),
    'docs/asyncapi.json': json(buildAsyncApi()),
    'docs/enterprise-profile.schema.json': json(buildProfileSchema()),
    'deploy/nats/jetstream.json': json(buildJetStreamDeclarations()),
    'deploy/nats/accounts.conf': buildNatsAccountsConf(bureaus),
  };
}
