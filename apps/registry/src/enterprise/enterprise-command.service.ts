import { Inject, Injectable } from '@nestjs/common';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import {
  Actor,
  AnnualDataDto,
  AnnualFacts,
  ChangeLogEntryDto,
  CreateEnterpriseRequest,
  EnterpriseDto,
  EnterpriseFields,
  EnterprisePatch,
  EnterpriseProfile,
  FieldChange,
  ProfileResultDto,
  SizeClassSummary,
  checkAnnualFactsConsistency,
} from '@ladder/contracts';
import { DomainException, TransactionRunner, assertInScope, recordEvent, recordEvents } from '@ladder/platform-messaging';
import { executeSql, insertRows, tableName } from '@ladder/platform-persistence';
import { classifySize } from '@ladder/policy';
import type { SizeClassConvention } from '@ladder/policy';

import { RegistryEnv } from '../config/registry.env';
import { AnnualData } from './annual-data.entity';
import { ChangeLog } from './change-log.entity';
import { Enterprise } from './enterprise.entity';
import {
  canonicalJson,
  deepMerge,
  diffFacts,
  plainFacts,
  sameValue,
  toAnnualDataDto,
  toEnterpriseDto,
  toSnapshot,
} from './enterprise.mapper';
import { changeLogRow, enterpriseRecordRow, newEnterprise, newEnterpriseRecord } from './enterprise.rows';
import type { NewEnterpriseRecord } from './enterprise.rows';
import { REGISTRY_ENV, REGISTRY_SOURCE, REGISTRY_TX } from './registry.tokens';

export type UpsertOutcome = 'created' | 'updated' | 'unchanged';

/** A create waiting for the next group commit. */
interface PendingCreate {
  readonly req: CreateEnterpriseRequest;
  readonly resolve: (dto: EnterpriseDto) => void;
  readonly reject: (error: unknown) => void;
}

/** What one create of a group commit ends with. */
type CreateOutcome = { readonly ok: true; readonly dto: EnterpriseDto } | { readonly ok: false; readonly error: unknown };

/** Creates written in one transaction at most. */
const CREATE_BATCH = 64;

const PATCHABLE = [
  'name',
  'countyCode',
  'industryGroup',
  'chains',
  'contacts',
  'address',
  'legalRepresentative',
  'establishedOn',
  'independentLegalPerson',
  'mainProduct',
] as const;
type Patchable = (typeof PATCHABLE)[number];

/**
 * The registry's use cases that change the pool. Every change is one transaction (`TransactionRunner`): the
 * entity, its change-log entry and its outbox event commit together, and a concurrent change is
 * REGISTRY_VERSION_CONFLICT. The `...In(em, …)` variants run inside a caller's transaction (imports, profiles).
 */
@Injectable()
export class EnterpriseCommandService {
  private readonly convention: SizeClassConvention;

  constructor(
    private readonly transactions: TransactionRunner,
    @Inject(REGISTRY_ENV) env: RegistryEnv,
  ) {
    this.convention = { upperBound: env.SIZE_CLASS_UPPER_BOUND, band: env.SIZE_CLASS_BAND };
  }

  /**
   * Register an enterprise (the event path's hot write). Creates that arrive while one is being written wait and
   * are written together in the next transaction, each inside its own savepoint (group commit): one commit for
   * many creates, each with the result — or the error — it would have had alone, and none answered before its
   * rows (enterprise, change-log entry, outbox event) are committed. A lone create is a transaction of its own.
   */
  create(req: CreateEnterpriseRequest): Promise<EnterpriseDto> {
    return new Promise<EnterpriseDto>((resolve, reject) => {
      this.pendingCreates.push({ req, resolve, reject });
      if (this.writingCreates) return;
      // Start after this turn of the event loop (no timer): the creates read from the same socket data join this
      // batch instead of the first one going alone and the others waiting for its commit.
      this.writingCreates = true;
      setImmediate(() => void this.writeCreates());
    });
  }

  private readonly pendingCreates: PendingCreate[] = [];
  private writingCreates = false;

  private async writeCreates(): Promise<void> {
    this.writingCreates = true;
    try {
      while (this.pendingCreates.length > 0) await this.createBatch(this.pendingCreates.splice(0, CREATE_BATCH));
    } finally {
      this.writingCreates = false;
    }
  }

