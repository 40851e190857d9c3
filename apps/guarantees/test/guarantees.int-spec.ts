/**
 * The guarantees service in-process, over a private nats-server and real databases (SQLite always, PostgreSQL too
 * with TEST_DATABASE_URL), reached through its request/reply API.
 */
import type { INestMicroservice } from '@nestjs/common';
import { RemoteError, bootstrapService, createStandaloneClient } from '@ladder/platform-messaging';
import type { MessagingClient } from '@ladder/platform-messaging';
import { runMigrations } from '@ladder/platform-persistence';
import { createTestDatabase, databaseKinds, startNatsServer } from '@ladder/platform-testing';
import type { NatsServerHandle, TestDatabase } from '@ladder/platform-testing';

import { loadGuaranteesEnv } from '../src/config/guarantees.env';
import { createGuaranteesOrmConfig } from '../src/mikro-orm.config';
import { GuaranteesModule } from '../src/guarantees.module';

jest.setTimeout(60_000);

describe.each(databaseKinds())('guarantees on %s', (kind) => {
  let nats: NatsServerHandle;
  let db: TestDatabase;
  let service: INestMicroservice;
  let client: MessagingClient;

  beforeAll(async () => {
    nats = await startNatsServer();
    db = await createTestDatabase(kind);
    const env = loadGuaranteesEnv({ NATS_URL: nats.url, LOG_LEVEL: 'error', ...db.env });
    await runMigrations(createGuaranteesOrmConfig(env));
    service = await bootstrapService(GuaranteesModule.forRoot(env), { service: 'guarantees', natsUrl: nats.url, logLevel: 'error' });
    client = createStandaloneClient(nats.url, 'guarantees-int-test', 10_000);
  });

  afterAll(async () => {
    await client?.close();
    await service?.close();
    await nats?.stop();
    await db?.drop();
  });

  it('should answer health with its database up when pinged', async () => {
    // Act
    const health = await client.request('guarantees.health.ping', { from: 'test' });

    // Assert
    expect(health).toMatchObject({ service: 'guarantees', status: 'ok', database: 'ok', outboxBacklog: 0 });
  });

  it('should say what it is when asked for its info', async () => {
    // Act
    const info = await client.request('guarantees.info.get', {});

    // Assert
    expect(info).toMatchObject({ service: 'guarantees', database: kind });
  });

  it('should reject an unknown field when a request carries one', async () => {
    // Act
    const error = await client.request('guarantees.info.get', Object.assign({ from: 'test' }, { notAField: 1 })).catch((e: unknown) => e);

    // Assert
    expect(error).toBeInstanceOf(RemoteError);
    expect((error as RemoteError).code).toBe('VALIDATION_FAILED');
  });
});
