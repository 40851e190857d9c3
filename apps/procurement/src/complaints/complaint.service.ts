import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { EntityManager as CoreEntityManager } from '@mikro-orm/core';
import type { FilterQuery } from '@mikro-orm/core';
import type { ComplaintDto, ComplaintQuery, ComplaintRef, ConcludeComplaintRequest, FileComplaintRequest, Page, ReviewComplaintRequest } from '@ladder/contracts';
import { Clock } from '@ladder/platform-config';
import { DomainException, TransactionRunner, recordEvent } from '@ladder/platform-messaging';

import { ProcurementContract } from '../contracts/procurement-contract.entity';
import { PROCUREMENT_SOURCE, RECORD_TX } from '../procurement.tokens';
import { complaintDto, reviewDueOn } from './complaint-clock';
import { Complaint } from './complaint.entity';

/**
 * 投诉 about late payment: received today (the 10-working-day review clock starts, 工信部企业〔2021〕224号), accepted
 * and forwarded to the handling department or rejected with a reason (the complainant informed the same day),
 * concluded with the handling outcome (informed again). The overdue review is raised by the daily scan.
 */
@Injectable()
export class ComplaintService {
  constructor(
    private readonly em: CoreEntityManager,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  private base(c: Complaint) {
    return { complaintId: c.id, number: c.number, complainantUscc: c.complainantUscc, receivedOn: c.receivedOn, reviewDueOn: c.reviewDueOn };
  }

  file(req: FileComplaintRequest): Promise<ComplaintDto> {
    return this.transactions.run(async (em) => {
      if (req.contractId !== undefined && !(await em.findOne(ProcurementContract, { id: req.contractId }))) throw new DomainException('PROCUREMENT_CONTRACT_NOT_FOUND');
      const today = this.clock.today();
      const c = new Complaint();
      c.id = randomUUID();
      c.number = `TS${today.slice(0, 4)}-${c.id.slice(0, 8).toUpperCase()}`;
      c.complainantUscc = req.complainantUscc;
      c.complainantName = req.complainantName;
      c.respondentName = req.respondentName;
      c.contractId = req.contractId ?? null;
      c.amountFen = req.amountFen ?? null;
      c.summary = req.summary;
      c.filedVia = req.filedVia;
      c.receivedOn = today;
      c.reviewDueOn = reviewDueOn(today);
      c.createdBy = req.actor.username;
      c.timeline = [{ action: 'received', by: req.actor.username, on: today, text: `收到${req.complainantName}对${req.respondentName}的投诉，审查期限${c.reviewDueOn}` }];
      em.persist(c);
      recordEvent(em, PROCUREMENT_SOURCE, 'procurement.complaint.received', this.base(c));
      await em.flush();
      return complaintDto(c, today);
    }, RECORD_TX);
  }

  review(req: ReviewComplaintRequest): Promise<ComplaintDto> {
    return this.change(req.complaintId, 'received', (em, c, today) => {
      c.reviewedOn = today;
      c.informedOn = today;
      if (req.decision === 'accept') {
        c.status = 'accepted';
        c.forwardTo = req.forwardTo ?? null;
        c.reason = req.reason ?? null;
        c.timeline.push({ action: 'accepted', by: req.actor.username, on: today, text: `受理并转交${c.forwardTo ?? ''}处理` });
      } else {
        c.status = 'rejected';
        c.reason = req.reason ?? null;
        c.timeline.push({ action: 'rejected', by: req.actor.username, on: today, text: `不予受理：${c.reason ?? ''}` });
      }
      c.timeline.push({ action: 'informed', by: req.actor.username, on: today, text: `已告知投诉人${c.complainantName}审查结论` });
      c.timeline = [...c.timeline];
      recordEvent(em, PROCUREMENT_SOURCE, 'procurement.complaint.reviewed', { ...this.base(c), decision: req.decision, ...(c.forwardTo ? { forwardTo: c.forwardTo } : {}), reviewedOn: today });
    });
  }

  conclude(req: ConcludeComplaintRequest): Promise<ComplaintDto> {
    return this.change(req.complaintId, 'accepted', (_em, c, today) => {
      c.status = 'concluded';
      c.outcome = req.outcome;
      c.informedOn = today;
      c.timeline = [
        ...c.timeline,
        { action: 'concluded', by: req.actor.username, on: today, text: `处理结果：${req.outcome}` },
        { action: 'informed', by: req.actor.username, on: today, text: `已告知投诉人${c.complainantName}处理结果` },
      ];
    });
  }

  async get(req: ComplaintRef): Promise<ComplaintDto> {
    const c = await this.em.fork().findOne(Complaint, { id: req.complaintId });
    if (!c) throw new DomainException('PROCUREMENT_COMPLAINT_NOT_FOUND');
    return complaintDto(c, this.clock.today());
  }

  async list(q: ComplaintQuery): Promise<Page<ComplaintDto>> {
    const where: FilterQuery<Complaint> = q.status ? { status: q.status } : {};
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 20;
    const [rows, total] = await this.em.fork().findAndCount(Complaint, where, { orderBy: { receivedOn: 'desc', id: 'asc' }, limit: pageSize, offset: (page - 1) * pageSize });
    const today = this.clock.today();
    return { items: rows.map((c) => complaintDto(c, today)), total, page, pageSize };
  }

  private change(id: string, from: Complaint['status'], apply: (em: Parameters<Parameters<TransactionRunner['run']>[0]>[0], c: Complaint, today: string) => void): Promise<ComplaintDto> {
    return this.transactions.run(async (em) => {
      const c = await em.findOne(Complaint, { id });
      if (!c) throw new DomainException('PROCUREMENT_COMPLAINT_NOT_FOUND');
      if (c.status !== from) throw new DomainException('PROCUREMENT_COMPLAINT_STATE', `投诉${c.number}当前状态（${c.status}）不能执行该操作`);
      const today = this.clock.today();
      apply(em, c, today);
      await em.flush();
      return complaintDto(c, today);
    }, RECORD_TX);
  }
}
