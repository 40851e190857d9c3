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
import { EvaluationWorkers } from './evaluation-workers';
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

  /** Start the job's worker threads now (they start with the first large batch otherwise, and then stay). */
  async warmUpWorkers(): Promise<void> {
    await this.workers.warmUp();
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
   * The whole-pool job's store: a batch evaluated inside the caller's transaction and written with a few
   * statements — standings read as columns, evaluation records and outbox events inserted with multi-row
   * INSERTs, pool entries upserted with INSERT … ON CONFLICT — with no entity to hydrate, snapshot or diff.
   * Same rules as `evaluateMany`: unchanged inputs store nothing.
   */
  async evaluateBatch(em: EntityManager, projections: readonly EnterpriseProjection[], options: EvaluateOptions): Promise<BatchOutcome> {
    if (projections.length === 0) return { evaluated: 0, categoryChanged: 0 };
    const usccs = projections.map((p) => p.uscc);
    const [certs, standings] = await Promise.all([
      this.titlesOf(em, usccs),
      em
        .createQueryBuilder(PoolEntry, 'p')
        .select(['uscc', 'category', 'inputsHash'])
        .where({ uscc: { $in: usccs } })
        .execute<(Standing & { uscc: string })[]>('all', true),
    ]);
    const standingBy = new Map(standings.map((s) => [s.uscc, s]));
    const tasks: ProfileTask[] = [];
    for (const projection of projections) {
      const standing = standingBy.get(projection.uscc);
      tasks.push({
        profile: await this.buildProfile(em, projection, certs.get(projection.uscc) ?? []),
        asOf: options.asOf,
        type: options.type,
        ...(standing && !options.force ? { unlessHash: standing.inputsHash } : {}),
      });
    }

    // Evaluated in chunks (on worker threads too, EVALUATION_WORKERS), stored chunk by chunk in order, all in the
    // caller's transaction: the same rows, ids and events in the same order as one by one.
    const now = new Date();
    let evaluated = 0;
    let categoryChanged = 0;
    await this.workers.assessInOrder(tasks, async (assessed, offset) => {
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
    });
    return { evaluated, categoryChanged };
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

