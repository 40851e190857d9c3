/**
 * The talent service in-process, over a private nats-server and real databases (SQLite always, PostgreSQL too
 * with TEST_DATABASE_URL), reached through its request/reply API.
 */
import type { INestMicroservice } from '@nestjs/common';
import {
  RemoteError,
  bootstrapService,
  createStandaloneClient,
  provisionDeclared,
} from '@ladder/platform-messaging';
import type { MessagingClient } from '@ladder/platform-messaging';
import { runMigrations } from '@ladder/platform-persistence';
import { createTestDatabase, databaseKinds, startNatsServer } from '@ladder/platform-testing';
import type { NatsServerHandle, TestDatabase } from '@ladder/platform-testing';

import { loadTalentEnv } from '../src/config/talent.env';
import { createTalentOrmConfig } from '../src/mikro-orm.config';
import { TalentModule } from '../src/talent.module';

jest.setTimeout(60_000);

describe.each(databaseKinds())('talent on %s', (kind) => {
  let nats: NatsServerHandle;
  let db: TestDatabase;
  let service: INestMicroservice;
  let client: MessagingClient;

  beforeAll(async () => {
    nats = await startNatsServer();
    await provisionDeclared(nats.url);
    db = await createTestDatabase(kind);
    const env = loadTalentEnv({ NATS_URL: nats.url, LOG_LEVEL: 'error', ...db.env });
    await runMigrations(createTalentOrmConfig(env));
    service = await bootstrapService(TalentModule.forRoot(env), {
      service: 'talent',
      natsUrl: nats.url,
      logLevel: 'error',
    });
    client = createStandaloneClient(nats.url, 'talent-int-test', 10_000);
  });

  afterAll(async () => {
    await client?.close();
    await service?.close();
    await nats?.stop();
    await db?.drop();
  });

  it('should answer health with its database up when pinged', async () => {
    // Act
    const health = await client.request('talent.health.ping', { from: 'test' });

    // Assert
    expect(health).toMatchObject({ service: 'talent', status: 'ok', database: 'ok', outboxBacklog: 0 });
  });

  it('should say what it is when asked for its info', async () => {
    // Act
    const info = await client.request('talent.info.get', {});

    // Assert
    expect(info).toMatchObject({ service: 'talent', database: kind });
  });

  it('should reject an unknown field when a request carries one', async () => {
    // Act
    const error = await client
      .request('talent.info.get', Object.assign({ from: 'test' }, { notAField: 1 }))
      .catch((e: unknown) => e);

    // Assert
    expect(error).toBeInstanceOf(RemoteError);
    expect((error as RemoteError).code).toBe('VALIDATION_FAILED');
  });
});
