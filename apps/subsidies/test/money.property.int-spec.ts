/**
 * Property tests (fast-check) of the money invariants on a real database (SQLite always, PostgreSQL too with
 * TEST_DATABASE_URL): whatever the sequence and concurrency of reservations, payments and releases, a budget line
 * never goes negative, never commits more than its amount, and its ledger explains it to the fen; an award is
 * never created twice for the same enterprise, award and trigger.
 */
import { randomUUID } from 'node:crypto';

import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type { Actor } from '@ladder/contracts';
import { TransactionRunner } from '@ladder/platform-messaging';
import { runMigrations } from '@ladder/platform-persistence';
import { createTestDatabase, databaseKinds, makeUscc } from '@ladder/platform-testing';
import type { TestDatabase } from '@ladder/platform-testing';
import fc from 'fast-check';

import { BudgetLine } from '../src/budgets/budget-line.entity';
import { BudgetService } from '../src/budgets/budget.service';
import { LedgerEntry } from '../src/budgets/ledger-entry.entity';
import { createSubsidiesOrmConfig } from '../src/mikro-orm.config';
import { Entitlement } from '../src/entitlements/entitlement.entity';

jest.setTimeout(180_000);

const actor: Actor = { userId: 'u-czjsh', username: 'czjsh', roles: ['finance-approver'] };

describe.each(databaseKinds())('money invariants on %s', (kind) => {
  let db: TestDatabase;
  let orm: MikroORM;
  let budgets: BudgetService;

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    const config = createSubsidiesOrmConfig(db.env);
    await runMigrations(config);
    orm = await MikroORM.init(config);
    budgets = new BudgetService(orm.em, new TransactionRunner(orm));
  });

  afterAll(async () => {
    await orm?.close(true);
    await db?.drop();
  });

  const tx = <T>(work: (em: EntityManager) => Promise<T>): Promise<T> => orm.em.fork().transactional((em) => work(em as EntityManager));

  async function check(year: number): Promise<void> {
    const em = orm.em.fork() as EntityManager;
    const line = await em.findOneOrFail(BudgetLine, { payer: 'CITY', countyCode: '', year });
    expect(line.reservedFen).toBeGreaterThanOrEqual(0);
    expect(line.consumedFen).toBeGreaterThanOrEqual(0);
    expect(line.reservedFen + line.consumedFen).toBeLessThanOrEqual(line.amountFen);
    const ledger = await em.find(LedgerEntry, { budgetLineId: line.id });
    const sum = (k: string): number => ledger.filter((l) => l.kind === k).reduce((s, l) => s + l.amountFen, 0);
    expect(sum('consume')).toBe(line.consumedFen);
    expect(sum('reserve') - sum('release') - sum('consume')).toBe(line.reservedFen);
  }

  let year = 3000;

  it('should never overdraw a line whatever the amounts and the concurrency of approvals', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.array(fc.array(fc.integer({ min: 1, max: 400_000 }), { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 4 }),
        fc.array(fc.constantFrom('consume', 'release', 'keep'), { minLength: 24, maxLength: 24 }),
        async (amountFen, batches, fates) => {
          year += 1;
          await budgets.set('CITY', undefined, year, amountFen, actor);
          const reserved: { id: string; amountFen: number }[] = [];
          let granted = 0;
          for (const batch of batches) {
            // One batch = officials approving at the same moment.
            const outcomes = await Promise.allSettled(
              batch.map(async (fen) => {
                const id = randomUUID();
                await tx((em) => budgets.reserve(em, [{ payer: 'CITY', countyCode: null, amountFen: fen }], { entitlementId: id, awardId: 'S-17', uscc: 'X', year }, actor));
                return { id, amountFen: fen };
              }),
            );
            for (const o of outcomes) {
              if (o.status === 'fulfilled') {
                reserved.push(o.value);
                granted += o.value.amountFen;
              } else {
                expect((o.reason as { code?: string }).code).toBe('SUBSIDIES_BUDGET_INSUFFICIENT');
              }
            }
            await check(year);
          }
          expect(granted).toBeLessThanOrEqual(amountFen);
          // Then pay some and cancel others, concurrently.
          await Promise.all(
            reserved.map(async (r, i) => {
              const fate = fates[i % fates.length];
              const share = [{ payer: 'CITY' as const, countyCode: null, amountFen: r.amountFen }];
              const m = { entitlementId: r.id, awardId: 'S-17', uscc: 'X', year };
              if (fate === 'consume') await tx((em) => budgets.consume(em, share, { ...m, voucherNo: `V-${i}` }, actor));
              if (fate === 'release') await tx((em) => budgets.release(em, share, m, actor));
            }),
          );
          await check(year);
        },
      ),
      { numRuns: kind === 'sqlite' ? 40 : 25 },
    );
  });

  it('should refuse at the database a change that would overdraw a line, even bypassing the service', async () => {
    year += 1;
    await budgets.set('CITY', undefined, year, 100, actor);
    const em = orm.em.fork() as EntityManager;
    const line = await em.findOneOrFail(BudgetLine, { payer: 'CITY', countyCode: '', year });
    // Not `rejects.toThrow()`: better-sqlite3's native binding keeps the error class of the first test file that
    // loaded it in this Jest worker, so a later file's SqliteError is not an `Error` of its own realm.
    const refused = (work: Promise<unknown>): Promise<boolean> => work.then(() => false, () => true);
    expect(await refused(em.createQueryBuilder(BudgetLine).update({ reservedFen: 101 }).where({ id: line.id }).execute())).toBe(true);
    expect(await refused(em.createQueryBuilder(BudgetLine).update({ consumedFen: -1 }).where({ id: line.id }).execute())).toBe(true);
    await check(year);
  });

  it('should keep one award per enterprise, award and trigger whatever the duplicates and their order', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ enterprise: fc.integer({ min: 0, max: 2 }), award: fc.constantFrom('S-17', 'S-18'), trigger: fc.integer({ min: 0, max: 2 }) }), { minLength: 1, maxLength: 12 }),
        async (attempts) => {
          const usccs = [makeUscc(), makeUscc(), makeUscc()];
          const triggers = [randomUUID(), randomUUID(), randomUUID()];
          const outcomes = await Promise.allSettled(
            attempts.map((a) =>
              tx(async (em) => {
                const e = Object.assign(new Entitlement(), {
                  id: randomUUID(),
                  awardId: a.award,
                  uscc: usccs[a.enterprise]!,
                  countyCode: '350404',
                  origin: 'certification',
                  triggerKey: triggers[a.trigger]!,
                  triggerDate: '2025-01-01',
                  amountFen: 5_000_000,
                  payer: 'CITY',
                  split: [],
                  computation: { decision: 'granted', amountFen: 5_000_000, capApplied: false, formula: '' },
                  versionId: 'S-17@plan-2022',
                  status: 'pending-publicity',
                  createdById: 'system',
                });
                em.persist(e);
                await em.flush();
              }),
            ),
          );
          const distinct = new Set(attempts.map((a) => `${a.enterprise}/${a.award}/${a.trigger}`)).size;
          expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(distinct);
          const stored = await (orm.em.fork() as EntityManager).count(Entitlement, { uscc: { $in: usccs } });
          expect(stored).toBe(distinct);
        },
      ),
      { numRuns: kind === 'sqlite' ? 40 : 25 },
    );
  });
});
