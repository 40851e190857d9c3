import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { evaluateTiers, nextTierDistance } from '@ladder/policy';
import { executeSql, pendingSchemaDiff, revertAllMigrations, runMigrations, tableName } from '@ladder/platform-persistence';
import { createTestDatabase, databaseKinds, makeEnterprise } from '@ladder/platform-testing';

import { PoolEntry } from '../src/evaluation/pool-entry.entity';
import { createTieringOrmConfig } from '../src/mikro-orm.config';

describe.each(databaseKinds())('tiering migrations on %s', (kind) => {
  it('should produce exactly the schema of the entities, and roll back cleanly', async () => {
    const db = await createTestDatabase(kind);
    try {
      const config = createTieringOrmConfig(db.env);
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

  it('should read an explanation stored as JSON before the compressed column as the same result, and write new ones compressed', async () => {
    // Arrange: the schema before ADR 0014, with a pool entry whose explanation is JSON.
    const db = await createTestDatabase(kind);
    const orm = await MikroORM.init(createTieringOrmConfig(db.env));
    try {
      await orm.getMigrator().up({ to: 'Migration20261206173058_list_indexes' });
      const [older, newer] = [makeEnterprise().uscc, makeEnterprise().uscc];
      const result = evaluateTiers({
        profile: {
          uscc: older,
          name: '旧评估企业',
          industryGroup: 'industry',
          independentLegalPerson: true,
          annualData: [{ year: 2024, employees: 12, operatingRevenue: 150_000_000, mainBusinessRevenue: 140_000_000, rdExpense: 1_000_000 }],
          titles: [],
        },
        asOf: '2025-06-15',
        type: 'new',
      });
      const em = orm.em.fork() as EntityManager;
      await executeSql(
        em,
        `insert into ${tableName(em, PoolEntry)} (uscc, county_code, name, evaluation_id, inputs_hash, result, distance, evaluated_at) values (?, ?, ?, ?, ?, ?, ?, ?)`,
        [older, '350404', '旧评估企业', 1, 'h', JSON.stringify(result), JSON.stringify(nextTierDistance(result)), new Date()],
      );

      // Act
      await orm.getMigrator().up();
      const entry = new PoolEntry();
      Object.assign(entry, { uscc: newer, countyCode: '350404', name: '新评估企业', evaluationId: 2, inputsHash: 'h', result, distance: nextTierDistance(result) });
      await orm.em.fork().persistAndFlush(entry);

      // Assert: both read back as the result; the new one is stored compressed (format byte 1), and smaller.
      const read = orm.em.fork();
      expect((await read.findOneOrFail(PoolEntry, { uscc: older })).result).toEqual(result);
      expect((await read.findOneOrFail(PoolEntry, { uscc: newer })).result).toEqual(result);
      const stored = (await executeSql<{ result: Buffer }>(em, `select result from ${tableName(em, PoolEntry)} where uscc = ?`, [newer])).rows[0]!.result;
      expect(Buffer.isBuffer(stored) && stored[0]).toBe(0x01);
      expect(stored.length).toBeLessThan(JSON.stringify(result).length / 2);
    } finally {
      await orm.close(true);
      await db.drop();
    }
  });
});
