import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { DomainException, TransactionRunner, assertInScope } from '@ladder/platform-messaging';
import { WorkLoop } from '@ladder/platform-persistence';

import { Enterprise } from '../enterprise/enterprise.entity';
import { EnterpriseCommandService } from '../enterprise/enterprise-command.service';
import type { UpsertOutcome } from '../enterprise/enterprise-command.service';
import { REGISTRY_TX } from '../enterprise/registry.tokens';
import { ImportJob } from './import-job.entity';
import { ImportRow } from './import-row.entity';
import { parseImportRow } from './import-row.parser';

const BATCH = 50;

/**
 * Applies queued import batches row by row. Each row is one transaction: the enterprise and annual-data
 * changes, their outbox events, the row's status and the batch counters commit together — so a crash
 * leaves every row either fully applied or still pending, and a restart resumes where it stopped.
 */
@Injectable()
export class ImportWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('ImportWorker');
  private readonly worker = new WorkLoop(() => this.processNext(), 500, (error) =>
    this.logger.error(`import round failed: ${String(error)}`, (error as Error).stack),
  );

  constructor(
    private readonly orm: MikroORM,
    private readonly enterprises: EnterpriseCommandService,
    private readonly transactions: TransactionRunner,
  ) {}

  onApplicationBootstrap(): void {
    this.worker.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.worker.stop();
  }

  notify(): void {
    this.worker.notify();
  }

  /** Process one batch of rows of the oldest open job; false when there is nothing to do. */
  async processNext(): Promise<boolean> {
    const em = this.orm.em.fork() as EntityManager;
    const job = await em.findOne(ImportJob, { status: { $in: ['queued', 'running'] } }, { orderBy: { createdAt: 'asc' } });
    if (!job) return false;
    if (job.status === 'queued') {
      job.status = 'running';
      await em.flush();
    }
    const rows = await em.find(
      ImportRow,
      { importId: job.id, status: 'pending' },
      { orderBy: { rowNumber: 'asc' }, limit: BATCH },
    );
    if (rows.length === 0) {
      job.status = 'completed';
      job.finishedAt = new Date();
      await em.flush();
      this.logger.log(
        `import ${job.id} (${job.fileName}) completed: ${job.createdRows} created, ${job.updatedRows} updated, ${job.unchangedRows} unchanged, ${job.failedRows} failed`,
      );
      return true;
    }
    for (const row of rows) {
      if (!this.worker.running) break;
      await this.applyRow(job.id, row.id);
      // better-sqlite3 answers synchronously: without a macrotask break the loop would starve NATS I/O
      // (request replies, heartbeats) until the whole batch is done.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
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
