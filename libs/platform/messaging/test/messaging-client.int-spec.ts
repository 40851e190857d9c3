/**
 * The request/reply client on a real nats-server: its own reply inbox (answers, no responders, timeouts, a
 * closed connection) and `requestJson`, which passes a reply's response on as the JSON bytes it came in.
 */
import { connect } from 'nats';
import type { Msg, NatsConnection } from 'nats';

import { startNatsServer } from '@ladder/platform-testing';
import type { NatsServerHandle } from '@ladder/platform-testing';
import type { EnterpriseDto, Page } from '@ladder/contracts';
import { RemoteError } from '../src/lib/domain.exception';
import { createStandaloneClient } from '../src/lib/standalone-client';

jest.setTimeout(30_000);

const SUBJECT = 'registry.enterprise.list';
const PAGE: Page<Partial<EnterpriseDto>> = {
  items: [{ uscc: '91350100M000100Y43', name: '三明“测试”企业\u2028有限公司', countyCode: '350404' }],
  total: 1,
  page: 1,
  pageSize: 20,
};

/** Answers as NestJS's NATS transport does: `{ response, isDisposed, id }`, or a reply shaped by `shape`. */
function respondAs(nc: NatsConnection, shape: (id: unknown) => unknown): void {
  nc.subscribe(SUBJECT, {
    callback: (_error, msg: Msg) => {
      const { id } = JSON.parse(new TextDecoder().decode(msg.data)) as { id: unknown };
      msg.respond(new TextEncoder().encode(JSON.stringify(shape(id))));
    },
  });
}

describe('MessagingClient on a real nats-server', () => {
  let nats: NatsServerHandle;
  let responder: NatsConnection | undefined;

  beforeAll(async () => {
    nats = await startNatsServer();
  });

  afterEach(async () => {
    await responder?.close();
    responder = undefined;
  });

  afterAll(async () => {
    await nats.stop();
  });

  async function withResponder(shape: (id: unknown) => unknown): Promise<void> {
    responder = await connect({ servers: nats.url });
    respondAs(responder, shape);
    await responder.flush();
  }

  it('should return the response bytes exactly as JSON.stringify writes them when the reply has Nest\'s shape', async () => {
    // Arrange
    await withResponder((id) => ({ response: PAGE, isDisposed: true, id }));
    const client = createStandaloneClient(nats.url, 'client-spec');

    // Act
    const bytes = await client.requestJson(SUBJECT, { page: 1 });
    const decoded = await client.request(SUBJECT, { page: 1 });
    await client.close();

    // Assert
    expect(bytes.toString('utf8')).toBe(JSON.stringify(PAGE));
    expect(decoded).toEqual(PAGE);
  });

  it('should decode and encode again a reply of another shape, with the same bytes', async () => {
    // Arrange: keys in another order, and a reply naming another call.
    await withResponder((id) => ({ id, isDisposed: true, response: PAGE }));
    const client = createStandaloneClient(nats.url, 'client-spec');
    const other = await connect({ servers: nats.url });
    other.subscribe('registry.enterprise.get', {
      callback: (_error, msg) => msg.respond(new TextEncoder().encode(JSON.stringify({ response: PAGE, isDisposed: true, id: 'not-this-call' }))),
    });
    await other.flush();

    // Act
    const reordered = await client.requestJson(SUBJECT, {});
    const foreignId = await client.requestJson('registry.enterprise.get', { uscc: '91350100M000100Y43' });
    await client.close();
    await other.close();

    // Assert
    expect(reordered.toString('utf8')).toBe(JSON.stringify(PAGE));
    expect(foreignId.toString('utf8')).toBe(JSON.stringify(PAGE));
  });

  it('should throw the code and message a service answered with', async () => {
    // Arrange
    await withResponder((id) => ({ err: { code: 'OUT_OF_SCOPE', message: '超出本县范围' }, isDisposed: true, id }));
    const client = createStandaloneClient(nats.url, 'client-spec');

    // Act
    const raw = client.requestJson(SUBJECT, {}).catch((e: unknown) => e);
    const decoded = client.request(SUBJECT, {}).catch((e: unknown) => e);

    // Assert
    expect(await raw).toMatchObject({ code: 'OUT_OF_SCOPE', message: '超出本县范围' });
    expect(await raw).toBeInstanceOf(RemoteError);
    expect(await decoded).toMatchObject({ code: 'OUT_OF_SCOPE', message: '超出本县范围' });
    await client.close();
  });

  it('should say SERVICE_UNAVAILABLE at once when nobody answers the subject, and TIMEOUT when a responder is silent', async () => {
    // Arrange
    const client = createStandaloneClient(nats.url, 'client-spec', 300);
    responder = await connect({ servers: nats.url });
    responder.subscribe('registry.enterprise.get', { callback: () => undefined });
    await responder.flush();

    // Act
    const started = Date.now();
    const none = await client.request(SUBJECT, {}).catch((e: unknown) => e);
    const noneMs = Date.now() - started;
    const silent = await client.requestJson('registry.enterprise.get', { uscc: '91350100M000100Y43' }).catch((e: unknown) => e);
    await client.close();

    // Assert
    expect(none).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
    expect(noneMs).toBeLessThan(300);
    expect(silent).toMatchObject({ code: 'TIMEOUT' });
  });

  it('should answer many concurrent calls each with its own reply', async () => {
    // Arrange
    await withResponder((id) => ({ response: { echo: id }, isDisposed: true, id }));
    const client = createStandaloneClient(nats.url, 'client-spec');

    // Act
    const replies = await Promise.all(Array.from({ length: 200 }, () => client.request(SUBJECT, {})));
    await client.close();

    // Assert
    const ids = replies.map((r) => (r as unknown as { echo: string }).echo);
    expect(new Set(ids).size).toBe(200);
  });

  it('should fail a call under way when the client closes its connection, without waiting for the timeout', async () => {
    // Arrange
    responder = await connect({ servers: nats.url });
    responder.subscribe('registry.enterprise.get', { callback: () => undefined });
    await responder.flush();
    const client = createStandaloneClient(nats.url, 'client-spec', 20_000);

    // Act
    const started = Date.now();
    const pending = client.request('registry.enterprise.get', { uscc: '91350100M000100Y43' }).catch((e: unknown) => e);
    await new Promise((r) => setTimeout(r, 50));
    await client.close();

    // Assert
    expect(await pending).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
