import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { EntityManager as CoreEntityManager } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import {
  Actor,
  AppendImportRowsRequest,
  CreateImportRequest,
  ImportJobDto,
  ImportRowErrorDto,
  Page,
} from '@ladder/contracts';
import { DomainException, assertInScope, scopedCounty } from '@ladder/platform-messaging';
import { executeSql, insertRows, tableName } from '@ladder/platform-persistence';

import { ImportJob } from './import-job.entity';
import { ImportRow } from './import-row.entity';
import { ImportWorker } from './import.worker';
import { ReceivedCells } from './received-cells.cache';

export function toImportJobDto(j: ImportJob): ImportJobDto {
  return {
    id: j.id,
    fileName: j.fileName,
    fileHash: j.fileHash,
    status: j.status,
    totalRows: j.totalRows,
    receivedRows: j.receivedRows,
    processedRows: j.processedRows,
    createdRows: j.createdRows,
    updatedRows: j.updatedRows,
    unchangedRows: j.unchangedRows,
    failedRows: j.failedRows,
    previousImportId: j.previousImportId ?? null,
    createdBy: j.createdBy,
    createdAt: j.createdAt.toISOString(),
    finishedAt: j.finishedAt ? j.finishedAt.toISOString() : null,
  };
}

/** Receives import batches (rows in chunks) and hands complete batches to the worker. */
@Injectable()
export class ImportService {
  constructor(
    private readonly em: CoreEntityManager,
    private readonly worker: ImportWorker,
    private readonly received: ReceivedCells,
  ) {}

  async create(req: CreateImportRequest): Promise<ImportJobDto> {
    const previous = await this.em.findOne(
      ImportJob,
      { fileHash: req.fileHash, status: 'completed' },
      { orderBy: { createdAt: 'desc' } },
    );
    const job = new ImportJob();
    job.id = randomUUID();
    job.fileName = req.fileName;
    job.fileHash = req.fileHash;
    job.totalRows = req.totalRows;
    job.actor = { ...req.actor, roles: [...req.actor.roles] };
    job.createdBy = req.actor.username;
    job.scopeCounty = req.actor.countyCode ?? null;
    job.previousImportId = previous?.id ?? null;
    await this.em.persistAndFlush(job);
    return toImportJobDto(job);
  }

  async append(req: AppendImportRowsRequest): Promise<ImportJobDto> {
    const { dto, ids } = await this.em.transactional(async (tem) => {
      const em = tem as EntityManager;
      const job = await this.load(em, req.importId, req.actor);
      if (job.status !== 'receiving') {
        throw new DomainException('REGISTRY_IMPORT_STATE', '该导入批次已开始处理，不能再追加数据');
      }
      if (job.receivedRows + req.rows.length > job.totalRows) {
        throw new DomainException('REGISTRY_IMPORT_STATE', `数据行数超过申报的${job.totalRows}行`);
      }
      const numbers = new Set(req.rows.map((r) => r.rowNumber));
      if (numbers.size !== req.rows.length) throw new DomainException('VALIDATION_FAILED', '行号重复');
      // Plain SQL (the ORM's query builder over 500 parameters cost more than the statement itself).
      const { rows: clashing } = await executeSql<{ n: number | string }>(
        em,
        `select count(*) as n from ${tableName(em, ImportRow)} where import_id = ? and row_number in (${req.rows.map(() => '?').join(', ')})`,
        [job.id, ...numbers],
      );
      if (Number(clashing[0]?.n ?? 0) > 0) throw new DomainException('REGISTRY_IMPORT_STATE', '部分行已接收，请勿重复提交');
      // One multi-row INSERT per chunk (no entities to track: the worker reads the rows back with plain SQL).
      const inserted = await insertRows(
        em,
        ImportRow,
        req.rows.map((r) => ({ importId: job.id, rowNumber: r.rowNumber, cells: r.cells, status: 'pending' as const, messages: null, uscc: null, name: null })),
      );
      // The counter as an increment with its conditions (the job entity stays unchanged: nothing for the ORM to
      // flush): two appends of one job running side by side (PostgreSQL) both count, and never past the total.
      const { rows: counted } = await executeSql<{ received_rows: number | string }>(
        em,
        `update ${tableName(em, ImportJob)} set received_rows = received_rows + ? where id = ? and status = ? and received_rows + ? <= total_rows returning received_rows`,
        [req.rows.length, job.id, 'receiving', req.rows.length],
      );
      const [received] = counted;
      if (!received || counted.length !== 1) {
        // Another append or the start got there since the checks above (PostgreSQL): the same answers as theirs.
        const [now] = (await executeSql<{ status: string }>(em, `select status from ${tableName(em, ImportJob)} where id = ?`, [job.id])).rows;
        if (now?.status !== 'receiving') throw new DomainException('REGISTRY_IMPORT_STATE', '该导入批次已开始处理，不能再追加数据');
        throw new DomainException('REGISTRY_IMPORT_STATE', `数据行数超过申报的${job.totalRows}行`);
      }
      return { dto: { ...toImportJobDto(job), receivedRows: Number(received.received_rows) }, ids: inserted.map(Number) };
    });
    this.received.remember(
      req.importId,
      ids,
      req.rows.map((r) => r.cells),
    );
    return dto;
  }

  async start(importId: string, actor: Actor): Promise<ImportJobDto> {
    const job = await this.load(this.em as EntityManager, importId, actor);
    if (job.status !== 'receiving') throw new DomainException('REGISTRY_IMPORT_STATE', '该导入批次已开始处理');
    if (job.receivedRows !== job.totalRows) {
      throw new DomainException('REGISTRY_IMPORT_STATE', `尚未接收完全部数据（${job.receivedRows}/${job.totalRows}）`);
    }
    job.status = 'queued';
    await this.em.flush();
    this.worker.notify();
    return toImportJobDto(job);
  }

  async get(importId: string, actor: Actor): Promise<ImportJobDto> {
    return toImportJobDto(await this.load(this.em as EntityManager, importId, actor));
  }

  async errors(importId: string, actor: Actor): Promise<ImportRowErrorDto[]> {
    await this.load(this.em as EntityManager, importId, actor);
    const rows = await this.em.find(ImportRow, { importId, status: 'failed' }, { orderBy: { rowNumber: 'asc' } });
    return rows.map((r) => ({ rowNumber: r.rowNumber, uscc: r.uscc ?? null, name: r.name ?? null, messages: r.messages ?? [] }));
  }

  async list(actor: Actor, page = 1, pageSize = 20): Promise<Page<ImportJobDto>> {
    const county = scopedCounty(actor);
    const where = county ? { scopeCounty: county } : {};
    const [jobs, total] = await this.em.findAndCount(ImportJob, where, {
      orderBy: { createdAt: 'desc' },
      limit: pageSize,
      offset: (page - 1) * pageSize,
    });
    return { items: jobs.map(toImportJobDto), total, page, pageSize };
  }

  private async load(em: EntityManager, id: string, actor: Actor): Promise<ImportJob> {
    const job = await em.findOne(ImportJob, { id });
    if (!job) throw new DomainException('REGISTRY_IMPORT_NOT_FOUND');
    assertInScope(actor, job.scopeCounty, '无权查看其他县（市、区）的导入批次');
    return job;
  }
}