  private async createBatch(batch: readonly PendingCreate[]): Promise<void> {
    let outcomes: CreateOutcome[] = [];
    try {
      await this.transactions.run(
        async (em) => {
          const [lone] = batch;
          if (lone && batch.length === 1) {
            outcomes = [{ ok: true, dto: await this.insertNew(em, lone.req, lone.req.actor) }];
            return;
          }
          // The whole batch with one lookup and one multi-row insert per table, in a savepoint; should a statement
          // fail (a unique violation from another replica, a database error), the batch goes again one create
          // per savepoint, which gives each create its own outcome.
          await executeSql(em, 'savepoint registry_create_batch');
          try {
            outcomes = await this.insertNewBatch(em, batch);
            await executeSql(em, 'release savepoint registry_create_batch');
            return;
          } catch {
            await executeSql(em, 'rollback to savepoint registry_create_batch');
            await executeSql(em, 'release savepoint registry_create_batch');
          }
          outcomes = [];
          for (const { req } of batch) {
            await executeSql(em, 'savepoint registry_create');
            try {
              outcomes.push({ ok: true, dto: await this.insertNew(em, req, req.actor) });
            } catch (error) {
              await executeSql(em, 'rollback to savepoint registry_create');
              outcomes.push({ ok: false, error });
            }
            await executeSql(em, 'release savepoint registry_create');
          }
        },
        { ...REGISTRY_TX, fork: true },
      );
    } catch (error) {
      for (const item of batch) item.reject(error);
      return;
    }
    batch.forEach((item, i) => {
      const outcome = outcomes[i]!;
      if (outcome.ok) item.resolve(outcome.dto);
      else item.reject(outcome.error);
    });
  }

  /**
   * `insertNew` for many creates at once, with the outcome each would have had written one after the other: out
   * of scope, or already in the pool (also when an earlier create of the same batch registers the same USCC: that
   * one is then the enterprise found, active, with its name), else registered — rows, change-log entries and
   * events in the batch's order. Throws when a statement fails (the caller then writes the creates one by one).
   */
  private async insertNewBatch(em: EntityManager, batch: readonly PendingCreate[]): Promise<CreateOutcome[]> {
    const outcomes: (CreateOutcome | null)[] = [];
    const inScope: PendingCreate[] = [];
    for (const item of batch) {
      try {
        assertInScope(item.req.actor, item.req.countyCode);
        outcomes.push(null);
        inScope.push(item);
      } catch (error) {
        outcomes.push({ ok: false, error });
      }
    }
    const usccs = [...new Set(inScope.map((item) => item.req.uscc))];
    const found = new Map<string, { name: string; status: string }>();
    if (usccs.length > 0) {
      const { rows } = await executeSql<{ uscc: string; name: string; status: string }>(
        em,
        `select uscc, name, status from ${tableName(em, Enterprise)} where uscc in (${usccs.map(() => '?').join(', ')})`,
        usccs,
      );
      for (const row of rows) found.set(row.uscc, { name: row.name, status: row.status });
    }
    const now = new Date();
    const created: { readonly e: NewEnterpriseRecord; readonly actor: Actor }[] = [];
    batch.forEach((item, i) => {
      if (outcomes[i]) return;
      const { req } = item;
      const existing = found.get(req.uscc);
      if (existing) {
        outcomes[i] = { ok: false, error: alreadyInPool(req.uscc, existing) };
        return;
      }
      const e = newEnterpriseRecord(req, req.actor, now);
      // A later create of the same USCC in this batch finds this one, as it would after this one's commit.
      found.set(req.uscc, { name: e.name, status: 'active' });
      created.push({ e, actor: req.actor });
      outcomes[i] = { ok: true, dto: toEnterpriseDto(e) };
    });
    if (created.length > 0) {
      await insertRows(
        em,
        Enterprise,
        created.map(({ e }) => enterpriseRecordRow(e)),
      );
      await insertRows(
        em,
        ChangeLog,
        created.map(({ e, actor }) => changeLogRow(e.uscc, actor, 'registered', [], null, null, now)),
      );
      await recordEvents(
        em,
        REGISTRY_SOURCE,
        created.map(({ e }) => ({ subject: 'registry.enterprise.registered' as const, data: { enterprise: toSnapshot(e), admittedAt: now.toISOString() } })),
        now,
      );
    }
    return outcomes.map((o) => o ?? { ok: false, error: new Error('create without an outcome') });
  }

