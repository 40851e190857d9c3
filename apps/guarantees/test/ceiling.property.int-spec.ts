/**
 * Property: whatever the order of applications, rejections, loans issued, repayments and compensations (代偿), an
 * enterprise's committed principal (在审 + 在保) equals the principal of its open applications, never exceeds its
 * S-49 ceiling, and an application is accepted exactly when it fits under the ceiling. Runs the use cases on a real
 * database (SQLite; PostgreSQL too with TEST_DATABASE_URL).
 */
import { randomUUID } from 'node:crypto';

import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type { Actor, GuaranteeStatus } from '@ladder/contracts';
import { Clock } from '@ladder/platform-config';
import { DomainException, TransactionRunner } from '@ladder/platform-messaging';
import { runMigrations } from '@ladder/platform-persistence';
import { createTestDatabase, databaseKinds, makeUscc } from '@ladder/platform-testing';
import type { TestDatabase } from '@ladder/platform-testing';
import fc from 'fast-check';

import { GuaranteeApplication } from '../src/applications/guarantee-application.entity';
import { GuaranteeService } from '../src/applications/guarantee.service';
import { GuaranteePolicy } from '../src/compute/guarantee-policy.service';
import { loadGuaranteesEnv } from '../src/config/guarantees.env';
import { EnterpriseExposure } from '../src/exposure/enterprise-exposure.entity';
import { ExposureLedger } from '../src/exposure/exposure.ledger';
import { createGuaranteesOrmConfig } from '../src/mikro-orm.config';
import { Organisation } from '../src/organisations/organisation.entity';
import { OrganisationService } from '../src/organisations/organisation.service';
import { TitleCard } from '../src/whitelist/title-card.entity';

jest.setTimeout(240_000);

const WAN = 1_000_000;
const CEILING = 500 * WAN; // 专精特新
const officer: Actor = { userId: 'u1', username: 'officer', roles: ['guarantor-officer'] };
const approver: Actor = { userId: 'u2', username: 'approver', roles: ['guarantor-approver'] };
const banker: Actor = { userId: 'u3', username: 'banker', roles: ['bank-officer'] };
const OPEN: readonly GuaranteeStatus[] = ['submitted', 'reviewed', 'approved', 'issued'];

type Op =
  | { readonly kind: 'apply'; readonly principalFen: number }
  | { readonly kind: 'reject' | 'issue' | 'repay'; readonly pick: number }
  | { readonly kind: 'compensate'; readonly pick: number; readonly share: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(1, 100 * WAN, 200 * WAN, 300 * WAN, 499 * WAN + 99, 500 * WAN, 500 * WAN + 1).map((principalFen) => ({ kind: 'apply' as const, principalFen })) },
  { weight: 1, arbitrary: fc.nat(9).map((pick) => ({ kind: 'reject' as const, pick })) },
  { weight: 2, arbitrary: fc.nat(9).map((pick) => ({ kind: 'issue' as const, pick })) },
  { weight: 2, arbitrary: fc.nat(9).map((pick) => ({ kind: 'repay' as const, pick })) },
  { weight: 1, arbitrary: fc.record({ pick: fc.nat(9), share: fc.integer({ min: 1, max: 100 }) }).map((o) => ({ kind: 'compensate' as const, ...o })) },
);

