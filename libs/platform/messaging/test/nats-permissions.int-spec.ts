/**
 * NATS accounts and permissions as code (deploy/nats/accounts.conf, generated from libs/contracts): a nats-server
 * runs with them, and the server itself refuses what a user may not do — a bureau publishing an event, reading a
 * request subject, another inbox or the dead letters; a service publishing another service's event or answering
 * its requests. What each may do still works.
 */
import { buildNatsAccountsConf, buildNatsPermissions, bureauInboxPrefix } from '@ladder/contracts/catalogue';
import type { BureauConsumer } from '@ladder/contracts/catalogue';
import { AckPolicy, connect } from 'nats';
import type { NatsConnection, NatsError } from 'nats';

import { startNatsServer } from '@ladder/platform-testing';
import type { NatsServerHandle } from '@ladder/platform-testing';
import { JetStreamBatchPublisher } from '../src/lib/jetstream-batch.publisher';
import { provisionDeclared } from '../src/lib/jetstream-provision';

jest.setTimeout(60_000);

const BUREAU: BureauConsumer = { stream: 'SUBSIDIES', durable: 'finance-bureau', description: '市财政局' };
const body = new TextEncoder().encode('{}');

describe('NATS permissions from libs/contracts', () => {
  let nats: NatsServerHandle;
  const passwords: Record<string, string> = {};
  const open: NatsConnection[] = [];

  async function login(user: string, inboxPrefix?: string): Promise<NatsConnection> {
    const nc = await connect({ servers: nats.url, user, pass: passwords[user], ...(inboxPrefix ? { inboxPrefix } : {}) });
    open.push(nc);
    return nc;
  }

  /** The server's answer to a subscription: refused (permissions violation) or accepted. */
  async function trySubscribe(nc: NatsConnection, subject: string): Promise<string> {
    const sub = nc.subscribe(subject);
    const ended = (async () => {
      try {
        for await (const m of sub) void m;
        return 'closed';
      } catch (error) {
        return String((error as NatsError).code);
      }
    })();
    await nc.flush();
    const outcome = await Promise.race([ended, new Promise<string>((r) => setTimeout(() => r('accepted'), 500))]);
    sub.unsubscribe();
    return outcome;
  }

  beforeAll(async () => {
    for (const u of buildNatsPermissions([BUREAU])) passwords[u.user] = `secret-${u.user}`;
    const env = Object.fromEntries(buildNatsPermissions([BUREAU]).map((u) => [u.passwordVariable, passwords[u.user]!]));
    nats = await startNatsServer({ config: buildNatsAccountsConf([BUREAU]), env });
    await provisionDeclared(nats.url.replace('nats://', `nats://ops:${passwords['ops']}@`));
  });

  afterAll(async () => {
    for (const nc of open) await nc.close();
    await nats?.stop();
  });

  it('should refuse an anonymous or wrongly authenticated client', async () => {
    await expect(connect({ servers: nats.url })).rejects.toMatchObject({ code: 'AUTHORIZATION_VIOLATION' });
    await expect(connect({ servers: nats.url, user: 'finance-bureau', pass: 'guess' })).rejects.toMatchObject({ code: 'AUTHORIZATION_VIOLATION' });
  });

  it('should let a bureau read public events through its own durable and refuse its publish of subsidies.entitlement.approved', async () => {
    // Arrange: the subsidies service publishes an event
    const subsidies = await login('subsidies');
    await subsidies.jetstream().publish('subsidies.entitlement.approved', body, { msgID: 'perm-test-1' });
    const bureau = await login('finance-bureau', bureauInboxPrefix('finance-bureau'));
    const jsm = await bureau.jetstreamManager({ checkAPI: false });

    // Act
    await jsm.consumers.add('SUBSIDIES', { durable_name: 'finance-bureau', ack_policy: AckPolicy.Explicit });
    const consumer = await bureau.jetstream().consumers.get('SUBSIDIES', 'finance-bureau');
    const read = await consumer.next({ expires: 5_000 });
    read?.ack();
    const publish = bureau.jetstream().publish('subsidies.entitlement.approved', body, { timeout: 2_000 });

    // Assert: reading works, the server refuses the publish
    expect(read?.subject).toBe('subsidies.entitlement.approved');
    await expect(publish).rejects.toMatchObject({ code: 'PERMISSIONS_VIOLATION' });
    await expect(bureau.jetstream().publish('dlq.subsidies', body, { timeout: 2_000 })).rejects.toMatchObject({ code: 'PERMISSIONS_VIOLATION' });
  });

  it('should refuse a bureau what is not public: request subjects, others\' replies, the dead letters, another durable', async () => {
    const bureau = await login('finance-bureau', bureauInboxPrefix('finance-bureau'));
    const jsm = await bureau.jetstreamManager({ checkAPI: false });

    expect(await trySubscribe(bureau, 'registry.enterprise.get')).toBe('PERMISSIONS_VIOLATION');
    expect(await trySubscribe(bureau, 'subsidies.entitlement.approved')).toBe('PERMISSIONS_VIOLATION');
    expect(await trySubscribe(bureau, '_INBOX.>')).toBe('PERMISSIONS_VIOLATION');
    await expect(jsm.consumers.add('DLQ', { durable_name: 'finance-bureau', ack_policy: AckPolicy.Explicit })).rejects.toMatchObject({
      code: 'PERMISSIONS_VIOLATION',
    });
    await expect(jsm.consumers.add('REGISTRY', { durable_name: 'finance-bureau', ack_policy: AckPolicy.Explicit })).rejects.toMatchObject({
      code: 'PERMISSIONS_VIOLATION',
    });
    await expect(jsm.consumers.info('TIERING', 'subsidies')).rejects.toMatchObject({ code: 'PERMISSIONS_VIOLATION' });
  });

  it('should let a service publish its own events only and answer its own requests only', async () => {
    const registry = await login('registry');
    const js = registry.jetstream();

    await expect(js.publish('registry.enterprise.registered', body, { msgID: 'perm-test-2' })).resolves.toMatchObject({ stream: 'REGISTRY' });
    await expect(js.publish('subsidies.entitlement.approved', body, { timeout: 2_000 })).rejects.toMatchObject({ code: 'PERMISSIONS_VIOLATION' });
    await expect(js.publish('tiering.enterprise.certified', body, { timeout: 2_000 })).rejects.toMatchObject({ code: 'PERMISSIONS_VIOLATION' });
    expect(await trySubscribe(registry, 'registry.enterprise.get')).toBe('accepted');
    expect(await trySubscribe(registry, 'subsidies.entitlement.approve')).toBe('PERMISSIONS_VIOLATION');
    expect(await trySubscribe(registry, 'tiering.enterprise.certified')).toBe('PERMISSIONS_VIOLATION');
  });

  it("should tell the outbox relay's batch publisher at once which message the server refused, and ack the others", async () => {
    const publisher = new JetStreamBatchPublisher(await login('registry'));
    const started = Date.now();

    const outcomes = await publisher.publishAll(
      [
        { subject: 'registry.enterprise.registered', data: body, msgId: 'perm-batch-1' },
        { subject: 'subsidies.entitlement.approved', data: body, msgId: 'perm-batch-2' },
        { subject: 'registry.enterprise.registered', data: body, msgId: 'perm-batch-3' },
      ],
      10_000,
    );

    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((outcomes[1] as PromiseRejectedResult).reason).toMatchObject({ code: 'PERMISSIONS_VIOLATION' });
    expect(String((outcomes[1] as PromiseRejectedResult).reason)).toContain('subsidies.entitlement.approved');
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('should let the gateway request but neither publish events nor answer requests', async () => {
    const gateway = await login('gateway');

    await expect(gateway.jetstream().publish('registry.enterprise.registered', body, { timeout: 2_000 })).rejects.toMatchObject({
      code: 'PERMISSIONS_VIOLATION',
    });
    expect(await trySubscribe(gateway, 'registry.enterprise.get')).toBe('PERMISSIONS_VIOLATION');
  });
});