  /**
   * `createIn` without the unit of work: the same checks, rows, change-log entry, event and errors, as one lookup
   * and three bound-parameter inserts in the caller's transaction — no entity to hydrate, snapshot or diff,
   * statements the driver reuses.
   */
  private async insertNew(em: EntityManager, fields: EnterpriseFields & { uscc: string }, actor: Actor): Promise<EnterpriseDto> {
    assertInScope(actor, fields.countyCode);
    const { rows } = await executeSql<{ name: string; status: string }>(em, `select name, status from ${tableName(em, Enterprise)} where uscc = ?`, [
      fields.uscc,
    ]);
    if (rows[0]) throw alreadyInPool(fields.uscc, rows[0]);
    const now = new Date();
    const e = newEnterpriseRecord(fields, actor, now);
    try {
      await insertRows(em, Enterprise, [enterpriseRecordRow(e)]);
    } catch (error) {
      // Another process registered it between the lookup and the insert (PostgreSQL, several replicas).
      if (error instanceof UniqueConstraintViolationException) throw alreadyInPool(fields.uscc, { name: fields.name, status: 'active' });
      throw error;
    }
    await insertRows(em, ChangeLog, [changeLogRow(e.uscc, actor, 'registered', [], null, null, now)]);
    await recordEvents(em, REGISTRY_SOURCE, [{ subject: 'registry.enterprise.registered', data: { enterprise: toSnapshot(e), admittedAt: now.toISOString() } }], now);
    return toEnterpriseDto(e);
  }

  async createIn(em: EntityManager, fields: EnterpriseFields & { uscc: string }, actor: Actor): Promise<Enterprise> {
    assertInScope(actor, fields.countyCode);
    const existing = await em.findOne(Enterprise, { uscc: fields.uscc });
    if (existing) throw alreadyInPool(fields.uscc, existing);
    // A new row's version is 1 (the column default): known before the insert, so the entity, its change-log entry
    // and its event go in one flush.
    const e = newEnterprise(fields, actor, new Date());
    em.persist(e);
    em.persist(changeLog(e.uscc, actor, 'registered', [], null));
    recordEvent(em, REGISTRY_SOURCE, 'registry.enterprise.registered', {
      enterprise: toSnapshot(e),
      admittedAt: e.admittedAt.toISOString(),
    });
    await em.flush();
    return e;
  }

  async update(
    uscc: string,
    patch: EnterprisePatch,
    actor: Actor,
    expectedVersion?: number,
  ): Promise<{ before: EnterpriseDto; after: EnterpriseDto }> {
    return this.transactions.run(async (em) => {
      const e = await em.getRepository(Enterprise).loadInScope(uscc, actor);
      if (expectedVersion !== undefined && expectedVersion !== e.version) {
        throw new DomainException('REGISTRY_VERSION_CONFLICT');
      }
      const before = toEnterpriseDto(e);
      await this.updateIn(em, e, patch, actor);
      return { before, after: toEnterpriseDto(e) };
    }, REGISTRY_TX);
  }

  /** Apply the fields present in `patch`; returns the changes (empty when nothing differs). */
  async updateIn(
    em: EntityManager,
    e: Enterprise,
    patch: Partial<Record<Patchable, unknown>>,
    actor: Actor,
  ): Promise<FieldChange[]> {
    if (e.status === 'removed') throw new DomainException('REGISTRY_ENTERPRISE_REMOVED');
    if (typeof patch.countyCode === 'string') assertInScope(actor, patch.countyCode);
    const changes: FieldChange[] = [];
    for (const field of PATCHABLE) {
      const next = patch[field];
      if (next === undefined) continue;
      const current = field === 'chains' ? e.chains : (e[field] as unknown);
      // null clears an optional field; lists clear to empty.
      const cleared = next === null && (field === 'chains' || field === 'contacts') ? [] : next;
      const normalized = field === 'contacts' ? plainFacts(cleared) : cleared;
      if (sameValue(current, normalized)) continue;
      changes.push({ field, before: current ?? null, after: normalized ?? null });
      if (field === 'chains') e.chains = normalized as string[];
      else (e as unknown as Record<string, unknown>)[field] = normalized;
    }
    if (changes.length === 0) return changes;
    e.updatedBy = actor.username;
    if (changes.some((c) => c.field === 'industryGroup')) await this.reclassifyAllYears(em, e);
    await em.flush();
    em.persist(changeLog(e.uscc, actor, 'updated', changes, null));
    recordEvent(em, REGISTRY_SOURCE, 'registry.enterprise.updated', { enterprise: toSnapshot(e), changes });
    await em.flush();
    return changes;
  }

