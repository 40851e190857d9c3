import { Inject, Injectable } from '@nestjs/common';
import { EntityManager as CoreEntityManager } from '@mikro-orm/core';
import type { EntityData, FilterQuery } from '@mikro-orm/core';
import type { EntityManager, QueryBuilder } from '@mikro-orm/knex';
import {
  Actor,
  AnnualDataDto,
  ChangeLogEntryDto,
  EnterpriseDto,
  ListEnterprisesRequest,
  Page,
  RegistryStatsDto,
} from '@ladder/contracts';
import { scopedCounty } from '@ladder/platform-messaging';
import { CountCache, QueryCache } from '@ladder/platform-persistence';
import type { SqliteReadThread } from '@ladder/platform-persistence';

import { AnnualData } from './annual-data.entity';
import { ChangeLog } from './change-log.entity';
import { Enterprise } from './enterprise.entity';
import { rowToEnterpriseDto, toAnnualDataDto, toChangeLogDto, toEnterpriseDto } from './enterprise.mapper';
import type { EnterpriseRow } from './enterprise.mapper';
import { ENTERPRISE_PAGES, ENTERPRISE_READ_THREAD, ENTERPRISE_TOTALS } from './registry.tokens';
import type { EnterpriseDimension, EnterpriseRepository, GroupCount } from './enterprise.repository';

/** The registry's reads: one enterprise, its history and years, the filtered pool, and the dashboard counts. */
@Injectable()
export class EnterpriseQueryService {
  constructor(
    private readonly em: CoreEntityManager,
    @Inject(ENTERPRISE_TOTALS) private readonly totals: CountCache,
    @Inject(ENTERPRISE_PAGES) private readonly pages: QueryCache<Page<EnterpriseDto>>,
    @Inject(ENTERPRISE_READ_THREAD) private readonly readThread: SqliteReadThread | null,
  ) {}

  private get enterprises(): EnterpriseRepository {
    return (this.em as EntityManager).getRepository(Enterprise);
  }

  async get(uscc: string, actor?: Actor): Promise<EnterpriseDto> {
    return toEnterpriseDto(await this.enterprises.loadInScope(uscc, actor));
  }

  async history(uscc: string, actor?: Actor): Promise<ChangeLogEntryDto[]> {
    await this.enterprises.loadInScope(uscc, actor);
    const rows = await this.em.find(ChangeLog, { uscc }, { orderBy: { id: 'desc' }, limit: 500 });
    return rows.map(toChangeLogDto);
  }

  async listAnnualData(uscc: string, actor?: Actor): Promise<AnnualDataDto[]> {
    await this.enterprises.loadInScope(uscc, actor);
    const rows = await this.em.find(AnnualData, { uscc }, { orderBy: { year: 'desc' } });
    return rows.map(toAnnualDataDto);
  }

  /**
   * One page in index order (see the entity's indexes; ties broken by USCC in the same direction, so that one
   * index serves both), read as rows (no entities to hydrate and track), with the total per filter from the
   * count cache. The same page asked again (the console's default list, many users) comes from the page cache
   * until the registry commits a change (at most 2 s). On SQLite both reads run on the read thread (the same
   * SQL, the same row mapping), so a cache miss does not hold the event loop; if the thread cannot answer, they
   * run here as before.
   */
  async list(req: ListEnterprisesRequest): Promise<Page<EnterpriseDto>> {
    const page = req.page ?? 1;
    const pageSize = req.pageSize ?? 20;
    const where = this.filter(req);
    const sort = req.sort ?? '-updatedAt';
    const filterKey = JSON.stringify(where);
    return this.pages.get(`${filterKey}|${sort}|${page}|${pageSize}`, async () => {
      const direction = sort.startsWith('-') ? ('desc' as const) : ('asc' as const);
      const sortField = sort.replace(/^-/, '');
      // The page cache is shared by every message: a context of its own, not the one of the message that missed.
      const em = this.em.fork();
      const enterprises = (em as EntityManager).getRepository(Enterprise);
      const pageQuery = enterprises
        .createQueryBuilder('e')
        .select('*')
        .where(where)
        .orderBy({ [sortField]: direction, uscc: direction })
        .limit(pageSize)
        .offset((page - 1) * pageSize);
      const [rows, total] = await Promise.all([
        this.readRows(em, pageQuery),
        this.totals.get(filterKey, () => this.readCount(em, enterprises, where)),
      ]);
      return { items: rows.map(rowToEnterpriseDto), total, page, pageSize };
    });
  }

