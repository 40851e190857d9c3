import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/knex';
import type { EvaluationDto, EvaluationSummaryDto } from '@ladder/contracts';
import { recordEvents } from '@ladder/platform-messaging';
import { DatabaseValue, insertRows, upsertRows } from '@ladder/platform-persistence';
import type { PendingEvent } from '@ladder/platform-messaging';
import { evaluateTiers, nextTierDistance } from '@ladder/policy';
import type { EvaluationResult, ProfileInput, TierDistance } from '@ladder/policy';
import type { PoolCategory, Tier } from '@ladder/shared-domain';

import { Certification } from '../certification/certification.entity';
import { TieringEnv } from '../config/tiering.env';
import { EnterpriseProjection } from '../projection/enterprise-projection.entity';
import { TIERING_ENV, TIERING_SOURCE } from '../tiering.tokens';
import { EvaluationRecord } from './evaluation-record.entity';
import { AssessmentRun, EvaluationWorkers } from './evaluation-workers';
import { inputsHash as hashInputs } from './inputs-hash';
import { decisionsOf } from './profile-assessment';
import type { ProfileAssessment, ProfileTask } from './profile-assessment';
import { PoolEntry } from './pool-entry.entity';

export type Trigger = 'event' | 'job' | 'manual';

export interface EvaluateOptions {
  readonly asOf: string;
  readonly type: 'new' | 'review';
  readonly trigger: Trigger;
  /** Store even when the inputs did not change (manual runs). */
  readonly force?: boolean;
}

export interface Evaluated {
  readonly entry: PoolEntry;
  readonly record: EvaluationRecord | null;
  readonly categoryChanged: boolean;
}

/** What a batch of the whole-pool job stored. */
export interface BatchOutcome {
  readonly evaluated: number;
  readonly categoryChanged: number;
}

/** A batch of the whole-pool job read and handed to the workers before its turn (`prepareBatch`). */
export interface PreparedBatch {
  readonly projections: readonly EnterpriseProjection[];
  readonly options: EvaluateOptions;
  readonly tasks: readonly ProfileTask[];
  readonly run: AssessmentRun;
}

/** The standing an evaluation is compared with: its category and the hash of its inputs. */
interface Standing {
  readonly category?: PoolCategory | null;
  readonly inputsHash: string;
}

/** What the events of one stored evaluation are made of. */
interface EventParts {
  readonly projection: EnterpriseProjection;
  readonly ruleVersion: string;
  readonly dataYear: number;
  readonly decisions: Record<Tier, 'eligible' | 'not-eligible' | 'unknown'>;
  readonly distance: TierDistance;
  readonly category: PoolCategory | null;
  readonly before: PoolCategory | null | undefined;
}

/** One enterprise of a job's batch, evaluated, to store. */
interface BatchAssessment {
  readonly projection: EnterpriseProjection;
  readonly assessment: Extract<ProfileAssessment, { unchanged: false }>;
  readonly category: PoolCategory | null;
  readonly before: PoolCategory | null | undefined;
}

/** One enterprise evaluated, before anything is stored. */
interface Assessment {
  readonly projection: EnterpriseProjection;
  readonly result: EvaluationResult;
  readonly inputsHash: string;
  readonly distance: TierDistance;
  readonly category: PoolCategory | null;
  readonly decisions: Record<Tier, 'eligible' | 'not-eligible' | 'unknown'>;
  /** The category before (undefined when the enterprise had no standing). */
  readonly before: PoolCategory | null | undefined;
}

/** Turns projections and titles into policy inputs, evaluates, and keeps the standing of every enterprise. */
@Injectable()
export class EvaluationService implements OnApplicationShutdown {
  private readonly workers: EvaluationWorkers;

  constructor(@Inject(TIERING_ENV) private readonly env: TieringEnv) {
    this.workers = new EvaluationWorkers(env.EVALUATION_WORKERS);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.workers.close();
  }