  async remove(uscc: string, reason: string, actor: Actor): Promise<{ before: EnterpriseDto; after: EnterpriseDto }> {
    return this.transactions.run(async (em) => {
      const e = await em.getRepository(Enterprise).loadInScope(uscc, actor);
      if (e.status === 'removed') throw new DomainException('REGISTRY_ENTERPRISE_REMOVED', '该企业已出库');
      const before = toEnterpriseDto(e);
      e.status = 'removed';
      e.removedAt = new Date();
      e.removalReason = reason;
      e.updatedBy = actor.username;
      await em.flush();
      em.persist(changeLog(e.uscc, actor, 'removed', [{ field: 'status', before: 'active', after: 'removed' }], reason));
      recordEvent(em, REGISTRY_SOURCE, 'registry.enterprise.removed', {
        enterprise: toSnapshot(e),
        reason,
        removedAt: e.removedAt.toISOString(),
      });
      await em.flush();
      return { before, after: toEnterpriseDto(e) };
    }, REGISTRY_TX);
  }

  async readmit(uscc: string, reason: string, actor: Actor): Promise<{ before: EnterpriseDto; after: EnterpriseDto }> {
    return this.transactions.run(async (em) => {
      const e = await em.getRepository(Enterprise).loadInScope(uscc, actor);
      if (e.status === 'active') throw new DomainException('REGISTRY_ENTERPRISE_ACTIVE');
      const before = toEnterpriseDto(e);
      e.status = 'active';
      e.admittedAt = new Date();
      e.removedAt = null;
      e.removalReason = null;
      e.updatedBy = actor.username;
      await em.flush();
      em.persist(changeLog(e.uscc, actor, 'readmitted', [{ field: 'status', before: 'removed', after: 'active' }], reason));
      recordEvent(em, REGISTRY_SOURCE, 'registry.enterprise.readmitted', { enterprise: toSnapshot(e), reason });
      await em.flush();
      return { before, after: toEnterpriseDto(e) };
    }, REGISTRY_TX);
  }

  async submitAnnualData(
    uscc: string,
    year: number,
    facts: AnnualFacts,
    actor: Actor,
    source: 'manual' | 'import' | 'bureau' = 'manual',
  ): Promise<{ before: AnnualDataDto | null; after: AnnualDataDto }> {
    return this.transactions.run(async (em) => {
      const e = await em.getRepository(Enterprise).loadInScope(uscc, actor);
      const existing = await em.findOne(AnnualData, { uscc, year });
      const before = existing ? toAnnualDataDto(existing) : null;
      const row = await this.submitAnnualDataIn(em, e, year, facts, actor, source, 'replace');
      return { before, after: toAnnualDataDto(row.data) };
    }, REGISTRY_TX);
  }

