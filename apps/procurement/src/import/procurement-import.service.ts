import { randomUUID } from 'node:crypto';

import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/core';
import type { EntityManager as KnexEntityManager } from '@mikro-orm/knex';
import type {
  Actor,
  AppendProcurementImportRequest,
  CreateProcurementImportRequest,
  Page,
  ProcurementImportDto,
  ProcurementImportQuery,
  ProcurementImportRef,
  ProcurementImportRowErrorDto,
} from '@ladder/contracts';
import { DomainException, TransactionRunner, assertInScope } from '@ladder/platform-messaging';

import { applyAcceptance, applyDelivery, applyPayment, newContract } from '../contracts/contract-factory';
import { ProcurementContract } from '../contracts/procurement-contract.entity';
import { RECORD_TX } from '../procurement.tokens';
import { ProcurementImportRow } from './procurement-import-row.entity';
import type { ProcurementImportRowStatus } from './procurement-import-row.entity';
import { ProcurementImport } from './procurement-import.entity';
import { parseProcurementRow } from './procurement-import-row.parser';
import type { ParsedProcurementRow } from './procurement-import-row.parser';

function dto(j: ProcurementImport): ProcurementImportDto {
  return {
    id: j.id,
    kind: j.kind,
    fileName: j.fileName,
    fileHash: j.fileHash,
    status: j.status,
    totalRows: j.totalRows,
    receivedRows: j.receivedRows,
    processedRows: j.processedRows,
    appliedRows: j.appliedRows,
    unchangedRows: j.unchangedRows,
    failedRows: j.failedRows,
    previousImportId: j.previousImportId,
    createdBy: j.createdBy,
    createdAt: j.createdAt.toISOString(),
    finishedAt: j.finishedAt?.toISOString() ?? null,
  };
}

/**
 * Excel import of contracts, deliveries/acceptances and payments (ADR 0007's pattern in this service): the rows are
 * stored as received, then applied one transaction each — the row's effect, its status and the job's counters
 * commit together — so a restart resumes the pending rows and never applies one twice. The same commands as the
 * API (contract-factory.ts) apply the rows, with the importer's county scope; a row equal to the stored data is
 * `unchanged`, so importing a file again changes nothing.
 */