  /**
   * Start the job's worker threads now (they start with the first large batch otherwise, and then stay); with
   * `tasks`, each worker evaluates them once first, as it has after a job's first batches.
   */
  async warmUpWorkers(tasks?: readonly ProfileTask[]): Promise<void> {
    await this.workers.warmUp(tasks);
  }

  /** The policy input: the projected facts and the titles on record (revoked ones excluded). */
  async buildProfile(em: EntityManager, projection: EnterpriseProjection, titles?: readonly Certification[]): Promise<ProfileInput> {
    const certs = titles ?? (await em.find(Certification, { uscc: projection.uscc, status: { $ne: 'revoked' } }));
    return {
      uscc: projection.uscc,
      name: projection.name,
      industryGroup: projection.industryGroup,
      ...(projection.independentLegalPerson === null || projection.independentLegalPerson === undefined
        ? {}
        : { independentLegalPerson: projection.independentLegalPerson }),
      annualData: Object.entries(projection.years)
        .map(([year, y]) => ({ ...y.facts, year: Number(year) }))
        .sort((a, b) => a.year - b.year),
      titles: [...certs]
        .sort((a, b) => a.certifiedOn.localeCompare(b.certifiedOn))
        .map((c) => ({ tier: c.tier, certifiedOn: c.certifiedOn, validUntil: c.validUntil })),
    };
  }

  categorize(distance: TierDistance): PoolCategory | null {
    switch (distance.status) {
      case 'top':
        return null;
      case 'recommend':
        return 'recommend';
      case 'unknown':
        return this.env.CATEGORY_UNKNOWN_AS;
      case 'short':
        return distance.unmetConditions <= this.env.CATEGORY_UPGRADE_MAX_UNMET &&
          (distance.scoreShortfall ?? 0) <= this.env.CATEGORY_UPGRADE_MAX_SHORTFALL
          ? 'upgrade'
          : 'watch';
    }
  }

  categoryReason(distance: TierDistance, category: PoolCategory | null): string {
    if (category === null) return '已持有有效的专精特新“小巨人”称号';
    const tierName = { innovative: '创新型中小企业', specialized: '专精特新中小企业', 'little-giant': '专精特新“小巨人”企业' }[
      distance.nextTier ?? 'innovative'
    ];
    if (distance.status === 'recommend') return `现已符合${tierName}认定条件`;
    if (distance.status === 'unknown') return `缺少数据，无法判断是否符合${tierName}条件：${distance.missing.slice(0, 3).join('、')}`;
    const score = distance.scoreShortfall ? `，评分差${distance.scoreShortfall}分` : '';
    return `距${tierName}尚有${distance.unmetConditions}项条件未满足${score}${distance.gaps.length ? `（${distance.gaps.slice(0, 2).join('；')}）` : ''}`;
  }

  /** Evaluate one enterprise inside the caller's transaction; records events when something changed. */
  async evaluate(em: EntityManager, projection: EnterpriseProjection, options: EvaluateOptions): Promise<Evaluated | null> {
    const [one] = await this.evaluateMany(em, [projection], options);
    return one ?? null;
  }

