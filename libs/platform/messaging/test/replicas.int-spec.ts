/**
 * Two replicas of one service on one PostgreSQL database (a private server) and one nats-server: their outbox
 * relays publish every event exactly once and in commit order (one relay at a time holds the outbox), and their
 * consumers share one durable and apply every event once (the inbox row is the claim).
 */
import { Entity, MikroORM, PrimaryKey, Property } from '@mikro-orm/core';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { ConsumerDeclaration, EventEnvelope } from '@ladder/contracts';
import { connect } from 'nats';
import type { JetStreamClient, NatsConnection } from 'nats';

import { readStream, startNatsServer, startPostgresServer, waitFor } from '@ladder/platform-testing';
import type { NatsServerHandle, PostgresServerHandle } from '@ladder/platform-testing';
import { EventConsumerHost } from '../src/lib/event-consumer';
import { InboxMessage } from '../src/lib/inbox-message.entity';
import { provisionDeclared, provisionJetStream } from '../src/lib/jetstream-provision';
import { recordEvent } from '../src/lib/outbox';
import { OutboxMessage } from '../src/lib/outbox-message.entity';
import { OutboxRelay } from '../src/lib/outbox-relay';

jest.setTimeout(90_000);

@Entity({ tableName: 'effect' })
class Effect {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'string', length: 36 })
  eventId!: string;
}

function enterprise(i: number): object {
  return {
    enterprise: { uscc: '91350100M000100Y43', name: `企业${i}`, countyCode: '350404', industryGroup: 'industry', chains: [], status: 'active', category: null, tier: null, sizeClass: null, version: 1 },
    admittedAt: new Date().toISOString(),
  };
}

describe('two replicas on PostgreSQL', () => {
  let pg: PostgresServerHandle;
  let nats: NatsServerHandle;
  let nc: NatsConnection;
  let js: JetStreamClient;
  const orms: MikroORM[] = [];

  beforeAll(async () => {
    [pg, nats] = await Promise.all([startPostgresServer(), startNatsServer()]);
    await provisionDeclared(nats.url);
    nc = await connect({ servers: nats.url });
    js = nc.jetstream();
    for (let i = 0; i < 2; i++) {
      orms.push(
        await MikroORM.init({
          driver: PostgreSqlDriver,
          clientUrl: pg.url,
          schema: 'replica_test',
          entities: [OutboxMessage, InboxMessage, Effect],
          allowGlobalContext: false,
          pool: { min: 0, max: 10 },
        }),
      );
    }
    await orms[0]!.getSchemaGenerator().createSchema();
  });

  afterAll(async () => {
    for (const orm of orms) await orm.close(true);
    await nc?.drain();
    await nats?.stop();
    await pg?.stop();
  });

  it('should publish each event once, in commit order, when two relays run side by side', async () => {
    // Arrange: both replicas' relays running while both replicas commit events
    const relays = orms.map((orm) => new OutboxRelay(orm, nc, { idleMs: 20, batchSize: 25 }));
    for (const relay of relays) relay.start();
    const ids: string[] = [];

    // Act
    for (let i = 0; i < 200; i++) {
      const orm = orms[i % 2]!;
      await orm.em.fork().transactional(async (em) => {
        ids.push(recordEvent(em, 'registry', 'registry.enterprise.registered', enterprise(i) as never).id);
      });
      relays[i % 2]!.notify();
      relays[(i + 1) % 2]!.notify();
    }
    await waitFor(async () => (await relays[0]!.backlog()) === 0, 30_000);
    await Promise.all(relays.map((r) => r.stop()));

    // Assert: every event once in the stream, in commit order; no relay published a row the other had published
    const stream = (await readStream(nats.url, 'REGISTRY')).filter((m) => ids.includes(m.envelope.id));
    expect(stream.map((m) => m.envelope.id)).toEqual(ids);
    expect(relays[0]!.publishedCount + relays[1]!.publishedCount).toBe(ids.length);
    process.stdout.write(
      `relays: published ${relays[0]!.publishedCount} + ${relays[1]!.publishedCount}, rounds skipped while the other held the outbox ${relays[0]!.contendedCount} + ${relays[1]!.contendedCount}\n`,
    );
  });

  it('should apply each event once when two replicas consume one durable', async () => {
    // Arrange: one durable, a consumer host in each replica
    const declaration: ConsumerDeclaration = {
      stream: 'REGISTRY',
      durable: 'replica-test',
      service: 'test',
      description: 'two replicas',
      filterSubjects: ['registry.enterprise.registered'],
      maxDeliver: 10,
      ackWaitSeconds: 2,
      backoffSeconds: [0.1],
    };
    await provisionJetStream(nc, { streams: [], consumers: [{ ...declaration, filterSubject: 'registry.enterprise.registered', backoffSeconds: [0.1] }] });
    const applied = [0, 0];
    const hosts = orms.map((orm) => new EventConsumerHost(orm, js));
    for (let r = 0; r < 2; r++) {
      await hosts[r]!.start({
        declaration,
        handlers: {
          'registry.enterprise.registered': async (em, e) => {
            applied[r]!++;
            em.persist(Object.assign(new Effect(), { eventId: e.id }));
          },
        },
      });
    }
    const total = (await readStream(nats.url, 'REGISTRY')).length;
    // Every event published twice more under other message ids (a republish after the duplicate window): each copy
    // may reach either replica.
    const ids: string[] = [];
    for (let i = 0; i < 100; i++) {
      const envelope: EventEnvelope<object> = {
        id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
        subject: 'registry.enterprise.registered',
        version: 1,
        occurredAt: new Date().toISOString(),
        source: 'registry',
        data: enterprise(i),
      };
      ids.push(envelope.id);
      const body = new TextEncoder().encode(JSON.stringify(envelope));
      await js.publish(envelope.subject, body, { msgID: `${envelope.id}-a` });
      await js.publish(envelope.subject, body, { msgID: `${envelope.id}-b` });
    }

    // Act
    const jsm = await nc.jetstreamManager();
    await waitFor(async () => {
      const info = await jsm.consumers.info('REGISTRY', 'replica-test');
      return info.delivered.stream_seq >= total + 200 && info.num_ack_pending === 0 && info.num_pending === 0;
    }, 30_000);
    await Promise.all(hosts.map((h) => h.stop()));

    // Assert: one effect per event, both replicas did part of the work
    const em = orms[0]!.em.fork();
    const effects = await em.find(Effect, {});
    const perEvent = new Map<string, number>();
    for (const e of effects) perEvent.set(e.eventId, (perEvent.get(e.eventId) ?? 0) + 1);
    for (const id of ids) expect(perEvent.get(id)).toBe(1);
    expect(applied[0]).toBeGreaterThan(0);
    expect(applied[1]).toBeGreaterThan(0);
  });
});