describe.each(databaseKinds())('the S-49 ceiling under any order of operations on %s', (kind) => {
  let db: TestDatabase;
  let orm: MikroORM;
  let service: GuaranteeService;
  let guarantorId: string;
  let bankId: string;

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    const env = loadGuaranteesEnv({ NATS_URL: 'nats://127.0.0.1:1', LOG_LEVEL: 'error', ...db.env });
    await runMigrations(createGuaranteesOrmConfig(env));
    orm = await MikroORM.init(createGuaranteesOrmConfig(env));
    const transactions = new TransactionRunner(orm);
    const organisations = new OrganisationService(orm.em, transactions);
    service = new GuaranteeService(transactions, new GuaranteePolicy(env), new ExposureLedger(), organisations, new Clock('2025-06-20'));
    guarantorId = randomUUID();
    bankId = randomUUID();
    const em = orm.em.fork();
    em.persist(Object.assign(new Organisation(), { id: guarantorId, kind: 'guarantor', name: '担保（性质测试）', members: ['officer', 'approver'] }));
    em.persist(Object.assign(new Organisation(), { id: bankId, kind: 'bank', name: '银行（性质测试）', members: ['banker'] }));
    await em.flush();
  });

  afterAll(async () => {
    await orm?.close(true);
    await db?.drop();
  });

  async function newEnterprise(): Promise<string> {
    const uscc = makeUscc('350404');
    const em = orm.em.fork();
    em.persist(
      Object.assign(new TitleCard(), {
        uscc,
        countyCode: '350404',
        titles: [{ certificationId: randomUUID(), tier: 'specialized', certifiedOn: '2024-05-10', validUntil: '2027-05-09', revokedOn: null, fraud: false, docNo: '闽工信〔2024〕1号' }],
      }),
    );
    await em.flush();
    return uscc;
  }

  async function state(uscc: string): Promise<{ committed: number; open: number; apps: GuaranteeApplication[] }> {
    const em = orm.em.fork() as EntityManager;
    const apps = await em.find(GuaranteeApplication, { uscc }, { orderBy: { createdAt: 'asc', id: 'asc' } });
    const row = await em.findOne(EnterpriseExposure, { uscc });
    return { committed: row?.committedFen ?? 0, open: apps.filter((a) => OPEN.includes(a.status)).reduce((s, a) => s + a.principalFen, 0), apps };
  }

  const nth = <T>(items: readonly T[], pick: number): T | undefined => (items.length === 0 ? undefined : items[pick % items.length]);

  async function run(uscc: string, op: Op): Promise<void> {
    const before = await state(uscc);
    const by = (s: GuaranteeStatus): GuaranteeApplication[] => before.apps.filter((a) => a.status === s);
    switch (op.kind) {
      case 'apply': {
        const fits = before.open + op.principalFen <= CEILING;
        const outcome = await service
          .submit({ uscc, guarantorId, bankId, principalFen: op.principalFen, termMonths: 12, purpose: '流动资金', actor: officer })
          .then(() => 'ok', (e: unknown) => (e instanceof DomainException ? e.code : String(e)));
        expect(outcome).toBe(fits ? 'ok' : 'GUARANTEES_CEILING_EXCEEDED');
        break;
      }
      case 'reject': {
        const app = nth(by('submitted'), op.pick);
        if (app) await service.review({ applicationId: app.id, approve: false, actor: officer });
        break;
      }
      case 'issue': {
        const app = nth(by('submitted'), op.pick);
        if (!app) break;
        await service.review({ applicationId: app.id, approve: true, actor: officer });
        await service.decide({ applicationId: app.id, approve: true, actor: approver });
        await service.issue({ applicationId: app.id, loanNo: `L-${app.id.slice(0, 8)}`, issuedOn: '2025-06-20', actor: banker });
        break;
      }
      case 'repay': {
        const app = nth(by('issued'), op.pick);
        if (app) await service.close({ applicationId: app.id, outcome: 'repaid', on: '2025-06-20', actor: banker });
        break;
      }
      case 'compensate': {
        const app = nth(by('issued'), op.pick);
        if (app) {
          const amountFen = Math.max(1, Math.floor((app.principalFen * op.share) / 100));
          await service.close({ applicationId: app.id, outcome: 'compensated', on: '2025-06-20', amountFen, actor: officer });
        }
        break;
      }
    }
    const after = await state(uscc);
    expect(after.committed).toBe(after.open);
    expect(after.committed).toBeLessThanOrEqual(CEILING);
    expect(after.committed).toBeGreaterThanOrEqual(0);
  }

  it('should keep committed principal = open principal ≤ ceiling, and accept exactly what fits', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 12 }), async (ops) => {
        const uscc = await newEnterprise();
        for (const op of ops) await run(uscc, op);
      }),
      { numRuns: 25 },
    );
  });
});