  /**
   * Evaluate inside the caller's transaction and keep the entities (single evaluations: events, manual runs,
   * recommendations). An enterprise whose inputs did not change keeps its evaluation and publishes nothing,
   * unless `force`.
   */
  async evaluateMany(em: EntityManager, projections: readonly EnterpriseProjection[], options: EvaluateOptions): Promise<Evaluated[]> {
    if (projections.length === 0) return [];
    const usccs = projections.map((p) => p.uscc);
    const [certs, entries] = await Promise.all([this.titlesOf(em, usccs), em.find(PoolEntry, { uscc: { $in: usccs } })]);
    const entryBy = new Map(entries.map((e) => [e.uscc, e]));

    const pending: { assessment: Assessment; existing?: PoolEntry; record: EvaluationRecord }[] = [];
    const out: Evaluated[] = [];
    for (const projection of projections) {
      const existing = entryBy.get(projection.uscc);
      const assessment = await this.assess(em, projection, certs.get(projection.uscc) ?? [], existing, options);
      if (!assessment) {
        if (existing) out.push({ entry: existing, record: null, categoryChanged: false });
        continue;
      }
      const record = new EvaluationRecord();
      Object.assign(record, recordData(assessment, options));
      em.persist(record);
      pending.push({ assessment, existing, record });
    }
    if (pending.length === 0) return out;
    await em.flush();

    for (const { assessment, existing, record } of pending) {
      const entry = existing ?? new PoolEntry();
      Object.assign(entry, entryData(assessment, record.id));
      em.persist(entry);
      out.push({ entry, record, categoryChanged: assessment.before !== assessment.category });
    }
    await em.flush();
    await recordEvents(
      em,
      TIERING_SOURCE,
      pending.flatMap(({ assessment, record }) => this.events(assessment, record.id, options)),
    );
    return out;
  }

  /**
   * The whole-pool job's next batch, read and handed to the evaluation workers before its turn (while the batch
   * before it is stored and committed), so the workers are not idle meanwhile. `evaluateBatch` with it checks the
   * inputs again inside its transaction. Null without worker threads (nothing would run ahead).
   */
  async prepareBatch(em: EntityManager, projections: readonly EnterpriseProjection[], options: EvaluateOptions): Promise<PreparedBatch | null> {
    if (!this.workers.enabled || projections.length === 0) return null;
    const { certs, standingBy } = await this.batchInputs(em, projections);
    const tasks = await this.batchTasks(em, projections, certs, standingBy, options);
    return { projections, options, tasks, run: this.workers.submit(tasks, true) };
  }

  /** A prepared batch that will not be stored (the job failed or moved on): its chunks are no longer given out. */
  discardBatch(prepared: PreparedBatch | null | undefined): void {
    if (prepared) this.workers.discard(prepared.run);
  }

