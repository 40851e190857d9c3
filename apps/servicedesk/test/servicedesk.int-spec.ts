/**
 * The servicedesk service in-process, over a private nats-server and real databases (SQLite always, PostgreSQL too
 * with TEST_DATABASE_URL), reached through its request/reply API.
 */
import type { INestMicroservice } from '@nestjs/common';
import { RemoteError, bootstrapService, createStandaloneClient, provisionDeclared } from '@ladder/platform-messaging';
import type { MessagingClient } from '@ladder/platform-messaging';
import { runMigrations } from '@ladder/platform-persistence';
import { createTestDatabase, databaseKinds, startNatsServer } from '@ladder/platform-testing';
import type { NatsServerHandle, TestDatabase } from '@ladder/platform-testing';

import { loadServicedeskEnv } from '../src/config/servicedesk.env';
import { createServicedeskOrmConfig } from '../src/mikro-orm.config';
import { ServicedeskModule } from '../src/servicedesk.module';

jest.setTimeout(60_000);

describe.each(databaseKinds())('servicedesk on %s', (kind) => {
  let nats: NatsServerHandle;
  let db: TestDatabase;
  let service: INestMicroservice;
  let client: MessagingClient;

  beforeAll(async () => {
    nats = await startNatsServer();
    // Streams and durable consumers as `npm run nats:provision` declares them (servicedesk consumes tiering and registry).
    await provisionDeclared(nats.url);
    db = await createTestDatabase(kind);
    const env = loadServicedeskEnv({ NATS_URL: nats.url, LOG_LEVEL: 'error', ...db.env });
    await runMigrations(createServicedeskOrmConfig(env));
    service = await bootstrapService(ServicedeskModule.forRoot(env), { service: 'servicedesk', natsUrl: nats.url, logLevel: 'error' });
    client = createStandaloneClient(nats.url, 'servicedesk-int-test', 10_000);
  });

  afterAll(async () => {
    await client?.close();
    await service?.close();
    await nats?.stop();
    await db?.drop();
  });

  it('should answer health with its database up when pinged', async () => {
    // Act
    const health = await client.request('servicedesk.health.ping', { from: 'test' });

    // Assert
    expect(health).toMatchObject({ service: 'servicedesk', status: 'ok', database: 'ok', outboxBacklog: 0 });
  });

  it('should say what it is when asked for its info', async () => {
    // Act
    const info = await client.request('servicedesk.info.get', {});

    // Assert
    expect(info).toMatchObject({ service: 'servicedesk', database: kind });
  });

  it('should reject an unknown field when a request carries one', async () => {
    // Act
    const error = await client.request('servicedesk.info.get', Object.assign({ from: 'test' }, { notAField: 1 })).catch((e: unknown) => e);

    // Assert
    expect(error).toBeInstanceOf(RemoteError);
    expect((error as RemoteError).code).toBe('VALIDATION_FAILED');
  });
});
