import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { DomainException, TransactionRunner, assertInScope } from '@ladder/platform-messaging';
import { WorkLoop, exclusiveStep, executeSql, tableName } from '@ladder/platform-persistence';

import { Enterprise } from '../enterprise/enterprise.entity';
import { EnterpriseCommandService } from '../enterprise/enterprise-command.service';
import type { UpsertOutcome } from '../enterprise/enterprise-command.service';
import { RegistryEnv } from '../config/registry.env';
import { REGISTRY_ENV, REGISTRY_TX } from '../enterprise/registry.tokens';
import { ImportJob } from './import-job.entity';
import { ImportRow } from './import-row.entity';
import { ImportBatchWriter, markApplied } from './import-batch.writer';
import type { BatchRowResult, NewEnterpriseRow } from './import-batch.writer';
import { parseImportRow } from './import-row.parser';
import { ReceivedCells } from './received-cells.cache';
import type { Cell } from './import-row.parser';

/**
 * Applies queued imports in batches of `REGISTRY_IMPORT_BATCH_ROWS` rows. A batch's new enterprises are one
 * transaction: their enterprises, annual data, change log, outbox events, the rows' status and the job's counters
 * commit together; a row for an enterprise already in the pool is its own transaction. A crash leaves every row
 * either fully applied or still pending, and a restart resumes where it stopped.
 */
