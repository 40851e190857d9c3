import { pendingSchemaDiff, revertAllMigrations, runMigrations } from '@ladder/platform-persistence';
import { createTestDatabase, databaseKinds } from '@ladder/platform-testing';

import { createTalentOrmConfig } from '../src/mikro-orm.config';

describe.each(databaseKinds())('talent migrations on %s', (kind) => {
  it('should produce exactly the schema of the entities, and roll back cleanly', async () => {
    const db = await createTestDatabase(kind);
    try {
      const config = createTalentOrmConfig(db.env);
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