  /**
   * The whole-pool job's store: a batch evaluated inside the caller's transaction and written with a few
   * statements — standings read as columns, evaluation records and outbox events inserted with multi-row
   * INSERTs, pool entries upserted with INSERT … ON CONFLICT — with no entity to hydrate, snapshot or diff.
   * Same rules as `evaluateMany`: unchanged inputs store nothing. `prepared` (`prepareBatch`, the same
   * projections and options): evaluated ahead; an enterprise whose projection, titles or standing changed since
   * is evaluated again here, so what is stored is what evaluating it now gives.
   */
  async evaluateBatch(
    em: EntityManager,
    batch: readonly EnterpriseProjection[],
    options: EvaluateOptions,
    prepared?: PreparedBatch | null,
  ): Promise<BatchOutcome> {
    if (batch.length === 0) return { evaluated: 0, categoryChanged: 0 };
    const ahead = prepared && prepared.projections === batch && sameOptions(prepared.options, options) ? prepared : null;
    if (prepared && !ahead) this.discardBatch(prepared);
    const projections = [...batch];
    const { certs, standingBy } = await this.batchInputs(em, projections);
    let run: AssessmentRun | readonly ProfileTask[];
    let replace: Map<number, ProfileTask> | undefined;
    if (ahead) {
      run = ahead.run;
      replace = await this.changedSince(em, ahead, projections, certs, standingBy, options);
    } else {
      run = await this.batchTasks(em, projections, certs, standingBy, options);
    }

    // Evaluated in chunks (on worker threads too, EVALUATION_WORKERS), stored chunk by chunk in order, all in the
    // caller's transaction: the same rows, ids and events in the same order as one by one.
    const now = new Date();
    let evaluated = 0;
    let categoryChanged = 0;
    const store = async (assessed: readonly ProfileAssessment[], offset: number): Promise<void> => {
      const stored: BatchAssessment[] = [];
      assessed.forEach((a, i) => {
        if (a.unchanged) return;
        const projection = projections[offset + i]!;
        const standing = standingBy.get(projection.uscc);
        const category = projection.status === 'removed' ? null : this.categorize(a.distance);
        stored.push({ projection, assessment: a, category, before: standing ? (standing.category ?? null) : undefined });
      });
      if (stored.length === 0) return;
      const ids = (
        await insertRows(
          em,
          EvaluationRecord,
          stored.map(({ projection, assessment: a, category }) => ({
            uscc: projection.uscc,
            asOf: options.asOf,
            type: options.type,
            trigger: options.trigger,
            ruleVersion: a.ruleVersion,
            dataYear: a.dataYear,
            inputsHash: a.inputsHash,
            decisions: a.decisions,
            category,
            createdAt: now,
          })),
        )
      ).map(Number);
      await upsertRows(
        em,
        PoolEntry,
        stored.map(({ projection, assessment: a, category }, i) => ({
          uscc: projection.uscc,
          countyCode: projection.countyCode,
          name: projection.name,
          category,
          currentTier: a.distance.currentTier,
          nextTier: a.distance.nextTier,
          evaluationId: ids[i]!,
          inputsHash: a.inputsHash,
          // The result as the evaluation stored it (the compressed JSON text of the same object the entity path
          // stores: the same bytes).
          result: new DatabaseValue(Buffer.from(a.resultData.buffer, a.resultData.byteOffset, a.resultData.byteLength)),
          distance: a.distance,
          evaluatedAt: now,
        })),
        'uscc',
      );
      await recordEvents(
        em,
        TIERING_SOURCE,
        stored.flatMap((s, i) =>
          this.eventsOf(
            { projection: s.projection, ruleVersion: s.assessment.ruleVersion, dataYear: s.assessment.dataYear, decisions: s.assessment.decisions, distance: s.assessment.distance, category: s.category, before: s.before },
            ids[i]!,
            options,
          ),
        ),
        now,
      );
      evaluated += stored.length;
      categoryChanged += stored.filter((s) => s.before !== s.category).length;
    };
    await this.workers.assessInOrder(run, store, undefined, replace);
    return { evaluated, categoryChanged };
  }

  /** The titles and standings of a batch (standings as columns). */
  private async batchInputs(
    em: EntityManager,
    projections: readonly EnterpriseProjection[],
  ): Promise<{ certs: Map<string, Certification[]>; standingBy: Map<string, Standing & { uscc: string }> }> {
    const usccs = projections.map((p) => p.uscc);
    const [certs, standings] = await Promise.all([
      this.titlesOf(em, usccs),
      em
        .createQueryBuilder(PoolEntry, 'p')
        .select(['uscc', 'category', 'inputsHash'])
        .where({ uscc: { $in: usccs } })
        .execute<(Standing & { uscc: string })[]>('all', true),
    ]);
    return { certs, standingBy: new Map(standings.map((s) => [s.uscc, s])) };
  }

  private async batchTasks(
    em: EntityManager,
    projections: readonly EnterpriseProjection[],
    certs: ReadonlyMap<string, Certification[]>,
    standingBy: ReadonlyMap<string, Standing>,
    options: EvaluateOptions,
  ): Promise<ProfileTask[]> {
    const tasks: ProfileTask[] = [];
    for (const projection of projections) tasks.push(await this.task(em, projection, certs.get(projection.uscc) ?? [], standingBy.get(projection.uscc), options));
    return tasks;
  }

  private async task(
    em: EntityManager,
    projection: EnterpriseProjection,
    titles: readonly Certification[],
    standing: Standing | undefined,
    options: EvaluateOptions,
  ): Promise<ProfileTask> {
    return {
      profile: await this.buildProfile(em, projection, titles),
      asOf: options.asOf,
      type: options.type,
      ...(standing && !options.force ? { unlessHash: standing.inputsHash } : {}),
    };
  }

