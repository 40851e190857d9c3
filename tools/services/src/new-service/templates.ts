/**
 * The files of a new, empty service: a NestJS microservice on NATS with its database (SQLite or PostgreSQL, an
 * initial migration per dialect), validated configuration, the health responder, one message controller and its
 * contracts, integration tests and the Nx/webpack/Jest configuration the other services have.
 */

export interface ServiceNames {
  /** kebab-case, e.g. `credit-guarantees`. */
  readonly name: string;
  /** e.g. `CreditGuarantees`. */
  readonly pascal: string;
  /** e.g. `CREDIT_GUARANTEES`: constants, the stream and the `<PREFIX>_DATABASE_URL` variable. */
  readonly constant: string;
  /** PostgreSQL schema, e.g. `credit_guarantees`. */
  readonly schema: string;
  /** Chinese name shown to users. */
  readonly title: string;
}

export function serviceNames(name: string, title?: string): ServiceNames {
  return {
    name,
    pascal: name.replace(/(^|-)([a-z0-9])/g, (_m, _d: string, c: string) => c.toUpperCase()),
    constant: name.toUpperCase().replace(/-/g, '_'),
    schema: name.replace(/-/g, '_'),
    title: title ?? name,
  };
}

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/** `libs/contracts/src/lib/<name>/…`: the service's subjects and payload classes. */
export function contractFiles(n: ServiceNames): Record<string, string> {
  const dir = `libs/contracts/src/lib/${n.name}`;
  return {
    [`${dir}/${n.name}.rpc.ts`]: `import { IsOptional, IsString } from 'class-validator';

import { Field } from '../common/field.decorator';

/** \`${n.name}.info.get\`: who answers, and since when. */
export class ${n.pascal}InfoRequest {
  @Field({ zh: '调用方' })
  @IsOptional()
  @IsString()
  from?: string;
}

export interface ${n.pascal}Info {
  service: string;
  title: string;
  version: string;
  startedAt: string;
  database: 'sqlite' | 'postgresql';
}
`,
    [`${dir}/${n.name}.subjects.ts`]: `import { rpc } from '../common/subject-map';
import { ${n.pascal}InfoRequest } from './${n.name}.rpc';
import type { ${n.pascal}Info } from './${n.name}.rpc';

/** JetStream stream of the ${n.name} service's facts (provisioned once it declares its first event). */
export const ${n.constant}_STREAM = '${n.constant}';

export const ${n.constant}_RPC = {
  '${n.name}.info.get': rpc<${n.pascal}InfoRequest, ${n.pascal}Info>(${n.pascal}InfoRequest, 'What the ${n.name} service is and since when it runs'),
} as const;

/** Events of the ${n.name} service: \`event(PayloadClass, { stream: ${n.constant}_STREAM, … })\`. */
export const ${n.constant}_EVENTS = {} as const;
`,
  };
}