  /**
   * Store one year's facts. `replace` (API) stores exactly `facts`; `merge` (import) keeps stored facts the
   * file leaves empty. Identical facts change nothing and publish nothing.
   */
  async submitAnnualDataIn(
    em: EntityManager,
    e: Enterprise,
    year: number,
    facts: AnnualFacts,
    actor: Actor,
    source: 'manual' | 'import' | 'bureau',
    mode: 'replace' | 'merge',
  ): Promise<{ data: AnnualData; outcome: UpsertOutcome }> {
    if (e.status === 'removed') throw new DomainException('REGISTRY_ENTERPRISE_REMOVED');
    const existing = await em.findOne(AnnualData, { uscc: e.uscc, year });
    const merged = plainFacts(mode === 'merge' && existing ? deepMerge(existing.facts, facts) : facts);
    const problems = checkAnnualFactsConsistency(merged);
    if (problems.length > 0) {
      throw new DomainException(
        'REGISTRY_ANNUAL_DATA_INVALID',
        problems.map((p) => p.message).join('；'),
        problems.map((p) => ({ field: `facts.${p.field}`, message: p.message })),
      );
    }
    if (existing && canonicalJson(existing.facts) === canonicalJson(merged)) {
      return { data: existing, outcome: 'unchanged' };
    }
    const size = this.classify(e, merged);
    const data = existing ?? new AnnualData();
    const changes: FieldChange[] = existing ? diffFacts(existing.facts, merged) : [];
    data.uscc = e.uscc;
    data.year = year;
    data.facts = merged;
    data.sizeClass = size.sizeClass;
    data.sizeClassDetail = size;
    data.source = source;
    data.submittedBy = actor.username;
    data.submittedAt = new Date();
    data.revision = existing ? existing.revision + 1 : 1;
    em.persist(data);
    if (e.latestDataYear === null || e.latestDataYear === undefined || year >= e.latestDataYear) {
      e.latestDataYear = year;
      e.sizeClass = size.sizeClass;
      e.sizeClassYear = year;
    }
    e.updatedBy = actor.username;
    await em.flush();
    em.persist(changeLog(e.uscc, actor, 'annual-data', changes, existing ? `更正${year}年度数据` : `填报${year}年度数据`, year));
    recordEvent(em, REGISTRY_SOURCE, 'registry.enterprise.annual-data-submitted', {
      enterprise: toSnapshot(e),
      year,
      facts: merged,
      size: { sizeClass: size.sizeClass, clause: size.clause, ruleId: size.ruleId },
      revision: data.revision,
      submittedAt: data.submittedAt.toISOString(),
    });
    await em.flush();
    return { data, outcome: existing ? 'updated' : 'created' };
  }

  /**
   * Register or update an enterprise from a profile and store each year's facts (replacing that year), all in
   * one transaction. Titles in the profile are not the registry's to record (tiering owns them).
   */
  async submitProfile(profile: EnterpriseProfile, actor: Actor): Promise<ProfileResultDto> {
    return this.transactions.run(async (em) => {
      const years = [...new Set(profile.annualData.map((y) => y.year))];
      if (years.length !== profile.annualData.length) {
        throw new DomainException('VALIDATION_FAILED', '同一年度的数据只能出现一次');
      }
      const { uscc, annualData, titles: _titles, ...fields } = profile;
      let e = await em.findOne(Enterprise, { uscc });
      let created = false;
      let changedFields: string[] = [];
      if (!e) {
        e = await this.createIn(em, { uscc, ...fields }, actor);
        created = true;
      } else {
        assertInScope(actor, e.countyCode);
        changedFields = (await this.updateIn(em, e, fields, actor)).map((c) => c.field);
      }
      const results: ProfileResultDto['years'] = [];
      for (const record of [...annualData].sort((a, b) => a.year - b.year)) {
        const { year, ...facts } = record;
        const { outcome } = await this.submitAnnualDataIn(em, e, year, facts, actor, 'bureau', 'replace');
        results.push({ year, outcome });
      }
      return { uscc, created, changedFields, years: results };
    }, REGISTRY_TX);
  }

  classify(e: Enterprise, facts: AnnualFacts): SizeClassSummary {
    const r = classifySize({ industryGroup: e.industryGroup, facts, convention: this.convention });
    return {
      sizeClass: r.sizeClass,
      status: r.status,
      missing: [...r.missing],
      ruleId: r.rule.id,
      clause: r.clause,
      explanation: r.explanation,
      onBoundary: r.onBoundary,
    };
  }

  private async reclassifyAllYears(em: EntityManager, e: Enterprise): Promise<void> {
    const years = await em.find(AnnualData, { uscc: e.uscc });
    for (const y of years) {
      const size = this.classify(e, y.facts);
      y.sizeClass = size.sizeClass;
      y.sizeClassDetail = size;
      if (y.year === e.sizeClassYear) e.sizeClass = size.sizeClass;
    }
  }
}

function alreadyInPool(uscc: string, existing: { name: string; status: string }): DomainException {
  return new DomainException(
    'REGISTRY_ENTERPRISE_EXISTS',
    `统一社会信用代码 ${uscc} 的企业“${existing.name}”已在库中${existing.status === 'removed' ? '（已出库）' : ''}`,
  );
}

function changeLog(
  uscc: string,
  actor: Actor,
  action: ChangeLogEntryDto['action'],
  changes: FieldChange[],
  reason: string | null,
  year: number | null = null,
): ChangeLog {
  const c = new ChangeLog();
  c.uscc = uscc;
  c.actor = actor.username;
  c.action = action;
  c.changes = changes;
  c.reason = reason;
  c.year = year;
  return c;
}
