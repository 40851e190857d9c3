import { MikroORM } from '@mikro-orm/core';
import type { Options } from '@mikro-orm/core';

export interface MigrationRun {
  readonly applied: string[];
}

/** Apply pending migrations: the explicit deploy step (never run at service start-up). */
export async function runMigrations(config: Options): Promise<MigrationRun> {
  const orm = await MikroORM.init(config);
  try {
    const migrator = orm.getMigrator();
    const done = await migrator.up();
    return { applied: done.map((m) => m.name) };
  } finally {
    await orm.close(true);
  }
}

/** True when the entities need no schema change beyond the applied migrations. */
export async function pendingSchemaDiff(config: Options): Promise<string> {
  const orm = await MikroORM.init(config);
  try {
    const sql = await orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false, safe: false, dropTables: true });
    // MikroORM does not read CHECK constraints back from SQLite (they live in the CREATE TABLE of the migration), so
    // on SQLite it always proposes to add them: not a drift.
    const sqlite = orm.config.get('driver')?.name?.toLowerCase().includes('sqlite') ?? false;
    return sql
      .split('\n')
      .filter((line) => !(sqlite && /^alter table `\w+` add constraint \w+ check\(/.test(line.trim())))
      .join('\n')
      .trim();
  } finally {
    await orm.close(true);
  }
}

/** Revert every applied migration (tests prove each migration has a working `down`). */
export async function revertAllMigrations(config: Options): Promise<string[]> {
  const orm = await MikroORM.init(config);
  try {
    const done = await orm.getMigrator().down({ to: 0 });
    return done.map((m) => m.name);
  } finally {
    await orm.close(true);
  }
}