@Injectable()
export class ProcurementImportService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('ProcurementImport');
  private readonly running = new Set<string>();
  private stopping = false;

  constructor(
    private readonly transactions: TransactionRunner,
    private readonly em: EntityManager,
  ) {}

  onApplicationBootstrap(): void {
    void this.resume();
  }

  onApplicationShutdown(): void {
    this.stopping = true;
  }

  create(req: CreateProcurementImportRequest): Promise<ProcurementImportDto> {
    return this.transactions.run(async (em) => {
      const previous = await em.findOne(ProcurementImport, { kind: req.kind, fileHash: req.fileHash, status: 'completed' }, { orderBy: { createdAt: 'desc' } });
      const j = new ProcurementImport();
      j.id = randomUUID();
      j.kind = req.kind;
      j.fileName = req.fileName;
      j.fileHash = req.fileHash;
      j.totalRows = req.totalRows;
      j.previousImportId = previous?.id ?? null;
      j.actor = req.actor;
      j.scopeCounty = req.actor.countyCode ?? null;
      j.createdBy = req.actor.username;
      em.persist(j);
      await em.flush();
      return dto(j);
    });
  }

  append(req: AppendProcurementImportRequest): Promise<ProcurementImportDto> {
    return this.transactions.run(async (em) => {
      const j = await this.job(em, req.importId, req.actor);
      if (j.status !== 'receiving') throw new DomainException('PROCUREMENT_IMPORT_STATE', '导入已开始，不能再追加数据行');
      if (j.receivedRows + req.rows.length > j.totalRows) throw new DomainException('PROCUREMENT_IMPORT_STATE', `数据行超过声明的${j.totalRows}行`);
      for (const r of req.rows) {
        const row = new ProcurementImportRow();
        row.importId = j.id;
        row.rowNumber = r.rowNumber;
        row.cells = r.cells;
        em.persist(row);
      }
      j.receivedRows += req.rows.length;
      await em.flush();
      return dto(j);
    });
  }

  async start(req: ProcurementImportRef): Promise<ProcurementImportDto> {
    const j = await this.transactions.run(async (em) => {
      const job = await this.job(em, req.importId, req.actor);
      if (job.status !== 'receiving') throw new DomainException('PROCUREMENT_IMPORT_STATE', '该导入已开始');
      if (job.receivedRows !== job.totalRows) throw new DomainException('PROCUREMENT_IMPORT_STATE', `已收到${job.receivedRows}行，少于声明的${job.totalRows}行`);
      job.status = 'queued';
      await em.flush();
      return dto(job);
    });
    this.launch(j.id);
    return j;
  }

  async get(req: ProcurementImportRef): Promise<ProcurementImportDto> {
    return dto(await this.job(this.em.fork() as KnexEntityManager, req.importId, req.actor));
  }

  async list(q: ProcurementImportQuery): Promise<Page<ProcurementImportDto>> {
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 20;
    const where = q.actor.countyCode ? { scopeCounty: q.actor.countyCode } : {};
    const [rows, total] = await this.em.fork().findAndCount(ProcurementImport, where, { orderBy: { createdAt: 'desc', id: 'asc' }, limit: pageSize, offset: (page - 1) * pageSize });
    return { items: rows.map(dto), total, page, pageSize };
  }

  async errors(req: ProcurementImportRef): Promise<ProcurementImportRowErrorDto[]> {
    const em = this.em.fork() as KnexEntityManager;
    const j = await this.job(em, req.importId, req.actor);
    const rows = await em.find(ProcurementImportRow, { importId: j.id, status: 'failed' }, { orderBy: { rowNumber: 'asc' } });
    return rows.map((r) => ({ rowNumber: r.rowNumber, contractNumber: r.contractNumber, messages: r.messages ?? [] }));
  }

  /** Jobs left queued or running by a stopped service go on where they stopped. */
  private async resume(): Promise<void> {
    const jobs = await this.em.fork().find(ProcurementImport, { status: { $in: ['queued', 'running'] } }, { orderBy: { createdAt: 'asc' } });
    for (const j of jobs) this.launch(j.id);
  }

  private launch(id: string): void {
    if (this.running.has(id)) return;
    this.running.add(id);
    setImmediate(() => {
      this.run(id)
        .catch((error: unknown) => this.logger.error(`import ${id} stopped: ${(error as Error).message}`))
        .finally(() => this.running.delete(id));
    });
  }

  private async run(id: string): Promise<void> {
    await this.transactions.run(async (em) => {
      const j = await em.findOneOrFail(ProcurementImport, { id });
      if (j.status === 'queued') j.status = 'running';
      await em.flush();
    });
    for (;;) {
      if (this.stopping) return;
      const next = await this.em.fork().findOne(ProcurementImportRow, { importId: id, status: 'pending' }, { orderBy: { rowNumber: 'asc' } });
      if (!next) break;
      await this.applyRow(id, next.id);
    }
    await this.transactions.run(async (em) => {
      const j = await em.findOneOrFail(ProcurementImport, { id });
      j.status = 'completed';
      j.finishedAt = new Date();
      await em.flush();
    });
  }

  private async applyRow(importId: string, rowId: number): Promise<void> {
    try {
      await this.transactions.run(async (em) => {
        const row = await em.findOneOrFail(ProcurementImportRow, { id: rowId });
        if (row.status !== 'pending') return;
        const j = await em.findOneOrFail(ProcurementImport, { id: importId });
        const parsed = parseProcurementRow(j.kind, row.cells);
        if (!parsed.ok) {
          this.finish(j, row, 'failed', parsed.contractNumber, parsed.messages);
        } else {
          const status = await this.apply(em, parsed.row, j.actor);
          this.finish(j, row, status, parsed.row.contractNumber, null);
        }
        await em.flush();
      }, RECORD_TX);
    } catch (error) {
      // The row's effect rolled back: record it as failed, with the reason, in a transaction of its own.
      const message = error instanceof DomainException ? error.message : '系统错误，该行未导入';
      if (!(error instanceof DomainException)) this.logger.error(`import ${importId} row ${rowId}: ${(error as Error).message}`);
      await this.transactions.run(async (em) => {
        const row = await em.findOneOrFail(ProcurementImportRow, { id: rowId });
        if (row.status !== 'pending') return;
        const j = await em.findOneOrFail(ProcurementImport, { id: importId });
        const parsed = parseProcurementRow(j.kind, row.cells);
        this.finish(j, row, 'failed', parsed.ok ? parsed.row.contractNumber : parsed.contractNumber, [message]);
        await em.flush();
      });
    }
  }

  private finish(j: ProcurementImport, row: ProcurementImportRow, status: ProcurementImportRowStatus, contractNumber: string | null, messages: string[] | null): void {
    row.status = status;
    row.contractNumber = contractNumber;
    row.messages = messages;
    j.processedRows += 1;
    if (status === 'applied') j.appliedRows += 1;
    if (status === 'unchanged') j.unchangedRows += 1;
    if (status === 'failed') j.failedRows += 1;
  }

  /** The row's command, with the importer's county scope: applied, or unchanged when the data is already stored. */
  private async apply(em: KnexEntityManager, row: ParsedProcurementRow, actor: Actor): Promise<'applied' | 'unchanged'> {
    if (row.kind === 'contracts') {
      assertInScope(actor, row.contract.countyCode);
      const existing = await em.findOne(ProcurementContract, { contractNumber: row.contractNumber });
      if (existing) {
        const c = row.contract;
        const same = existing.buyerName === c.buyerName && existing.supplierUscc === c.supplierUscc && existing.signedOn === c.signedOn && existing.amountFen === c.amountFen && existing.countyCode === c.countyCode;
        if (same) return 'unchanged';
        throw new DomainException('PROCUREMENT_CONTRACT_EXISTS', `合同编号${c.contractNumber}已登记，且采购人、供应商、订立日期、金额或县（市、区）与本行不同`);
      }
      await newContract(em, row.contract, actor.username);
      return 'applied';
    }
    const c = await em.findOne(ProcurementContract, { contractNumber: row.contractNumber });
    if (!c) throw new DomainException('PROCUREMENT_CONTRACT_NOT_FOUND', `合同编号${row.contractNumber}尚未登记`);
    assertInScope(actor, c.countyCode);
    if (row.kind === 'deliveries') {
      if (c.deliveredOn === row.deliveredOn && (row.acceptedOn === null || c.acceptedOn === row.acceptedOn)) return 'unchanged';
      applyDelivery(c, row.deliveredOn);
      if (row.acceptedOn !== null) applyAcceptance(c, row.acceptedOn);
      return 'applied';
    }
    // A payment equal to one stored (same day, same amount) is taken as the same payment imported again.
    if (c.payments.some((p) => p.paidOn === row.payment.paidOn && p.amountFen === row.payment.amountFen)) return 'unchanged';
    applyPayment(c, row.payment.paidOn, row.payment.amountFen);
    return 'applied';
  }

  private async job(em: KnexEntityManager, id: string, actor: Actor): Promise<ProcurementImport> {
    const j = await em.findOne(ProcurementImport, { id });
    if (!j) throw new DomainException('PROCUREMENT_IMPORT_NOT_FOUND');
    if (actor.countyCode && j.scopeCounty !== actor.countyCode) throw new DomainException('PROCUREMENT_IMPORT_NOT_FOUND');
    return j;
  }
}
