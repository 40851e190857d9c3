import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';

import type { DatabaseKind } from './databases';

export interface RecordedQuery {
  readonly sql: string;
  readonly params: readonly unknown[];
}

export interface QueryPlan {
  readonly sql: string;
  readonly plan: readonly string[];
  /** Why the plan is refused: a full table scan, or a sort no index provides. Empty when it is fine. */
  readonly problems: readonly string[];
}

/**
 * Records the SELECT statements an ORM runs (its `onQuery` hook, set at run time), so that a test can ask the
 * database how it executes exactly the statements the service sends.
 */
export class QueryRecorder {
  private queries: RecordedQuery[] = [];

  constructor(orm: MikroORM) {
    const previous = orm.config.get('onQuery');
    orm.config.set('onQuery', (sql: string, params: unknown[]) => {
      if (/^\s*select\b/i.test(sql)) this.queries.push({ sql, params: [...params] });
      return previous(sql, params);
    });
  }

  /** The statements recorded since the last call. */
  take(): RecordedQuery[] {
    const out = this.queries;
    this.queries = [];
    return out;
  }
}

/**
 * The plan of a statement and what is wrong with it. SQLite: `EXPLAIN QUERY PLAN` as the service would run it
 * (no statistics unless the database has them); refused are `SCAN <table>` without an index and any
 * `TEMP B-TREE` (a sort or grouping no index serves). PostgreSQL: `EXPLAIN` with sequential scans and sorts
 * disabled, so that the planner uses an index whenever one can serve; a `Seq Scan` or a `Sort` left in the
 * plan means none can.
 */
export async function explainQuery(
  orm: MikroORM,
  kind: DatabaseKind,
  query: RecordedQuery,
): Promise<QueryPlan> {
  const em = orm.em.fork() as EntityManager;
  const sql = em.getPlatform().formatQuery(query.sql, [...query.params]);
  if (kind === 'sqlite') {
    const rows = await em.execute<{ detail: string }[]>(`explain query plan ${sql}`);
    const plan = rows.map((r) => r.detail);
    const problems = plan.filter((line) => /^SCAN \S+$/.test(line.trim()) || /TEMP B-TREE/.test(line));
    return { sql, plan, problems };
  }
  const plan = await em.transactional(async (tem) => {
    const tx = tem;
    await tx.execute('set local enable_seqscan = off');
    await tx.execute('set local enable_sort = off');
    const rows = await tx.execute<{ 'QUERY PLAN': string }[]>(`explain ${sql}`);
    return rows.map((r) => r['QUERY PLAN']);
  });
  const problems = plan.filter((line) => /Seq Scan|(^|->\s*)(Incremental )?Sort\b/.test(line.trim()));
  return { sql, plan, problems };
}

/** A readable listing of plans, for assertion messages and for reading the plans in a test run. */
export function describePlans(plans: readonly (QueryPlan & { readonly label: string })[]): string {
  return plans.map((p) => `${p.label}\n  ${p.sql}\n    ${p.plan.join('\n    ')}`).join('\n');
}