function migration(n: ServiceNames, stamp: string, dialect: 'sqlite' | 'postgresql'): string {
  const cls = `Migration${stamp}_initial`;
  if (dialect === 'sqlite') {
    return `import { Migration } from '@mikro-orm/migrations';

export class ${cls} extends Migration {

  override async up(): Promise<void> {
    this.addSql(\`create table \\\`inbox_message\\\` (\\\`consumer\\\` text not null, \\\`event_id\\\` text not null, \\\`subject\\\` text not null, \\\`processed_at\\\` datetime not null, primary key (\\\`consumer\\\`, \\\`event_id\\\`));\`);

    this.addSql(\`create table \\\`outbox_message\\\` (\\\`seq\\\` integer not null primary key autoincrement, \\\`event_id\\\` text not null, \\\`subject\\\` text not null, \\\`body\\\` text not null, \\\`occurred_at\\\` datetime not null, \\\`published_at\\\` datetime null, \\\`attempts\\\` integer not null default 0, \\\`last_error\\\` text null);\`);
    this.addSql(\`create unique index \\\`outbox_message_event_id_unique\\\` on \\\`outbox_message\\\` (\\\`event_id\\\`);\`);
    this.addSql(\`create index \\\`outbox_message_pending_idx\\\` on \\\`outbox_message\\\` (\\\`published_at\\\`, \\\`seq\\\`);\`);
  }

  override async down(): Promise<void> {
    this.addSql(\`drop table if exists \\\`outbox_message\\\`;\`);
    this.addSql(\`drop table if exists \\\`inbox_message\\\`;\`);
  }

}
`;
  }
  const s = n.schema;
  return `import { Migration } from '@mikro-orm/migrations';

export class ${cls} extends Migration {

  override async up(): Promise<void> {
    this.addSql(\`create schema if not exists "${s}";\`);
    this.addSql(\`create table "${s}"."inbox_message" ("consumer" varchar(100) not null, "event_id" varchar(36) not null, "subject" varchar(200) not null, "processed_at" timestamptz(3) not null, constraint "inbox_message_pkey" primary key ("consumer", "event_id"));\`);

    this.addSql(\`create table "${s}"."outbox_message" ("seq" serial primary key, "event_id" varchar(36) not null, "subject" varchar(200) not null, "body" text not null, "occurred_at" timestamptz(3) not null, "published_at" timestamptz(3) null, "attempts" int not null default 0, "last_error" text null);\`);
    this.addSql(\`alter table "${s}"."outbox_message" add constraint "outbox_message_event_id_unique" unique ("event_id");\`);
    this.addSql(\`create index "outbox_message_pending_idx" on "${s}"."outbox_message" ("published_at", "seq");\`);
  }

  override async down(): Promise<void> {
    this.addSql(\`drop table if exists "${s}"."inbox_message" cascade;\`);

    this.addSql(\`drop table if exists "${s}"."outbox_message" cascade;\`);
  }

}
`;
}

function migrationIndex(stamp: string, dialect: 'sqlite' | 'postgresql'): string {
  const cls = `Migration${stamp}_initial`;
  const constName = dialect === 'sqlite' ? 'SQLITE_MIGRATIONS' : 'POSTGRESQL_MIGRATIONS';
  return `import type { MigrationObject } from '@mikro-orm/core';

import { ${cls} } from './${cls}';

/** Applied in this order; generated by tools/db/migration-create.ts. */
export const ${constName}: MigrationObject[] = [
  { name: '${cls}', class: ${cls} },
];
`;
}