  /** The page's rows as `execute('all', true)` maps them, read on the read thread when there is one. */
  private async readRows(em: CoreEntityManager, query: QueryBuilder<Enterprise>): Promise<EnterpriseRow[]> {
    const raw = this.readThread ? await this.readThread.all<Record<string, unknown>>(runnable(em, query)) : undefined;
    if (!raw) return query.execute<EnterpriseRow[]>('all', true);
    const meta = em.getMetadata(Enterprise);
    const driver = (em as EntityManager).getDriver();
    return raw.map((row) => driver.mapResult(row as EntityData<Enterprise>, meta) as unknown as EnterpriseRow);
  }

  /** What `count(where)` answers (the same `select count(*)`), read on the read thread when there is one. */
  private async readCount(
    em: CoreEntityManager,
    enterprises: EnterpriseRepository,
    where: FilterQuery<Enterprise>,
  ): Promise<number> {
    if (this.readThread) {
      const query = enterprises.createQueryBuilder('e0').count().where(where);
      const row = await this.readThread.get<{ count: number | string }>(runnable(em, query));
      if (row !== undefined) return row ? +row.count : 0;
    }
    return enterprises.count(where);
  }

  /** The list's filter; a county account sees only its county (asking for another is OUT_OF_SCOPE). */
  filter(req: ListEnterprisesRequest): FilterQuery<Enterprise> {
    const where: FilterQuery<Enterprise> & Record<string, unknown> = {};
    const status = req.status ?? 'active';
    if (status !== 'all') where.status = status;
    const county = scopedCounty(req.actor, req.county);
    if (county) where.countyCode = county;
    if (req.industryGroup) where.industryGroup = req.industryGroup;
    if (req.sizeClass) where.sizeClass = req.sizeClass;
    if (req.tier) where.tier = req.tier === 'none' ? null : req.tier;
    if (req.category) where.category = req.category === 'none' ? null : req.category;
    if (req.chain) where.chainTags = { $like: `%,${req.chain},%` };
    const q = req.q?.replace(/[%_\\]/g, '').trim();
    if (q) where.$or = [{ name: { $like: `%${q}%` } }, { uscc: { $like: `%${q.toUpperCase()}%` } }];
    return where;
  }

  /**
   * The dashboard: enterprises in the pool by county, size class, chain, industry group, category and tier,
   * and how many were removed — each a `GROUP BY` in the database, within the actor's county.
   */
  async stats(actor?: Actor): Promise<RegistryStatsDto> {
    const county = scopedCounty(actor);
    const scope: FilterQuery<Enterprise> = county ? { countyCode: county } : {};
    const inPool: FilterQuery<Enterprise> = { ...scope, status: { $ne: 'removed' } };
    const count = (column: EnterpriseDimension, where: FilterQuery<Enterprise>): Promise<GroupCount[]> =>
      this.enterprises.countBy(column, where);
    const byStatus = await count('status', scope);
    const stats: RegistryStatsDto = {
      total: sum(byStatus.filter((g) => g.key !== 'removed')),
      removed: sum(byStatus.filter((g) => g.key === 'removed')),
      byCounty: tally(await count('countyCode', inPool), 'unknown'),
      bySizeClass: tally(await count('sizeClass', inPool), 'unknown'),
      byChain: {},
      byIndustryGroup: tally(await count('industryGroup', inPool), 'unknown'),
      byCategory: tally(await count('category', inPool), 'none'),
      byTier: tally(await count('tier', inPool), 'none'),
    };
    // Chains are stored as one `,a,b,` column: group by it, then split each combination.
    const byChain: Record<string, number> = {};
    for (const { key, count: n } of await count('chainTags', inPool)) {
      const chains = (key ?? '').split(',').filter(Boolean);
      for (const c of chains.length > 0 ? chains : ['none']) byChain[c] = (byChain[c] ?? 0) + n;
    }
    stats.byChain = sortedKeys(byChain);
    return stats;
  }
}

/**
 * The statement MikroORM would run for `query` (its `onQuery` hook applied, the values inlined by the platform,
 * as `AbstractSqlConnection.execute` does).
 */
function runnable(em: CoreEntityManager, query: QueryBuilder<Enterprise>): string {
  const { sql, bindings } = query.toQuery()._sql;
  const params = [...(bindings ?? [])] as unknown[];
  return em.getPlatform().formatQuery(em.config.get('onQuery')(sql, params), params);
}

function sum(groups: readonly GroupCount[]): number {
  return groups.reduce((total, g) => total + g.count, 0);
}

/** Groups as a `value → count` record, an empty value under `empty`, keys in order. */
function tally(groups: readonly GroupCount[], empty: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const g of groups) out[g.key ?? empty] = (out[g.key ?? empty] ?? 0) + g.count;
  return sortedKeys(out);
}

function sortedKeys(record: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
