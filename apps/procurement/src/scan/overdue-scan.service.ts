import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { EntityManager as CoreEntityManager, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { OverdueScanResultDto } from '@ladder/contracts';
import { Clock } from '@ladder/platform-config';
import { TransactionRunner, recordEvent } from '@ladder/platform-messaging';

import { complaintDto } from '../complaints/complaint-clock';
import { Complaint } from '../complaints/complaint.entity';
import { ProcurementEnv } from '../config/procurement.env';
import { judgeContract } from '../contracts/contract-judge';
import { ProcurementContract } from '../contracts/procurement-contract.entity';
import { PROCUREMENT_ENV, PROCUREMENT_SOURCE, SYSTEM_NAME } from '../procurement.tokens';
import { ProcurementAlert } from './procurement-alert.entity';

type Outcome = 'sent' | 'already-sent' | null;

/**
 * The daily scan: every delivered contract still owing an SME money past its due date raises
 * `procurement.payment.overdue-detected` once per contract and day; every complaint still unreviewed after its
 * review deadline raises `procurement.complaint.overdue-detected` once. The ProcurementAlert row (unique on kind,
 * subject and day) and the outbox event commit together, so a second run — the periodic job twice, a job and a
 * manual call at once, a redelivered request — finds the row or fails on the unique key and rolls its event back.
 */
@Injectable()
export class OverdueScanService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('OverdueScan');
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly em: CoreEntityManager,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
    @Inject(PROCUREMENT_ENV) private readonly env: ProcurementEnv,
  ) {}

  onApplicationBootstrap(): void {
    if (this.env.OVERDUE_SCAN_MINUTES === 0) return;
    const run = (): void => void this.scan().catch((e: unknown) => this.logger.error(String(e)));
    this.timer = setInterval(run, this.env.OVERDUE_SCAN_MINUTES * 60_000);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  async scan(): Promise<OverdueScanResultDto> {
    const today = this.clock.today();
    const contracts = await this.em.fork().find(ProcurementContract, { deliveredOn: { $ne: null, $lte: today } }, { orderBy: { id: 'asc' } });
    const result: OverdueScanResultDto = { today, scanned: contracts.length, overdue: 0, alreadySent: 0, complaintsOverdue: 0 };
    for (const c of contracts) {
      let outcome: Outcome;
      try {
        const d = judgeContract(c, today);
        if (d.paymentStatus !== 'overdue' || d.outstandingFen <= 0 || d.dueDate === null) continue;
        const text = `合同${d.contractNumber}（${d.buyerName}→${d.supplierName}）逾期${d.daysOverdue}天未付${d.outstandingFen}分（到期日${d.dueDate}）`;
        outcome = await this.alert('payment-overdue', c.id, today, text, (em) =>
          recordEvent(em, PROCUREMENT_SOURCE, 'procurement.payment.overdue-detected', {
            contractId: d.id,
            contractNumber: d.contractNumber,
            buyerName: d.buyerName,
            buyerKind: d.buyerKind,
            countyCode: d.countyCode,
            supplierUscc: d.supplierUscc,
            dueDate: d.dueDate ?? today,
            daysOverdue: Math.max(1, d.daysOverdue),
            outstandingFen: d.outstandingFen,
            interestFen: d.interestFen,
            scannedOn: today,
          }),
        );
      } catch (error) {
        this.logger.error(`${c.id}: ${String(error)}`);
        continue;
      }
      if (outcome === 'sent') result.overdue++;
      else if (outcome === 'already-sent') result.alreadySent++;
    }
    const open = await this.em.fork().find(Complaint, { status: 'received', reviewDueOn: { $lt: today } }, { orderBy: { id: 'asc' } });
    for (const c of open) {
      const text = `投诉${c.number}（${c.complainantName}）审查期限${c.reviewDueOn}已过，尚未作出受理或不予受理决定`;
      const outcome = await this.alert('complaint-overdue', c.id, c.reviewDueOn, text, async (em) => {
        const fresh = await em.findOneOrFail(Complaint, { id: c.id });
        fresh.timeline = [...fresh.timeline, { action: 'overdue', by: SYSTEM_NAME, on: today, text }];
        const dto = complaintDto(fresh, today);
        recordEvent(em, PROCUREMENT_SOURCE, 'procurement.complaint.overdue-detected', {
          complaintId: dto.id,
          number: dto.number,
          complainantUscc: dto.complainantUscc,
          receivedOn: dto.receivedOn,
          reviewDueOn: dto.reviewDueOn,
          scannedOn: today,
        });
      });
      if (outcome === 'sent') result.complaintsOverdue++;
      else if (outcome === 'already-sent') result.alreadySent++;
    }
    if (result.overdue + result.complaintsOverdue > 0) this.logger.log(`overdue scan ${today}: ${result.overdue} payments, ${result.complaintsOverdue} complaints`);
    return result;
  }

  private async alert(kind: ProcurementAlert['kind'], subjectId: string, day: string, text: string, emit: (em: Parameters<Parameters<TransactionRunner['run']>[0]>[0]) => unknown): Promise<Outcome> {
    try {
      return await this.transactions.run(async (em): Promise<Outcome> => {
        if (await em.findOne(ProcurementAlert, { kind, subjectId, day })) return 'already-sent';
        em.persist(em.create(ProcurementAlert, { kind, subjectId, day, text, createdAt: new Date() }));
        await emit(em);
        await em.flush();
        return 'sent';
      }, { fork: true });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) return 'already-sent';
      this.logger.error(`${kind} ${subjectId} ${day}: ${String(error)}`);
      return null;
    }
  }
}