/** `apps/<name>/…`: the service itself. */
export function appFiles(n: ServiceNames, stamp: string): Record<string, string> {
  const app = `apps/${n.name}`;
  const { name, pascal: P, constant: C } = n;
  return {
    [`${app}/package.json`]: json({ name: `@ladder/${name}`, version: '0.0.0', private: true }),
    [`${app}/project.json`]: json({
      name,
      $schema: '../../node_modules/nx/schemas/project-schema.json',
      sourceRoot: `${app}/src`,
      projectType: 'application',
      tags: [`scope:${name}`, 'type:app', 'platform:server'],
      targets: {
        lint: { executor: 'nx:run-commands', options: { command: `eslint ${app}`, cwd: '{workspaceRoot}' } },
        typecheck: { executor: 'nx:run-commands', options: { command: `tsc -p ${app}/tsconfig.json`, cwd: '{workspaceRoot}' } },
        test: { executor: 'nx:run-commands', options: { command: `jest -c ${app}/jest.config.cjs`, cwd: '{workspaceRoot}' } },
        build: {
          executor: 'nx:run-commands',
          inputs: ['production', '^production', '{workspaceRoot}/tools/webpack/node-app.cjs'],
          outputs: [`{workspaceRoot}/dist/apps/${name}`],
          options: { command: `webpack-cli build -c ${app}/webpack.config.cjs`, cwd: '{workspaceRoot}' },
        },
      },
    }),
    [`${app}/tsconfig.json`]: json({
      extends: '../../tsconfig.base.json',
      compilerOptions: { module: 'commonjs', moduleResolution: 'node', noEmit: true, types: ['node', 'jest'] },
      include: ['src/**/*.ts', 'test/**/*.ts'],
    }),
    [`${app}/jest.config.cjs`]: `module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: '${name}',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.int-spec.ts'],
};
`,
    [`${app}/webpack.config.cjs`]: `module.exports = require('../../tools/webpack/node-app.cjs')({
  name: '${name}',
  entries: { main: './${app}/src/main.ts', migrate: './${app}/src/migrate.ts' },
});
`,
    [`${app}/src/config/${name}.env.ts`]: `import { IsOptional, Matches } from 'class-validator';
import { DatabaseEnv, Sensitive, loadConfig } from '@ladder/platform-config';

/** Configuration of the ${name} service (${n.title}), validated once at boot. */
export class ${P}Env extends DatabaseEnv {
  /** PostgreSQL of this service only (overrides DATABASE_URL); unset: SQLite \`<DATA_DIR>/${name}.sqlite\`. */
  @IsOptional()
  @Sensitive()
  @Matches(/^postgres(ql)?:\\/\\/[^\\s]+$/, { message: 'must be a postgres:// URL' })
  ${C}_DATABASE_URL?: string;
}

export function load${P}Env(env: Record<string, string | undefined> = process.env): ${P}Env {
  return loadConfig(${P}Env, env);
}
`,
    [`${app}/src/${name}.tokens.ts`]: `export const ${C}_ENV = Symbol('${C}_ENV');
`,
    [`${app}/src/entities.ts`]: `import { InboxMessage, OutboxMessage } from '@ladder/platform-messaging';

/** Every entity of the ${name} database, listed explicitly. */
export const ${C}_ENTITIES = [OutboxMessage, InboxMessage];
`,
    [`${app}/src/mikro-orm.config.ts`]: `import type { Options } from '@mikro-orm/core';
import { createOrmConfig, resolveDatabaseTarget } from '@ladder/platform-persistence';

import type { ${P}Env } from './config/${name}.env';
import { ${C}_ENTITIES } from './entities';
import { POSTGRESQL_MIGRATIONS } from './migrations/postgresql';
import { SQLITE_MIGRATIONS } from './migrations/sqlite';

export const ${C}_SERVICE = '${name}';

export function create${P}OrmConfig(
  env: Pick<${P}Env, 'DATA_DIR' | 'DATABASE_URL' | '${C}_DATABASE_URL'>,
  migrationsSourceDir?: string,
): Options {
  return createOrmConfig({
    service: ${C}_SERVICE,
    target: resolveDatabaseTarget(${C}_SERVICE, env),
    entities: ${C}_ENTITIES,
    migrations: { sqlite: SQLITE_MIGRATIONS, postgresql: POSTGRESQL_MIGRATIONS },
    migrationsSourceDir,
  });
}
`,
    [`${app}/src/migrations/sqlite/Migration${stamp}_initial.ts`]: migration(n, stamp, 'sqlite'),
    [`${app}/src/migrations/sqlite/index.ts`]: migrationIndex(stamp, 'sqlite'),
    [`${app}/src/migrations/postgresql/Migration${stamp}_initial.ts`]: migration(n, stamp, 'postgresql'),
    [`${app}/src/migrations/postgresql/index.ts`]: migrationIndex(stamp, 'postgresql'),
    [`${app}/src/info/info.service.ts`]: `import { Inject, Injectable } from '@nestjs/common';
import { SERVICE_LIST } from '@ladder/contracts';
import type { RpcResponse } from '@ladder/contracts';
import { SERVICE_VERSION } from '@ladder/platform-config';
import { resolveDatabaseTarget } from '@ladder/platform-persistence';

import { ${P}Env } from '../config/${name}.env';
import { ${C}_SERVICE } from '../mikro-orm.config';
import { ${C}_ENV } from '../${name}.tokens';

/** What this service is (its entry in the service list) and since when it runs. */
@Injectable()
export class ${P}InfoService {
  private readonly startedAt = new Date().toISOString();

  constructor(@Inject(${C}_ENV) private readonly env: ${P}Env) {}

  async get(): Promise<RpcResponse<'${name}.info.get'>> {
    const declared = SERVICE_LIST.find((s) => s.name === ${C}_SERVICE);
    return {
      service: ${C}_SERVICE,
      title: declared?.title ?? ${C}_SERVICE,
      version: SERVICE_VERSION,
      startedAt: this.startedAt,
      database: resolveDatabaseTarget(${C}_SERVICE, this.env).kind,
    };
  }
}
`,
    [`${app}/src/${name}.message-controller.ts`]: `import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { ${P}InfoRequest, RpcResponse } from '@ladder/contracts';

import { ${P}InfoService } from './info/info.service';

/** Thin: validated payload in, use case out. */
@Controller()
export class ${P}MessageController {
  constructor(private readonly info: ${P}InfoService) {}

  @MessagePattern('${name}.info.get')
  infoGet(@Payload() _req: ${P}InfoRequest): Promise<RpcResponse<'${name}.info.get'>> {
    return this.info.get();
  }
}
`,
    [`${app}/src/${name}.module.ts`]: `import { DynamicModule, Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { MessagingModule, createHealthController } from '@ladder/platform-messaging';

import { ${P}Env } from './config/${name}.env';
import { ${P}InfoService } from './info/info.service';
import { create${P}OrmConfig, ${C}_SERVICE } from './mikro-orm.config';
import { ${P}MessageController } from './${name}.message-controller';
import { ${C}_ENV } from './${name}.tokens';

@Module({})
export class ${P}Module {
  static forRoot(env: ${P}Env): DynamicModule {
    return {
      module: ${P}Module,
      imports: [
        MikroOrmModule.forRoot({ ...create${P}OrmConfig(env), registerRequestContext: false }),
        MessagingModule.forService({ service: ${C}_SERVICE, natsUrl: env.NATS_URL, rpcTimeoutMs: env.RPC_TIMEOUT_MS, relay: true }),
      ],
      controllers: [${P}MessageController, createHealthController('${name}')],
      providers: [{ provide: ${C}_ENV, useValue: env }, ${P}InfoService],
    };
  }
}
`,
    [`${app}/src/main.ts`]: `import 'reflect-metadata';

import { Logger } from '@nestjs/common';
import { bootstrapService } from '@ladder/platform-messaging';
import { describeDatabaseTarget, resolveDatabaseTarget } from '@ladder/platform-persistence';

import { load${P}Env } from './config/${name}.env';
import { ${C}_SERVICE } from './mikro-orm.config';
import { ${P}Module } from './${name}.module';

async function main(): Promise<void> {
  const env = load${P}Env();
  new Logger(${C}_SERVICE).log(\`database \${describeDatabaseTarget(resolveDatabaseTarget(${C}_SERVICE, env))}\`);
  await bootstrapService(${P}Module.forRoot(env), { service: ${C}_SERVICE, natsUrl: env.NATS_URL, logLevel: env.LOG_LEVEL });
}

main().catch((error: unknown) => {
  console.error(String((error as Error)?.stack ?? error));
  process.exit(1);
});
`,
    [`${app}/src/migrate.ts`]: `import 'reflect-metadata';

import { runMigrations } from '@ladder/platform-persistence';

import { load${P}Env } from './config/${name}.env';
import { create${P}OrmConfig } from './mikro-orm.config';

async function main(): Promise<void> {
  const env = load${P}Env();
  const result = await runMigrations(create${P}OrmConfig(env));
  console.log(\`${name}: \${result.applied.length} migration(s) applied\${result.applied.length ? \`: \${result.applied.join(', ')}\` : ''}\`);
}

main().catch((error: unknown) => {
  console.error(String((error as Error)?.stack ?? error));
  process.exit(1);
});
`,
    [`${app}/test/migrations.int-spec.ts`]: `import { pendingSchemaDiff, revertAllMigrations, runMigrations } from '@ladder/platform-persistence';
import { createTestDatabase, databaseKinds } from '@ladder/platform-testing';

import { create${P}OrmConfig } from '../src/mikro-orm.config';

describe.each(databaseKinds())('${name} migrations on %s', (kind) => {
  it('should produce exactly the schema of the entities, and roll back cleanly', async () => {
    const db = await createTestDatabase(kind);
    try {
      const config = create${P}OrmConfig(db.env);
      const run = await runMigrations(config);
      expect(run.applied.length).toBeGreaterThan(0);
      expect(await pendingSchemaDiff(config)).toBe('');
      expect((await runMigrations(config)).applied).toEqual([]);
      expect(await revertAllMigrations(config)).toHaveLength(run.applied.length);
      expect((await runMigrations(config)).applied).toEqual(run.applied);
    } finally {
      await db.drop();
    }
  });
});
`,
    [`${app}/test/${name}.int-spec.ts`]: `/**
 * The ${name} service in-process, over a private nats-server and real databases (SQLite always, PostgreSQL too
 * with TEST_DATABASE_URL), reached through its request/reply API.
 */
import type { INestMicroservice } from '@nestjs/common';
import { RemoteError, bootstrapService, createStandaloneClient } from '@ladder/platform-messaging';
import type { MessagingClient } from '@ladder/platform-messaging';
import { runMigrations } from '@ladder/platform-persistence';
import { createTestDatabase, databaseKinds, startNatsServer } from '@ladder/platform-testing';
import type { NatsServerHandle, TestDatabase } from '@ladder/platform-testing';

import { load${P}Env } from '../src/config/${name}.env';
import { create${P}OrmConfig } from '../src/mikro-orm.config';
import { ${P}Module } from '../src/${name}.module';

jest.setTimeout(60_000);

describe.each(databaseKinds())('${name} on %s', (kind) => {
  let nats: NatsServerHandle;
  let db: TestDatabase;
  let service: INestMicroservice;
  let client: MessagingClient;

  beforeAll(async () => {
    nats = await startNatsServer();
    db = await createTestDatabase(kind);
    const env = load${P}Env({ NATS_URL: nats.url, LOG_LEVEL: 'error', ...db.env });
    await runMigrations(create${P}OrmConfig(env));
    service = await bootstrapService(${P}Module.forRoot(env), { service: '${name}', natsUrl: nats.url, logLevel: 'error' });
    client = createStandaloneClient(nats.url, '${name}-int-test', 10_000);
  });

  afterAll(async () => {
    await client?.close();
    await service?.close();
    await nats?.stop();
    await db?.drop();
  });

  it('should answer health with its database up when pinged', async () => {
    // Act
    const health = await client.request('${name}.health.ping', { from: 'test' });

    // Assert
    expect(health).toMatchObject({ service: '${name}', status: 'ok', database: 'ok', outboxBacklog: 0 });
  });

  it('should say what it is when asked for its info', async () => {
    // Act
    const info = await client.request('${name}.info.get', {});

    // Assert
    expect(info).toMatchObject({ service: '${name}', database: kind });
  });

  it('should reject an unknown field when a request carries one', async () => {
    // Act
    const error = await client.request('${name}.info.get', Object.assign({ from: 'test' }, { notAField: 1 })).catch((e: unknown) => e);

    // Assert
    expect(error).toBeInstanceOf(RemoteError);
    expect((error as RemoteError).code).toBe('VALIDATION_FAILED');
  });
});
`,
  };
}
