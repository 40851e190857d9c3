import { Inject, Injectable } from '@nestjs/common';
import { EntityManager as CoreEntityManager } from '@mikro-orm/core';
import type { EntityManager, QueryBuilder } from '@mikro-orm/knex';
import type {
  Actor,
  EnterpriseProfile,
  EvaluationDto,
  EvaluationSummaryDto,
  Page,
  PoolEntryDto,
  PoolQuery,
  PoolSummaryDto,
} from '@ladder/contracts';
import { Clock } from '@ladder/platform-config';
import { DomainException, TransactionRunner, assertInScope, scopedCounty } from '@ladder/platform-messaging';
import type { EvaluationResult } from '@ladder/policy';

import { CertificationService } from '../certification/certification.service';
import { TieringEnv } from '../config/tiering.env';
import { EnterpriseProjection } from '../projection/enterprise-projection.entity';
import { TIERING_ENV } from '../tiering.tokens';
import { EvaluationRecord } from './evaluation-record.entity';
import { EvaluationService } from './evaluation.service';
import { PoolEntry } from './pool-entry.entity';

/** Queries and on-demand evaluations for the console. */
@Injectable()
export class PoolService {
  constructor(
    private readonly em: CoreEntityManager,
    private readonly transactions: TransactionRunner,
    private readonly evaluations: EvaluationService,
    private readonly certifications: CertificationService,
    private readonly clock: Clock,
    @Inject(TIERING_ENV) private readonly env: TieringEnv,
  ) {}

  async latest(uscc: string, actor?: Actor): Promise<EvaluationDto> {
    const em = this.em as EntityManager;
    await this.certifications.projection(em, uscc, actor);
    const entry = await em.findOne(PoolEntry, { uscc });
    if (!entry) throw new DomainException('TIERING_EVALUATION_NOT_FOUND');
    const record = await em.findOneOrFail(EvaluationRecord, { id: entry.evaluationId });
    return this.evaluations.toDto(entry, record);
  }

  async history(uscc: string, actor?: Actor): Promise<EvaluationSummaryDto[]> {
    const em = this.em as EntityManager;
    await this.certifications.projection(em, uscc, actor);
    const rows = await em.find(EvaluationRecord, { uscc }, { orderBy: { id: 'desc' }, limit: 200 });
    return rows.map((r) => this.evaluations.toSummary(r));
  }

  async run(uscc: string, asOf: string | undefined, type: 'new' | 'review' | undefined, actor: Actor): Promise<EvaluationDto> {
    return this.transactions.run(async (em) => {
      const p = await this.certifications.projection(em, uscc, actor);
      const evaluated = await this.evaluations.evaluate(em, p, { asOf: asOf ?? this.clock.today(), type: type ?? 'new', trigger: 'manual', force: true });
      if (!evaluated?.record) throw new DomainException('TIERING_EVALUATION_NOT_FOUND');
      return this.evaluations.toDto(evaluated.entry, evaluated.record);
    });
  }

  /** Evaluate an edited profile without storing it; titles on record are used unless the profile lists some. */
  async whatIf(profile: EnterpriseProfile, asOf: string | undefined, type: 'new' | 'review' | undefined, actor: Actor): Promise<EvaluationResult> {
    const em = this.em as EntityManager;
    assertInScope(actor, profile.countyCode);
    let titles = profile.titles;
    if (!titles) {
      const p = await em.findOne(EnterpriseProjection, { uscc: profile.uscc });
      titles = p ? [...((await this.evaluations.buildProfile(em, p)).titles ?? [])] : [];
    }
    return this.evaluations.evaluatePure(
      { uscc: profile.uscc, name: profile.name, industryGroup: profile.industryGroup, independentLegalPerson: profile.independentLegalPerson, annualData: profile.annualData, titles },
      asOf ?? this.clock.today(),
      type ?? 'new',
    );
  }