  /**
   * The tasks of a prepared batch whose inputs changed since it was prepared (read again here, in the store's
   * transaction): the projection (updated or removed since: read again, in `projections` too), the titles, or
   * the standing's hash. Those are evaluated again on the calling thread, with the inputs of now.
   */
  private async changedSince(
    em: EntityManager,
    ahead: PreparedBatch,
    projections: EnterpriseProjection[],
    certs: ReadonlyMap<string, Certification[]>,
    standingBy: ReadonlyMap<string, Standing>,
    options: EvaluateOptions,
  ): Promise<Map<number, ProfileTask>> {
    const stamps = await em.find(
      EnterpriseProjection,
      { uscc: { $in: projections.map((p) => p.uscc) } },
      { fields: ['uscc', 'registryVersion', 'updatedAt', 'status'] },
    );
    const stampBy = new Map(stamps.map((s) => [s.uscc, s]));
    const replace = new Map<number, ProfileTask>();
    for (let i = 0; i < projections.length; i++) {
      let projection = projections[i]!;
      const task = ahead.tasks[i]!;
      const stamp = stampBy.get(projection.uscc);
      const projectionChanged =
        !stamp ||
        stamp.registryVersion !== projection.registryVersion ||
        stamp.status !== projection.status ||
        stamp.updatedAt.getTime() !== projection.updatedAt.getTime();
      const titles = certs.get(projection.uscc) ?? [];
      const standing = standingBy.get(projection.uscc);
      const unlessHash = standing && !options.force ? standing.inputsHash : undefined;
      if (!projectionChanged && task.unlessHash === unlessHash && sameTitles(task.profile.titles, titles)) continue;
      if (projectionChanged) {
        const fresh = await em.findOne(EnterpriseProjection, { uscc: projection.uscc }, { refresh: true });
        // Gone from the table since (not done by tiering): evaluated as it was read, as before a batch read ahead.
        if (fresh) projections[i] = projection = fresh;
      }
      replace.set(i, await this.task(em, projection, titles, standing, options));
    }
    return replace;
  }

  /** Titles on record (revoked ones excluded) per enterprise. */
  private async titlesOf(em: EntityManager, usccs: readonly string[]): Promise<Map<string, Certification[]>> {
    const certs = await em.find(Certification, { uscc: { $in: [...usccs] }, status: { $ne: 'revoked' } });
    const by = new Map<string, Certification[]>();
    for (const c of certs) by.set(c.uscc, [...(by.get(c.uscc) ?? []), c]);
    return by;
  }

  /** Evaluate one enterprise; null when its inputs equal those of its standing (and not `force`). */
  private async assess(
    em: EntityManager,
    projection: EnterpriseProjection,
    titles: readonly Certification[],
    standing: Standing | undefined,
    options: EvaluateOptions,
  ): Promise<Assessment | null> {
    const profile = await this.buildProfile(em, projection, titles);
    const result = evaluateTiers({ profile, asOf: options.asOf, type: options.type });
    const inputsHash = hashInputs(profile, options.asOf, options.type, result.parameters, result.ruleVersion.id);
    if (standing && !options.force && standing.inputsHash === inputsHash) return null;
    const distance = nextTierDistance(result);
    const category = projection.status === 'removed' ? null : this.categorize(distance);
    const before = standing ? (standing.category ?? null) : undefined;
    return { projection, result, inputsHash, distance, category, decisions: decisionsOf(result), before };
  }

  /** The events of one stored evaluation: evaluated, and category-changed when the category moved. */
  private events(a: Assessment, evaluationId: number, options: EvaluateOptions): PendingEvent[] {
    const { projection, result, distance, category, before, decisions } = a;
    return this.eventsOf({ projection, ruleVersion: result.ruleVersion.id, dataYear: result.dataYear, decisions, distance, category, before }, evaluationId, options);
  }