@Injectable()
export class ImportWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('ImportWorker');
  private readonly worker = new WorkLoop(() => exclusiveStep(this.orm, 'registry.import-worker', () => this.processNext()), 500, (error) =>
    this.logger.error(`import round failed: ${String(error)}`, (error as Error).stack),
  );

  private readonly batchRows: number;

  constructor(
    private readonly orm: MikroORM,
    private readonly enterprises: EnterpriseCommandService,
    private readonly batch: ImportBatchWriter,
    private readonly transactions: TransactionRunner,
    private readonly received: ReceivedCells,
    @Inject(REGISTRY_ENV) env: RegistryEnv,
  ) {
    this.batchRows = env.REGISTRY_IMPORT_BATCH_ROWS;
  }

  onApplicationBootstrap(): void {
    this.worker.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.worker.stop();
  }

  notify(): void {
    this.worker.notify();
  }

  /**
   * Process one batch of rows of the oldest open job; false when there is nothing to do. The batch's new
   * enterprises (and its rows that fail validation) are applied in one transaction with multi-row statements;
   * rows for enterprises already in the pool (or repeated within the batch) then go one by one through the
   * use cases, each in its own transaction.
   */
  async processNext(): Promise<boolean> {
    const em = this.orm.em.fork() as EntityManager;
    const job = await em.findOne(ImportJob, { status: { $in: ['queued', 'running'] } }, { orderBy: { createdAt: 'asc' } });
    if (!job) return false;
    if (job.status === 'queued') {
      job.status = 'running';
      await em.flush();
    }
    const rowTable = tableName(em, ImportRow);
    const { rows } = await executeSql<{ id: number | string }>(
      em,
      `select id from ${rowTable} where import_id = ? and status = ? order by row_number limit ?`,
      [job.id, 'pending', this.batchRows],
    );
    if (rows.length === 0) {
      job.status = 'completed';
      job.finishedAt = new Date();
      await em.flush();
      this.received.forget(job.id);
      this.logger.log(
        `import ${job.id} (${job.fileName}) completed: ${job.createdRows} created, ${job.updatedRows} updated, ${job.unchangedRows} unchanged, ${job.failedRows} failed`,
      );
      return true;
    }
    // The cells as the append received them when still held, else read back (the same values: `ReceivedCells`).
    const ids = rows.map((r) => Number(r.id));
    const held = ids.map((id) => this.received.take(job.id, id));
    const missing = ids.filter((_, i) => held[i] === undefined);
    const stored = new Map<number, string | Record<string, Cell>>();
    if (missing.length > 0) {
      const read = await executeSql<{ id: number | string; cells: string | Record<string, Cell> }>(
        em,
        `select id, cells from ${rowTable} where id in (${missing.map(() => '?').join(', ')})`,
        missing,
      );
      for (const r of read.rows) stored.set(Number(r.id), r.cells);
    }
    const parsed = ids.map((id, i) => {
      const cells = held[i] ?? stored.get(id);
      if (cells === undefined) throw new Error(`import row ${id} vanished`);
      return { id, outcome: parseImportRow(typeof cells === 'string' ? (JSON.parse(cells) as Record<string, Cell>) : cells) };
    });
    const usccs = [...new Set(parsed.flatMap((p) => (p.outcome.ok ? [p.outcome.row.enterprise.uscc] : [])))];
    const known = new Set<string>();
    if (usccs.length > 0) {
      const found = await executeSql<{ uscc: string }>(em, `select uscc from ${tableName(em, Enterprise)} where uscc in (${usccs.map(() => '?').join(', ')})`, usccs);
      for (const r of found.rows) known.add(r.uscc);
    }
    const rejected: BatchRowResult[] = [];
    const fresh: NewEnterpriseRow[] = [];
    const oneByOne: number[] = [];
    for (const { id, outcome } of parsed) {
      if (!outcome.ok) {
        rejected.push({ id, status: 'failed', uscc: outcome.uscc?.slice(0, 18) ?? null, name: outcome.name?.slice(0, 100) ?? null, messages: outcome.messages });
      } else if (known.has(outcome.row.enterprise.uscc)) {
        oneByOne.push(id);
      } else {
        known.add(outcome.row.enterprise.uscc);
        fresh.push({ id, row: outcome.row });
      }
    }
    if (rejected.length + fresh.length > 0) {
      try {
        await this.transactions.run(async (tem) => {
          const results = [...rejected, ...(await this.batch.createAll(tem, job.actor, fresh))];
          await markApplied(tem, results);
          const created = results.filter((r) => r.status === 'created').length;
          // The job's counters as increments (no entity to load and flush in the transaction).
          const { changes } = await executeSql(
            tem,
            `update ${tableName(tem, ImportJob)} set processed_rows = processed_rows + ?, created_rows = created_rows + ?, failed_rows = failed_rows + ? where id = ?`,
            [results.length, created, results.length - created, job.id],
          );
          if (changes !== 1) throw new Error(`import job ${job.id} not found`);
        }, { ...REGISTRY_TX, fork: true });
      } catch (error) {
        // Whatever broke the batch (a row the checks above let through and the database refused), the rows go
        // through the one-by-one path, which isolates the failing row.
        this.logger.warn(`import ${job.id}: batch of ${rejected.length + fresh.length} rows failed, applying them one by one: ${String(error)}`);
        oneByOne.unshift(...rejected.map((r) => r.id), ...fresh.map((r) => r.id));
      }
    }
    for (const id of oneByOne) {
      if (!this.worker.running) break;
      await this.applyRow(job.id, id);
      // better-sqlite3 answers synchronously: without a macrotask break the loop would starve NATS I/O
      // (request replies, heartbeats) until the whole batch is done.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    await new Promise<void>((resolve) => setImmediate(resolve));
    return true;
  }

  private async applyRow(jobId: string, rowId: number): Promise<void> {
    try {
      await this.transactions.run(async (em) => {
        const row = await em.findOne(ImportRow, { id: rowId, status: 'pending' });
        const job = await em.findOne(ImportJob, { id: jobId });
        if (!row || !job) return;
        const outcome = await this.applyInTransaction(em, job, row);
        row.status = outcome;
        job.processedRows += 1;
        if (outcome === 'created') job.createdRows += 1;
        else if (outcome === 'updated') job.updatedRows += 1;
        else job.unchangedRows += 1;
        await em.flush();
      }, { ...REGISTRY_TX, fork: true });
    } catch (error) {
      let messages: string[];
      if (error instanceof RowRejected) messages = error.reasons;
      else if (error instanceof DomainException) messages = [error.message];
      else {
        this.logger.warn(`row ${rowId}: ${String(error)}`);
        messages = [`处理失败：${String((error as Error).message ?? error)}`];
      }
      await this.markFailed(jobId, rowId, messages);
    }
  }

  private async applyInTransaction(em: EntityManager, job: ImportJob, row: ImportRow): Promise<UpsertOutcome> {
    const parsed = parseImportRow(row.cells);
    if (!parsed.ok) {
      row.uscc = parsed.uscc?.slice(0, 18) ?? null;
      row.name = parsed.name?.slice(0, 100) ?? null;
      throw new RowRejected(parsed.messages, row.uscc, row.name);
    }
    const { enterprise: fields, presentFields, year, facts } = parsed.row;
    row.uscc = fields.uscc;
    row.name = fields.name;
    const actor = job.actor;
    let outcome: UpsertOutcome = 'unchanged';
    let e = await em.findOne(Enterprise, { uscc: fields.uscc });
    if (!e) {
      e = await this.enterprises.createIn(em, fields, actor);
      outcome = 'created';
    } else {
      assertInScope(actor, e.countyCode, `企业 ${e.uscc} 属于其他县（市、区），无权导入`);
      const patch = Object.fromEntries(presentFields.map((f) => [f, (fields as unknown as Record<string, unknown>)[f]]));
      const changes = await this.enterprises.updateIn(em, e, patch, actor);
      if (changes.length > 0) outcome = 'updated';
    }
    if (year !== undefined && facts) {
      const result = await this.enterprises.submitAnnualDataIn(em, e, year, facts, actor, 'import', 'merge');
      if (outcome === 'unchanged' && result.outcome !== 'unchanged') outcome = 'updated';
    }
    return outcome;
  }

  private async markFailed(jobId: string, rowId: number, messages: string[]): Promise<void> {
    await this.orm.em.fork().transactional(async (tem) => {
      const em = tem as EntityManager;
      const row = await em.findOne(ImportRow, { id: rowId, status: 'pending' });
      const job = await em.findOne(ImportJob, { id: jobId });
      if (!row || !job) return;
      const parsed = parseImportRow(row.cells);
      row.status = 'failed';
      row.messages = messages;
      if (!parsed.ok) {
        row.uscc = parsed.uscc?.slice(0, 18) ?? null;
        row.name = parsed.name?.slice(0, 100) ?? null;
      } else {
        row.uscc = parsed.row.enterprise.uscc;
        row.name = parsed.row.enterprise.name;
      }
      job.processedRows += 1;
      job.failedRows += 1;
      await em.flush();
    });
  }
}

/** A row that cannot be applied: its reasons become the error report. */
export class RowRejected extends DomainException {
  constructor(
    readonly reasons: string[],
    readonly uscc: string | null,
    readonly rowName: string | null,
  ) {
    super('VALIDATION_FAILED', reasons.join('；'));
  }
}
