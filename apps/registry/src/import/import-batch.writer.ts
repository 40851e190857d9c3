import { Injectable } from '@nestjs/common';
import type { EntityData } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { checkAnnualFactsConsistency } from '@ladder/contracts';
import type { Actor } from '@ladder/contracts';
import { DomainException, assertInScope, recordEvents } from '@ladder/platform-messaging';
import type { PendingEvent } from '@ladder/platform-messaging';
import { executeSql, insertRows, tableName } from '@ladder/platform-persistence';

import { AnnualData } from '../enterprise/annual-data.entity';
import { ChangeLog } from '../enterprise/change-log.entity';
import { Enterprise } from '../enterprise/enterprise.entity';
import { EnterpriseCommandService } from '../enterprise/enterprise-command.service';
import { plainFacts, toSnapshot } from '../enterprise/enterprise.mapper';
import { changeLogRow, enterpriseRecordRow, newEnterpriseRecord } from '../enterprise/enterprise.rows';
import { REGISTRY_SOURCE } from '../enterprise/registry.tokens';
import { ImportRow } from './import-row.entity';
import type { ParsedRow } from './import-row.parser';

/** A parsed row of a batch whose enterprise is not in the pool yet (nor earlier in the same batch). */
export interface NewEnterpriseRow {
  readonly id: number;
  readonly row: ParsedRow;
}

/** What became of a row of the batch: applied (created), or rejected with its messages. */
export type BatchRowResult =
  | { readonly id: number; readonly status: 'created'; readonly uscc: string; readonly name: string }
  | { readonly id: number; readonly status: 'failed'; readonly uscc: string | null; readonly name: string | null; readonly messages: string[] };

/** Rows per `UPDATE … FROM (VALUES …)` statement (4 parameters a row). */
const STATUS_CHUNK = 400;

/**
 * Registers the new enterprises of an import batch with set-based writes inside the caller's transaction: the
 * same rows, change-log entries and outbox events as `EnterpriseCommandService.createIn` +
 * `submitAnnualDataIn` (one `registered` and one `annual-data-submitted` event per row, in that order), but one
 * multi-row INSERT per table instead of two ORM flushes per row. A row the rules reject (county scope,
 * inconsistent facts) is reported with the same message and writes nothing.
 */
@Injectable()
export class ImportBatchWriter {
  constructor(private readonly enterprises: EnterpriseCommandService) {}

  async createAll(em: EntityManager, actor: Actor, rows: readonly NewEnterpriseRow[]): Promise<BatchRowResult[]> {
    const now = new Date();
    const results: BatchRowResult[] = [];
    const enterpriseRows: EntityData<Enterprise>[] = [];
    const annualRows: EntityData<AnnualData>[] = [];
    const logRows: EntityData<ChangeLog>[] = [];
    const events: PendingEvent[] = [];
    for (const { id, row } of rows) {
      const fields = row.enterprise;
      const base = { id, uscc: fields.uscc, name: fields.name };
      let facts: ReturnType<typeof plainFacts<NonNullable<ParsedRow['facts']>>> | undefined;
      try {
        assertInScope(actor, fields.countyCode);
        if (row.year !== undefined && row.facts) {
          facts = plainFacts(row.facts);
          const problems = checkAnnualFactsConsistency(facts);
          if (problems.length > 0) throw new DomainException('REGISTRY_ANNUAL_DATA_INVALID', problems.map((p) => p.message).join('；'));
        }
      } catch (error) {
        if (!(error instanceof DomainException)) throw error;
        results.push({ ...base, status: 'failed', messages: [error.message] });
        continue;
      }
      // A plain record, not an entity: nothing here is managed, and MikroORM's accessors cost per property.
      const e = newEnterpriseRecord(fields, actor, now);
      logRows.push(changeLogRow(e.uscc, actor, 'registered', [], null, null, now));
      events.push({ subject: 'registry.enterprise.registered', data: { enterprise: toSnapshot(e), admittedAt: now.toISOString() } });
      if (row.year !== undefined && facts) {
        const year = row.year;
        // `classify` reads the enterprise's industry group only.
        const size = this.enterprises.classify(e as unknown as Enterprise, facts);
        e.latestDataYear = year;
        e.sizeClass = size.sizeClass;
        e.sizeClassYear = year;
        e.version = 2;
        annualRows.push({
          uscc: e.uscc,
          year,
          facts,
          sizeClass: size.sizeClass,
          sizeClassDetail: size,
          source: 'import',
          submittedBy: actor.username,
          submittedAt: now,
          revision: 1,
        });
        logRows.push(changeLogRow(e.uscc, actor, 'annual-data', [], `填报${year}年度数据`, year, now));
        events.push({
          subject: 'registry.enterprise.annual-data-submitted',
          data: {
            enterprise: toSnapshot(e),
            year,
            facts,
            size: { sizeClass: size.sizeClass, clause: size.clause, ruleId: size.ruleId },
            revision: 1,
            submittedAt: now.toISOString(),
          },
        });
      }
      enterpriseRows.push(enterpriseRecordRow(e));
      results.push({ ...base, status: 'created' });
    }
    if (enterpriseRows.length > 0) {
      await insertRows(em, Enterprise, enterpriseRows);
      if (annualRows.length > 0) await insertRows(em, AnnualData, annualRows);
      await insertRows(em, ChangeLog, logRows);
      await recordEvents(em, REGISTRY_SOURCE, events, now);
    }
    return results;
  }
}

/**
 * Stamp the rows of a batch with their outcome: applied rows in `STATUS_CHUNK`-row statements (`UPDATE … FROM
 * (VALUES …)`, SQLite ≥ 3.33 and PostgreSQL; VALUES columns are `column1…` on both), failed rows one by one with
 * their messages. Only rows still pending change: fewer changes than rows means another worker got there first,
 * and the caller's transaction must not commit.
 */
export async function markApplied(em: EntityManager, results: readonly BatchRowResult[]): Promise<void> {
  const table = tableName(em, ImportRow);
  let changed = 0;
  const applied = results.filter((r) => r.status !== 'failed');
  for (let i = 0; i < applied.length; i += STATUS_CHUNK) {
    const chunk = applied.slice(i, i + STATUS_CHUNK);
    const values = chunk.map(() => '(cast(? as integer), ?, ?, ?)').join(', ');
    const sql =
      `update ${table} as r set status = v.column2, uscc = v.column3, name = v.column4 ` +
      `from (values ${values}) as v where r.id = v.column1 and r.status = 'pending'`;
    changed += (await executeSql(em, sql, chunk.flatMap((r) => [r.id, r.status, r.uscc, r.name]))).changes;
  }
  for (const r of results) {
    if (r.status !== 'failed') continue;
    const sql = `update ${table} set status = 'failed', messages = ?, uscc = ?, name = ? where id = ? and status = 'pending'`;
    changed += (await executeSql(em, sql, [JSON.stringify(r.messages), r.uscc, r.name, r.id])).changes;
  }
  if (changed !== results.length) {
    throw new Error(`import rows changed under the worker: ${changed} of ${results.length} still pending`);
  }
}
