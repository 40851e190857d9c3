/**
 * The procurement service in-process, over a private nats-server and real databases (SQLite always, PostgreSQL too
 * with TEST_DATABASE_URL), reached through its request/reply API.
 */
import type { INestMicroservice } from '@nestjs/common';
import { RemoteError, bootstrapService, createStandaloneClient, provisionDeclared } from '@ladder/platform-messaging';
import type { MessagingClient } from '@ladder/platform-messaging';
import { runMigrations } from '@ladder/platform-persistence';
import { createTestDatabase, databaseKinds, startNatsServer } from '@ladder/platform-testing';
import type { NatsServerHandle, TestDatabase } from '@ladder/platform-testing';

import { loadProcurementEnv } from '../src/config/procurement.env';
import { createProcurementOrmConfig } from '../src/mikro-orm.config';
import { ProcurementModule } from '../src/procurement.module';

jest.setTimeout(60_000);

describe.each(databaseKinds())('procurement on %s', (kind) => {
  let nats: NatsServerHandle;
  let db: TestDatabase;
  let service: INestMicroservice;
  let client: MessagingClient;

  beforeAll(async () => {
    nats = await startNatsServer();
    // Streams and durable consumers as `npm run nats:provision` declares them (procurement consumes the registry's).
    await provisionDeclared(nats.url);
    db = await createTestDatabase(kind);
    const env = loadProcurementEnv({ NATS_URL: nats.url, LOG_LEVEL: 'error', ...db.env });
    await runMigrations(createProcurementOrmConfig(env));
    service = await bootstrapService(ProcurementModule.forRoot(env), { service: 'procurement', natsUrl: nats.url, logLevel: 'error' });
    client = createStandaloneClient(nats.url, 'procurement-int-test', 10_000);
  });

  afterAll(async () => {
    await client?.close();
    await service?.close();
    await nats?.stop();
    await db?.drop();
  });

  it('should answer health with its database up when pinged', async () => {
    // Act
    const health = await client.request('procurement.health.ping', { from: 'test' });

    // Assert
    expect(health).toMatchObject({ service: 'procurement', status: 'ok', database: 'ok', outboxBacklog: 0 });
  });

  it('should say what it is when asked for its info', async () => {
    // Act
    const info = await client.request('procurement.info.get', {});

    // Assert
    expect(info).toMatchObject({ service: 'procurement', database: kind });
  });

  it('should reject an unknown field when a request carries one', async () => {
    // Act
    const error = await client.request('procurement.info.get', Object.assign({ from: 'test' }, { notAField: 1 })).catch((e: unknown) => e);

    // Assert
    expect(error).toBeInstanceOf(RemoteError);
    expect((error as RemoteError).code).toBe('VALIDATION_FAILED');
  });
});
