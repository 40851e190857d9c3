/**
 * The event path on real parts: a private nats-server with JetStream and a SQLite database. Outbox relay
 * (order, crash between publish and stamp), consumer host (inbox idempotency, bounded retry, dead letters).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

import { Entity, MikroORM, PrimaryKey, Property, RequestContext } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/core';
import { BetterSqliteDriver } from '@mikro-orm/better-sqlite';
import type { ConsumerDeclaration, EventEnvelope } from '@ladder/contracts';
import { headers, connect } from 'nats';
import type { JetStreamClient, NatsConnection } from 'nats';

import { readStream, startNatsServer, waitFor } from '@ladder/platform-testing';
import type { NatsServerHandle } from '@ladder/platform-testing';
import { DomainException } from '../src/lib/domain.exception';
import { runInMessageContext } from '../src/lib/em-context-nats.server';
import { EventConsumerHost } from '../src/lib/event-consumer';
import { InboxMessage } from '../src/lib/inbox-message.entity';
import { provisionDeclared, provisionJetStream } from '../src/lib/jetstream-provision';
import { recordEvent } from '../src/lib/outbox';
import { OutboxMessage } from '../src/lib/outbox-message.entity';
import { OutboxRelay } from '../src/lib/outbox-relay';
import { TransactionRunner } from '../src/lib/transaction-runner';

jest.setTimeout(60_000);

@Entity({ tableName: 'effect' })
class Effect {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'string', length: 36 })
  eventId!: string;
}

@Entity({ tableName: 'versioned' })
class Versioned {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'string', length: 20 })
  label = 'a';

  @Property({ type: 'integer', version: true })
  version!: number;
}

const USCC = '91350100M000100Y43';

function registeredEnvelope(id: string, name = '测试企业'): EventEnvelope<object> {
  return {
    id,
    subject: 'registry.enterprise.registered',
    version: 1,
    occurredAt: new Date().toISOString(),
    source: 'registry',
    data: {
      enterprise: { uscc: USCC, name, countyCode: '350404', industryGroup: 'industry', chains: [], status: 'active', category: null, tier: null, sizeClass: null, version: 1 },
      admittedAt: new Date().toISOString(),
    },
  };
}

describe('messaging on JetStream and SQLite', () => {
  let nats: NatsServerHandle;
  let nc: NatsConnection;
  let js: JetStreamClient;
  let orm: MikroORM;
  let dir: string;

  beforeAll(async () => {
    nats = await startNatsServer();
    await provisionDeclared(nats.url);
    nc = await connect({ servers: nats.url });
    js = nc.jetstream();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ladder-msg-'));
    orm = await MikroORM.init({
      driver: BetterSqliteDriver,
      dbName: path.join(dir, 'messaging.sqlite'),
      entities: [OutboxMessage, InboxMessage, Effect, Versioned],
      allowGlobalContext: false,
    });
    await orm.getSchemaGenerator().createSchema();
  });

  afterAll(async () => {
    await orm?.close(true);
    await nc?.drain();
    await nats?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('should give each message its own EntityManager fork, made only when the message uses it', async () => {
    const seen: EntityManager[] = [];
    await Promise.all(
      [1, 2].map(() =>
        runInMessageContext(orm.em, async () => {
          await Promise.resolve();
          const context = orm.em.getContext();
          expect(context).toBe(RequestContext.getEntityManager());
          expect(context).toBe(orm.em.getContext());
          expect(context).not.toBe(orm.em);
          seen.push(context);
          // The global EntityManager refuses context work (allowGlobalContext: false); inside a message it works.
          expect(await orm.em.count(OutboxMessage, {})).toBeGreaterThanOrEqual(0);
        }),
      ),
    );
    expect(seen).toHaveLength(2);
    expect(seen[0]).not.toBe(seen[1]);
    const fork = jest.spyOn(orm.em, 'fork');
    await runInMessageContext(orm.em, async () => undefined);
    expect(fork).not.toHaveBeenCalled();
    fork.mockRestore();
    await expect(orm.em.count(OutboxMessage, {})).rejects.toThrow();
  });

  async function consumer(durable: string, maxDeliver: number): Promise<ConsumerDeclaration> {
    const declaration: ConsumerDeclaration = {
      stream: 'REGISTRY',
      durable,
      service: 'test',
      description: 'test consumer',
      filterSubjects: ['registry.enterprise.registered'],
      maxDeliver,
      ackWaitSeconds: 5,
      backoffSeconds: [0.1],
    };
    await provisionJetStream(nc, {
      streams: [],
      consumers: [{ ...declaration, filterSubject: 'registry.enterprise.registered', backoffSeconds: [0.1] }],
    });
    return declaration;
  }

  const effects = async (eventId: string): Promise<number> => orm.em.fork().count(Effect, { eventId });

  it('should publish committed outbox rows in order with Nats-Msg-Id, and nothing from a rolled-back transaction', async () => {
    const relay = new OutboxRelay(orm, nc);
    const ids: string[] = [];
    await orm.em.fork().transactional(async (em) => {
      for (let i = 0; i < 5; i++) ids.push(recordEvent(em, 'registry', 'registry.enterprise.registered', registeredEnvelope('x', `企业${i}`).data as never).id);
    });
    await orm.em
      .fork()
      .transactional(async (em) => {
        recordEvent(em, 'registry', 'registry.enterprise.registered', registeredEnvelope('y').data as never);
        throw new Error('rollback');
      })
      .catch(() => undefined);
    expect(await relay.publishBatch()).toBe(5);
    const stream = (await readStream(nats.url, 'REGISTRY')).filter((m) => ids.includes(m.envelope.id));
    expect(stream.map((m) => m.envelope.id)).toEqual(ids);
    for (const m of stream) expect(m.msgId).toBe(m.envelope.id);
    expect(await relay.backlog()).toBe(0);
  });

  it('should not double an event when the relay crashed between publishing and stamping', async () => {
    const relay = new OutboxRelay(orm, nc);
    let id = '';
    await orm.em.fork().transactional(async (em) => {
      id = recordEvent(em, 'registry', 'registry.enterprise.registered', registeredEnvelope('z').data as never).id;
    });
    await relay.publishBatch();
    // The crash: the row is published but its stamp is lost.
    await orm.em.fork().nativeUpdate(OutboxMessage, { eventId: id }, { publishedAt: null });
    expect(await relay.publishBatch()).toBe(1);
    const copies = (await readStream(nats.url, 'REGISTRY')).filter((m) => m.envelope.id === id);
    expect(copies).toHaveLength(1);
  });

  it('should stop at a row JetStream refuses, note why on it, keep the rows after it pending and publish each once when it is fixed', async () => {
    const relay = new OutboxRelay(orm, nc);
    await relay.publishBatch();
    let bad = '';
    let good = '';
    await orm.em.fork().transactional(async (em) => {
      bad = recordEvent(em, 'registry', 'registry.enterprise.registered', registeredEnvelope('b').data as never).id;
      good = recordEvent(em, 'registry', 'registry.enterprise.registered', registeredEnvelope('g').data as never).id;
    });
    // No stream takes this subject: the server answers "no responders" (503).
    await orm.em.fork().nativeUpdate(OutboxMessage, { eventId: bad }, { subject: 'nostream.relay-test' });
    await expect(relay.publishBatch()).rejects.toThrow(/503/);
    const refused = await orm.em.fork().findOneOrFail(OutboxMessage, { eventId: bad });
    expect(refused.publishedAt ?? null).toBeNull();
    expect(refused.attempts).toBe(1);
    expect(refused.lastError).toMatch(/NatsError: 503/);
    expect((await orm.em.fork().findOneOrFail(OutboxMessage, { eventId: good })).publishedAt ?? null).toBeNull();
    expect(await relay.backlog()).toBe(2);
    await orm.em.fork().nativeUpdate(OutboxMessage, { eventId: bad }, { subject: 'registry.enterprise.registered' });
    expect(await relay.publishBatch()).toBe(2);
    // Once each: the round's publishes are pipelined, so the row after the refused one already went out then and its
    // second publish was dropped by the stream's duplicate window (same Nats-Msg-Id).
    const stream = (await readStream(nats.url, 'REGISTRY')).filter((m) => m.envelope.id === bad || m.envelope.id === good);
    expect(stream.map((m) => m.envelope.id).sort()).toEqual([bad, good].sort());
  });

  it('should apply an event once even when it is delivered twice', async () => {
    const declaration = await consumer('test-once', 5);
    const host = new EventConsumerHost(orm, js);
    let calls = 0;
    await host.start({
      declaration,
      handlers: {
        'registry.enterprise.registered': async (em, e) => {
          if (e.id === '11111111-1111-4111-8111-111111111111') calls++;
          em.persist(Object.assign(new Effect(), { eventId: e.id }));
        },
      },
    });
    const envelope = registeredEnvelope('11111111-1111-4111-8111-111111111111');
    const body = new TextEncoder().encode(JSON.stringify(envelope));
    // Two stream messages for one event (e.g. a republish after the duplicate window).
    await js.publish(envelope.subject, body, { msgID: 'copy-1' });
    await js.publish(envelope.subject, body, { msgID: 'copy-2' });
    await waitFor(async () => (await orm.em.fork().count(InboxMessage, { consumer: 'test-once', eventId: envelope.id })) === 1);
    const jsm = await nc.jetstreamManager();
    await waitFor(async () => (await jsm.consumers.info('REGISTRY', 'test-once')).num_ack_pending === 0 && (await jsm.consumers.info('REGISTRY', 'test-once')).num_pending === 0);
    await host.stop();
    expect(await effects(envelope.id)).toBe(1);
    expect(calls).toBe(1);
  });

  it('should retry a failing handler and apply the event once it succeeds', async () => {
    const declaration = await consumer('test-retry', 5);
    const host = new EventConsumerHost(orm, js);
    let attempts = 0;
    const envelope = registeredEnvelope('22222222-2222-4222-8222-222222222222');
    await host.start({
      declaration,
      handlers: {
        'registry.enterprise.registered': async (em, e) => {
          if (e.id !== envelope.id) return;
          attempts++;
          em.persist(Object.assign(new Effect(), { eventId: e.id }));
          if (attempts < 3) throw new Error('transient');
        },
      },
    });
    await js.publish(envelope.subject, new TextEncoder().encode(JSON.stringify(envelope)), { msgID: envelope.id });
    await waitFor(async () => (await effects(envelope.id)) === 1, 15_000);
    await host.stop();
    expect(attempts).toBe(3);
    expect(await effects(envelope.id)).toBe(1);
  });

  it('should dead-letter an event after maxDeliver failures and an invalid message at once', async () => {
    const declaration = await consumer('test-dlq', 3);
    const host = new EventConsumerHost(orm, js);
    const poison = registeredEnvelope('33333333-3333-4333-8333-333333333333');
    let attempts = 0;
    await host.start({
      declaration,
      handlers: {
        'registry.enterprise.registered': async (_em, e) => {
          if (e.id === poison.id) {
            attempts++;
            throw new Error('always fails');
          }
        },
      },
    });
    await js.publish(poison.subject, new TextEncoder().encode(JSON.stringify(poison)), { msgID: poison.id });
    const invalid = { ...registeredEnvelope('44444444-4444-4444-8444-444444444444'), data: { enterprise: { uscc: 'nope' } } };
    await js.publish(invalid.subject, new TextEncoder().encode(JSON.stringify(invalid)), { msgID: invalid.id });
    const dead = await waitFor(async () => {
      const msgs = await readStream(nats.url, 'DLQ');
      const mine = msgs.filter((m) => [poison.id, invalid.id].includes(m.envelope.id));
      return mine.length === 2 ? mine : undefined;
    }, 20_000);
    await host.stop();
    expect(attempts).toBe(3);
    expect(await effects(poison.id)).toBe(0);
    const jsm = await nc.jetstreamManager();
    const info = await jsm.consumers.info('REGISTRY', 'test-dlq');
    expect(info.num_ack_pending).toBe(0);
    expect(dead.map((d) => d.envelope.id).sort()).toEqual([poison.id, invalid.id].sort());
    const raw = await jsm.streams.getMessage('DLQ', { last_by_subj: 'dlq.test-dlq' });
    expect(raw.header?.get('Ladder-Consumer')).toBe('test-dlq');
    void headers;
  });

  it('should turn a concurrent change into the caller\'s conflict code and commit nothing', async () => {
    const transactions = new TransactionRunner(orm);
    const row = Object.assign(new Versioned(), { label: 'first' });
    await orm.em.fork().persistAndFlush(row);
    const attempt = transactions.run(
      async (em) => {
        const mine = await em.findOneOrFail(Versioned, { id: row.id });
        // Someone else commits a change first (the version moves on under us).
        await em.getConnection().execute('update versioned set version = version + 1, label = ? where id = ?', ['theirs', row.id], 'run', em.getTransactionContext());
        mine.label = 'mine';
        await em.flush();
      },
      { conflict: { code: 'REGISTRY_VERSION_CONFLICT' }, fork: true },
    );
    const error = await attempt.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DomainException);
    expect((error as DomainException).code).toBe('REGISTRY_VERSION_CONFLICT');
    expect((error as DomainException).message).toBe('企业信息已被他人修改，请刷新后重试');
    expect((await orm.em.fork().findOneOrFail(Versioned, { id: row.id })).label).toBe('first');
  });

  it('should publish what a use case recorded right after its commit, without waiting for the idle poll', async () => {
    const relay = new OutboxRelay(orm, nc, { idleMs: 60_000 });
    relay.start();
    try {
      await waitFor(async () => (await relay.backlog()) === 0);
      const transactions = new TransactionRunner(orm, relay);
      const started = Date.now();
      const id = await transactions.run(async (em) => recordEvent(em, 'registry', 'registry.enterprise.registered', registeredEnvelope('w').data as never).id, { fork: true });
      await waitFor(async () => (await relay.backlog()) === 0, 5_000, 20);
      expect(Date.now() - started).toBeLessThan(5_000);
      expect((await readStream(nats.url, 'REGISTRY')).some((m) => m.envelope.id === id)).toBe(true);
    } finally {
      await relay.stop();
    }
  });

  it('should publish what an event handler recorded right after the consumer commits', async () => {
    const declaration = await consumer('test-hop', 5);
    const relay = new OutboxRelay(orm, nc, { idleMs: 60_000 });
    relay.start();
    const host = new EventConsumerHost(orm, js, new TransactionRunner(orm, relay));
    const incoming = registeredEnvelope('55555555-5555-4555-8555-555555555555');
    const forwarded: string[] = [];
    try {
      await waitFor(async () => (await relay.backlog()) === 0);
      await host.start({
        declaration,
        handlers: {
          'registry.enterprise.registered': async (em, e) => {
            if (e.id !== incoming.id) return;
            // The next hop: this consumer's own event, recorded with the effect.
            forwarded.push(recordEvent(em, 'registry', 'registry.enterprise.registered', registeredEnvelope('v', '下一跳').data as never).id);
          },
        },
      });
      await js.publish(incoming.subject, new TextEncoder().encode(JSON.stringify(incoming)), { msgID: incoming.id });
      await waitFor(async () => forwarded.length === 1 && (await relay.backlog()) === 0, 5_000, 20);
      expect((await readStream(nats.url, 'REGISTRY')).some((m) => m.envelope.id === forwarded[0])).toBe(true);
    } finally {
      await host.stop();
      await relay.stop();
    }
  });
});
