import { createHash } from 'node:crypto';

import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/knex';
import type { EvaluationDto, EvaluationSummaryDto } from '@ladder/contracts';
import { recordEvent } from '@ladder/platform-messaging';
import { evaluateTiers, nextTierDistance } from '@ladder/policy';
import type { EvaluationResult, ProfileInput, TierDistance } from '@ladder/policy';
import type { PoolCategory, Tier } from '@ladder/shared-domain';

import { Certification } from '../certification/certification.entity';
import { TieringEnv } from '../config/tiering.env';
import { EnterpriseProjection } from '../projection/enterprise-projection.entity';
import { TIERING_ENV, TIERING_SOURCE } from '../tiering.tokens';
import { EvaluationRecord } from './evaluation-record.entity';
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

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined && v !== null)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Turns projections and titles into policy inputs, evaluates, and keeps the standing of every enterprise. */
@Injectable()
export class EvaluationService {
  constructor(@Inject(TIERING_ENV) private readonly env: TieringEnv) {}

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
   * Evaluate a batch inside the caller's transaction (titles and standings loaded in two queries, written in
   * two flushes). An enterprise whose inputs did not change keeps its evaluation and publishes nothing, unless
   * `force`.
   */
  async evaluateMany(em: EntityManager, projections: readonly EnterpriseProjection[], options: EvaluateOptions): Promise<Evaluated[]> {
    if (projections.length === 0) return [];
    const usccs = projections.map((p) => p.uscc);
    const [certs, entries] = await Promise.all([
      em.find(Certification, { uscc: { $in: usccs }, status: { $ne: 'revoked' } }),
      em.find(PoolEntry, { uscc: { $in: usccs } }),
    ]);
    const certsBy = new Map<string, Certification[]>();
    for (const c of certs) certsBy.set(c.uscc, [...(certsBy.get(c.uscc) ?? []), c]);
    const entryBy = new Map(entries.map((e) => [e.uscc, e]));

    const pending: { projection: EnterpriseProjection; existing?: PoolEntry; result: EvaluationResult; inputsHash: string; record: EvaluationRecord }[] = [];
    const out: Evaluated[] = [];
    for (const projection of projections) {
      const profile = await this.buildProfile(em, projection, certsBy.get(projection.uscc) ?? []);
      const result = evaluateTiers({ profile, asOf: options.asOf, type: options.type });
      const inputsHash = createHash('sha256')
        .update(canonical({ profile, asOf: options.asOf, type: options.type, params: result.parameters, rule: result.ruleVersion.id }))
        .digest('hex');
      const existing = entryBy.get(projection.uscc);
      if (existing && !options.force && existing.inputsHash === inputsHash) {
        out.push({ entry: existing, record: null, categoryChanged: false });
        continue;
      }
      const record = new EvaluationRecord();
      record.uscc = projection.uscc;
      record.asOf = options.asOf;
      record.type = options.type;
      record.trigger = options.trigger;
      record.ruleVersion = result.ruleVersion.id;
      record.dataYear = result.dataYear;
      record.inputsHash = inputsHash;
      record.decisions = decisionsOf(result);
      em.persist(record);
      pending.push({ projection, existing, result, inputsHash, record });
    }
    if (pending.length === 0) return out;
    await em.flush();

    for (const { projection, existing, result, inputsHash, record } of pending) {
      const distance = nextTierDistance(result);
      const category = projection.status === 'removed' ? null : this.categorize(distance);
      record.category = category;
      const entry = existing ?? new PoolEntry();
      const before = existing ? (existing.category ?? null) : undefined;
      entry.uscc = projection.uscc;
      entry.countyCode = projection.countyCode;
      entry.name = projection.name;
      entry.category = category;
      entry.currentTier = distance.currentTier;
      entry.nextTier = distance.nextTier;
      entry.evaluationId = record.id;
      entry.inputsHash = inputsHash;
      entry.result = result;
      entry.distance = distance;
      entry.evaluatedAt = new Date();
      em.persist(entry);
      recordEvent(em, TIERING_SOURCE, 'tiering.enterprise.evaluated', {
        uscc: projection.uscc,
        countyCode: projection.countyCode,
        evaluationId: record.id,
        asOf: options.asOf,
        type: options.type,
        ruleVersion: result.ruleVersion.id,
        dataYear: result.dataYear,
        innovative: record.decisions.innovative,
        specialized: record.decisions.specialized,
        littleGiant: record.decisions['little-giant'],
        trigger: options.trigger,
      });
      const categoryChanged = before !== category;
      if (categoryChanged) {
        recordEvent(em, TIERING_SOURCE, 'tiering.enterprise.category-changed', {
          uscc: projection.uscc,
          countyCode: projection.countyCode,
          before: before ?? null,
          after: category,
          nextTier: distance.nextTier,
          evaluationId: record.id,
          reason: this.categoryReason(distance, category),
        });
      }
      out.push({ entry, record, categoryChanged });
    }
    await em.flush();
    return out;
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

export function decisionsOf(result: EvaluationResult): Record<Tier, 'eligible' | 'not-eligible' | 'unknown'> {
  return {
    innovative: result.tiers.innovative.decision,
    specialized: result.tiers.specialized.decision,
    'little-giant': result.tiers['little-giant'].decision,
  };
}
