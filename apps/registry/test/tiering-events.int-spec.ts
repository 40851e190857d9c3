/**
 * The registry as a consumer of tiering's facts, over a real nats-server and a real database: the pool category
 * tiering decides lands on the enterprise and in its change history — and it refreshes `updatedAt`, so the
 * default list order (most recently updated first) moves while tiering works through the pool. A walk over
 * every page must therefore page by a key that never changes (`uscc`); the import fault test did not, and
 * counted 944 of 1000 imported enterprises when tiering's categories arrived while it paged.
 */
import { randomUUID } from 'node:crypto';

import type { INestMicroservice } from '@nestjs/common';
import type { Actor, EnterpriseDto, EventEnvelope, ListEnterprisesRequest } from '@ladder/contracts';
import { bootstrapService, createStandaloneClient, provisionDeclared } from '@ladder/platform-messaging';
import type { MessagingClient } from '@ladder/platform-messaging';
import { runMigrations } from '@ladder/platform-persistence';
import { EventPublisher, createTestDatabase, databaseKinds, makeEnterprise, startNatsServer, waitFor } from '@ladder/platform-testing';
import type { NatsServerHandle, TestDatabase } from '@ladder/platform-testing';
import type { PoolCategory } from '@ladder/shared-domain';
import { loadRegistryEnv } from '../src/config/registry.env';
import { createRegistryOrmConfig } from '../src/mikro-orm.config';
import { RegistryModule } from '../src/registry.module';

jest.setTimeout(60_000);

const city: Actor = { userId: 'u-city', username: 'gxj', roles: ['gxj-operator'] };
const PAGE = 5;

describe.each(databaseKinds())('registry consuming tiering events on %s', (kind) => {
  let nats: NatsServerHandle;
  let db: TestDatabase;
  let app: INestMicroservice;
  let client: MessagingClient;
  let publisher: EventPublisher;

  beforeAll(async () => {
    nats = await startNatsServer();
    await provisionDeclared(nats.url);
    db = await createTestDatabase(kind);
    const env = loadRegistryEnv({ NATS_URL: nats.url, LOG_LEVEL: 'error', ...db.env });
    await runMigrations(createRegistryOrmConfig(env));
    app = await bootstrapService(RegistryModule.forRoot(env), { service: 'registry', natsUrl: nats.url, logLevel: 'error' });
    client = createStandaloneClient(nats.url, 'registry-tiering-int-test', 10_000);
    publisher = await new EventPublisher(nats.url).start();
  });

  afterAll(async () => {
    await publisher?.stop();
    await client?.close();
    await app?.close();
    await nats?.stop();
    await db?.drop();
  });

  /** Fifteen enterprises under one search tag, registered one after the other. */
  async function pool(tag: string): Promise<EnterpriseDto[]> {
    const created: EnterpriseDto[] = [];
    for (let i = 0; i < 3 * PAGE; i++) {
      created.push(await client.request('registry.enterprise.create', { ...makeEnterprise({ name: `${tag}企业${i}` }), industryGroup: 'industry', actor: city }));
    }
    return created;
  }

  /** Tiering decides a category for these enterprises; resolves once the registry has recorded every one. */
  async function classify(enterprises: readonly EnterpriseDto[], after: PoolCategory): Promise<void> {
    for (const e of enterprises) {
      const envelope: EventEnvelope<object> = {
        id: randomUUID(),
        subject: 'tiering.enterprise.category-changed',
        version: 1,
        occurredAt: new Date().toISOString(),
        source: 'tiering',
        data: { uscc: e.uscc, countyCode: e.countyCode, before: null, after, nextTier: 'innovative', evaluationId: 1, reason: '测试：评价结果' },
      };
      await publisher.publish(envelope);
    }
    await waitFor(async () => {
      const now = await Promise.all(enterprises.map((e) => client.request('registry.enterprise.get', { uscc: e.uscc, actor: city })));
      return now.every((e) => e.category === after);
    });
  }

  const page = (tag: string, n: number, sort?: ListEnterprisesRequest['sort']): Promise<EnterpriseDto[]> =>
    client.request('registry.enterprise.list', { q: tag, page: n, pageSize: PAGE, ...(sort ? { sort } : {}), actor: city }).then((p) => p.items);

  it('should record the category tiering decides and leave the enterprise where it was in the default list', async () => {
    const tag = `分类${Date.now()}`;
    const created = await pool(tag);
    const oldest = created[0]!;
    expect((await page(tag, 3)).map((e) => e.uscc)).toContain(oldest.uscc);

    await classify([oldest], 'upgrade');

    // Tiering's write is not an edit of the registry's own fields (ADR 0011): the edit stamp stays, so the
    // "recently updated" order does not move under someone paging through it.
    expect((await page(tag, 1)).map((e) => e.uscc)).not.toContain(oldest.uscc);
    const moved = (await page(tag, 3)).find((e) => e.uscc === oldest.uscc);
    expect(moved?.category).toBe('upgrade');
    const history = await client.request('registry.enterprise.history', { uscc: oldest.uscc, actor: city });
    expect(history[0]).toMatchObject({ actor: 'tiering', action: 'classified', changes: [{ field: 'category', before: null, after: 'upgrade' }] });
  });

  it('should list every enterprise exactly once when paging by uscc while tiering changes categories', async () => {
    const tag = `翻页${Date.now()}`;
    await pool(tag);
    const seen: string[] = [];

    const first = await page(tag, 1, 'uscc');
    seen.push(...first.map((e) => e.uscc));
    // Tiering's verdicts arrive mid-walk for enterprises on the pages not read yet.
    const later = [...(await page(tag, 2, 'uscc')), ...(await page(tag, 3, 'uscc'))];
    await classify(later.filter((_, i) => i % 2 === 0), 'watch');
    for (let n = 2; n <= 3; n++) seen.push(...(await page(tag, n, 'uscc')).map((e) => e.uscc));

    expect(seen).toHaveLength(3 * PAGE);
    expect(new Set(seen).size).toBe(3 * PAGE);
  });
});