  private eventsOf(a: EventParts, evaluationId: number, options: EvaluateOptions): PendingEvent[] {
    const { projection, distance, category, before } = a;
    const events: PendingEvent[] = [
      {
        subject: 'tiering.enterprise.evaluated',
        data: {
          uscc: projection.uscc,
          countyCode: projection.countyCode,
          evaluationId,
          asOf: options.asOf,
          type: options.type,
          ruleVersion: a.ruleVersion,
          dataYear: a.dataYear,
          innovative: a.decisions.innovative,
          specialized: a.decisions.specialized,
          littleGiant: a.decisions['little-giant'],
          trigger: options.trigger,
        },
      },
    ];
    if (before !== category) {
      events.push({
        subject: 'tiering.enterprise.category-changed',
        data: {
          uscc: projection.uscc,
          countyCode: projection.countyCode,
          before: before ?? null,
          after: category,
          nextTier: distance.nextTier,
          evaluationId,
          reason: this.categoryReason(distance, category),
        },
      });
    }
    return events;
  }

  /** Evaluate without storing (what-if, shadow comparisons). */
  evaluatePure(profile: ProfileInput, asOf: string, type: 'new' | 'review'): EvaluationResult {
    return evaluateTiers({ profile, asOf, type });
  }

  toDto(entry: PoolEntry, record: EvaluationRecord): EvaluationDto {
    return {
      id: record.id,
      uscc: entry.uscc,
      asOf: record.asOf,
      type: record.type,
      trigger: record.trigger,
      ruleVersion: record.ruleVersion,
      dataYear: record.dataYear,
      inputsHash: record.inputsHash,
      createdAt: record.createdAt.toISOString(),
      result: entry.result,
      distance: entry.distance,
      category: entry.category ?? null,
    };
  }

  toSummary(record: EvaluationRecord): EvaluationSummaryDto {
    return {
      id: record.id,
      asOf: record.asOf,
      type: record.type,
      trigger: record.trigger,
      ruleVersion: record.ruleVersion,
      dataYear: record.dataYear,
      decisions: record.decisions,
      category: record.category ?? null,
      createdAt: record.createdAt.toISOString(),
    };
  }
}

function recordData(a: Assessment, options: EvaluateOptions): Omit<EvaluationRecord, 'id' | 'createdAt'> {
  return {
    uscc: a.projection.uscc,
    asOf: options.asOf,
    type: options.type,
    trigger: options.trigger,
    ruleVersion: a.result.ruleVersion.id,
    dataYear: a.result.dataYear,
    inputsHash: a.inputsHash,
    decisions: a.decisions,
    category: a.category,
  };
}

function entryData(a: Assessment, evaluationId: number): Omit<PoolEntry, 'evaluatedAt'> {
  return {
    uscc: a.projection.uscc,
    countyCode: a.projection.countyCode,
    name: a.projection.name,
    category: a.category,
    currentTier: a.distance.currentTier,
    nextTier: a.distance.nextTier,
    evaluationId,
    inputsHash: a.inputsHash,
    result: a.result,
    distance: a.distance,
  };
}

function sameOptions(a: EvaluateOptions, b: EvaluateOptions): boolean {
  return a.asOf === b.asOf && a.type === b.type && a.trigger === b.trigger && Boolean(a.force) === Boolean(b.force);
}

/** The profile's titles are those the certifications give (`buildProfile`: sorted by certification date). */
function sameTitles(titles: ProfileInput['titles'], certs: readonly Certification[]): boolean {
  if ((titles?.length ?? 0) !== certs.length) return false;
  if (certs.length === 0) return true;
  const sorted = [...certs].sort((a, b) => a.certifiedOn.localeCompare(b.certifiedOn));
  return sorted.every((c, i) => {
    const t = titles![i]!;
    return t.tier === c.tier && t.certifiedOn === c.certifiedOn && t.validUntil === c.validUntil;
  });
}