  /**
   * A page of pool entries of active enterprises, in index order (category, then USCC; see the entity). "Active"
   * is a correlated EXISTS on the projection's primary key: each candidate row costs one index lookup, and a
   * page stops after pageSize hits (not a list of every active USCC bound into the query).
   */
  async list(q: PoolQuery): Promise<Page<PoolEntryDto>> {
    const em = this.em as EntityManager;
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 20;
    const where: Record<string, unknown> = {};
    const county = scopedCounty(q.actor, q.county);
    if (county) where['countyCode'] = county;
    if (q.category) where['category'] = q.category === 'none' ? null : q.category;
    if (q.nextTier) where['nextTier'] = q.nextTier;
    const text = q.q?.replace(/[%_\\]/g, '').trim();
    if (text) where['$or'] = [{ name: { $like: `%${text}%` } }, { uscc: { $like: `%${text.toUpperCase()}%` } }];
    const projections = em.getMetadata().get(EnterpriseProjection.name);
    const schema = projections.schema ?? em.config.get('schema');
    const table = schema ? `${schema}.${projections.tableName}` : projections.tableName;
    const query = (): QueryBuilder<PoolEntry> =>
      em
        .createQueryBuilder(PoolEntry, 'p')
        .where(where)
        .andWhere(`exists (select 1 from ?? as ep where ep.uscc = p.uscc and ep.status = ?)`, [table, 'active']);
    const fields = ['uscc', 'name', 'countyCode', 'category', 'currentTier', 'nextTier', 'distance', 'evaluationId', 'evaluatedAt'] as const;
    const [rows, total] = await Promise.all([
      query()
        .select([...fields])
        .orderBy({ category: 'asc', uscc: 'asc' })
        .limit(pageSize)
        .offset((page - 1) * pageSize)
        .execute<(Pick<PoolEntry, Exclude<(typeof fields)[number], 'distance'>> & { distance: PoolEntry['distance'] | string })[]>('all', true),
      query().getCount(),
    ]);
    return {
      items: rows.map((e) => {
        const distance = typeof e.distance === 'string' ? (JSON.parse(e.distance) as PoolEntry['distance']) : e.distance;
        return {
          uscc: e.uscc,
          name: e.name,
          countyCode: e.countyCode,
          category: e.category ?? null,
          currentTier: e.currentTier ?? null,
          nextTier: e.nextTier ?? null,
          distanceStatus: distance.status,
          unmetConditions: distance.unmetConditions,
          unknownConditions: distance.unknownConditions,
          scoreShortfall: distance.scoreShortfall,
          gaps: [...distance.gaps],
          evaluationId: e.evaluationId,
          evaluatedAt: e.evaluatedAt.toISOString(),
        };
      }),
      total,
      page,
      pageSize,
    };
  }

  async summary(actor?: Actor): Promise<PoolSummaryDto> {
    const em = this.em as EntityManager;
    const county = scopedCounty(actor);
    const active = new Set(
      (await em.find(EnterpriseProjection, { status: 'active', ...(county ? { countyCode: county } : {}) }, { fields: ['uscc'] })).map((p) => p.uscc),
    );
    const entries = await em.find(PoolEntry, county ? { countyCode: county } : {}, { fields: ['uscc', 'countyCode', 'category'] });
    const byCategory: Record<string, number> = { recommend: 0, upgrade: 0, watch: 0, none: 0 };
    const byCountyCategory: Record<string, Record<string, number>> = {};
    let total = 0;
    for (const e of entries) {
      if (!active.has(e.uscc)) continue;
      total++;
      const c = e.category ?? 'none';
      byCategory[c] = (byCategory[c] ?? 0) + 1;
      const row = (byCountyCategory[e.countyCode] ??= { recommend: 0, upgrade: 0, watch: 0, none: 0 });
      row[c] = (row[c] ?? 0) + 1;
    }
    return {
      total,
      byCategory,
      byCountyCategory,
      parameters: {
        upgradeMaxUnmetConditions: this.env.CATEGORY_UPGRADE_MAX_UNMET,
        upgradeMaxScoreShortfall: this.env.CATEGORY_UPGRADE_MAX_SHORTFALL,
        unknownAs: this.env.CATEGORY_UNKNOWN_AS,
      },
    };
  }
}
