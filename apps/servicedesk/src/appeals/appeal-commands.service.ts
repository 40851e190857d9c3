import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/knex';
import { findServiceDepartment } from '@ladder/contracts';
import type {
  Actor,
  AppealDto,
  PaymentOverdueEvent,
  AppealIssueBody,
  AppealNoteRequest,
  AppealTextRequest,
  DecideCommitmentRequest,
  RaiseAppealRequest,
  RateAppealRequest,
  RequestCommitmentRequest,
  RouteAppealRequest,
  TransferAppealRequest,
} from '@ladder/contracts';
import { Clock } from '@ladder/platform-config';
import { DomainException, TransactionRunner, assertInScope, recordEvent } from '@ladder/platform-messaging';
import { slaVersionOn } from '@ladder/policy';
import { formatYuan } from '@ladder/shared-domain';
import { PERM } from '@ladder/shared-permissions';

import { EnterpriseCard } from '../projection/enterprise-card.entity';
import { AppealClocks } from '../sla/appeal-clocks';
import { APPEAL_TX, SERVICEDESK_SOURCE, SYSTEM_NAME } from '../servicedesk.tokens';
import { assertHolder, assertStatus, can, step } from './appeal-access';
import { Appeal } from './appeal.entity';
import { AppealQueries } from './appeal-queries.service';

export interface NewAppeal extends AppealIssueBody {
  uscc: string;
  raisedBy: string;
  raisedByRole: 'liaison' | 'enterprise-contact';
  contactPhone?: string;
  origin: Appeal['origin'];
  originId: string | null;
}

/**
 * The life of an appeal: raised → routed by 工信局 (the clocks start) → acknowledged → answered → resolved by the
 * department → rated by the enterprise (1–2 reopens it: a new clock cycle at the same department). A transfer
 * moves it to another department with a reason and also starts a new cycle. Waiting for the enterprise pauses
 * the clocks. A committed date for a complex case is asked for by the department and approved by a 工信局
 * approver who is not the person who asked. Every step goes to the timeline: who, when, what.
 */
@Injectable()
export class AppealCommands {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly queries: AppealQueries,
    private readonly clocks: AppealClocks,
    private readonly clock: Clock,
  ) {}

  private base(a: Appeal) {
    return { appealId: a.id, number: a.number, uscc: a.uscc, countyCode: a.countyCode, category: a.category };
  }

  /** A new appeal inside the caller's transaction (direct, or from a visit or a meeting). */
  async create(em: EntityManager, actor: Actor, n: NewAppeal): Promise<Appeal> {
    const card = await em.findOne(EnterpriseCard, { uscc: n.uscc });
    if (!card || card.registryVersion === 0 || card.status !== 'active') throw new DomainException('SERVICEDESK_ENTERPRISE_UNKNOWN', `未找到企业 ${n.uscc}（或已移出培育库）`);
    assertInScope(actor, card.countyCode);
    const today = this.clock.today();
    const a = new Appeal();
    a.id = randomUUID();
    a.number = `ZQ${today.slice(0, 4)}-${a.id.slice(0, 8).toUpperCase()}`;
    a.uscc = card.uscc;
    a.enterpriseName = card.name;
    a.countyCode = card.countyCode;
    a.category = n.category;
    a.title = n.title;
    a.description = n.description;
    a.raisedBy = n.raisedBy;
    a.raisedByRole = n.raisedByRole;
    a.contactPhone = n.contactPhone ?? null;
    a.origin = n.origin;
    a.originId = n.originId;
    a.receivedOn = today;
    a.createdBy = actor.username;
    step(a, 'raised', actor.username, today, `${n.raisedByRole === 'liaison' ? '挂包干部' : '企业联系人'}${n.raisedBy}提出：${n.title}`);
    em.persist(a);
    recordEvent(em, SERVICEDESK_SOURCE, 'servicedesk.appeal.raised', { ...this.base(a), origin: a.origin, receivedOn: a.receivedOn });
    return a;
  }

  raise(req: RaiseAppealRequest): Promise<AppealDto> {
    return this.transactions.run(async (em) => {
      const a = await this.create(em, req.actor, { ...req, origin: 'direct', originId: null });
      await em.flush();
      return this.queries.dto(a);
    });
  }

  /**
   * A `payment-arrears` appeal for a late procurement payment, routed at once to `departmentCode`, inside the
   * consumer's transaction. One per contract (unique sourceContractId): the daily repeats and redeliveries of the
   * event open nothing. A supplier that is not an active enterprise of the pool gets none (yet: a later day's
   * event opens it once the registry has announced it). Returns the appeal opened, or null.
   */
  async openFromOverdue(em: EntityManager, d: PaymentOverdueEvent, departmentCode: string): Promise<Appeal | null> {
    if (await em.count(Appeal, { sourceContractId: d.contractId })) return null;
    const card = await em.findOne(EnterpriseCard, { uscc: d.supplierUscc });
    if (!card || card.registryVersion === 0 || card.status !== 'active') return null;
    const actor: Actor = { userId: 'system', username: SYSTEM_NAME, roles: [] };
    const a = await this.create(em, actor, {
      uscc: d.supplierUscc,
      category: 'payment-arrears',
      title: `政府采购合同${d.contractNumber}逾期付款`,
      description:
        `${d.buyerName}应于${d.dueDate}支付的合同款逾期未付：截至${d.scannedOn}逾期${d.daysOverdue}天，` +
        `未付${formatYuan(d.outstandingFen)}元，逾期利息${formatYuan(d.interestFen)}元（政府采购付款监测）。`,
      raisedBy: '政府采购付款监测',
      raisedByRole: 'enterprise-contact',
      origin: 'overdue',
      originId: d.contractId,
    });
    a.sourceContractId = d.contractId;
    const today = this.clock.today();
    this.startCycle(em, a, departmentCode, 'routed');
    step(a, 'routed', SYSTEM_NAME, today, `按逾期付款默认分拨至${this.department(departmentCode)}`);
    return a;
  }

  /** Starts a clock cycle at `departmentCode` today. */
  private startCycle(em: EntityManager, a: Appeal, departmentCode: string, reason: 'routed' | 'transferred' | 'reopened', from?: string): void {
    const today = this.clock.today();
    this.clocks.guard(() => slaVersionOn(today));
    a.departmentCode = departmentCode;
    a.status = 'routed';
    a.cycle += 1;
    a.cycleStartedOn = today;
    a.routedOn ??= today;
    a.pauses = [];
    a.acknowledgedOn = null;
    a.answeredOn = null;
    a.resolvedOn = null;
    a.resolvedOnTime = null;
    a.commitment = null;
    recordEvent(em, SERVICEDESK_SOURCE, 'servicedesk.appeal.routed', {
      ...this.base(a),
      departmentCode,
      ...(from ? { fromDepartmentCode: from } : {}),
      reason,
      cycle: a.cycle,
      startedOn: today,
    });
  }

  private department(code: string): string {
    const d = findServiceDepartment(code);
    if (!d) throw new DomainException('SERVICEDESK_DEPARTMENT_UNKNOWN');
    return d.name;
  }

  private change(appealId: string, actor: Actor, work: (em: EntityManager, a: Appeal, today: string) => void | Promise<void>): Promise<AppealDto> {
    return this.transactions.run(async (em) => {
      const a = await this.queries.load(em, appealId, actor);
      const today = this.clock.today();
      await work(em, a, today);
      await em.flush();
      return this.queries.dto(a, today);
    }, APPEAL_TX);
  }

  route(req: RouteAppealRequest): Promise<AppealDto> {
    return this.change(req.appealId, req.actor, (em, a, today) => {
      assertStatus(a, ['submitted'], '分拨');
      const name = this.department(req.departmentCode);
      this.startCycle(em, a, req.departmentCode, 'routed');
      step(a, 'routed', req.actor.username, today, `分拨至${name}${req.note ? `：${req.note}` : ''}`);
    });
  }

  transfer(req: TransferAppealRequest): Promise<AppealDto> {
    return this.change(req.appealId, req.actor, (em, a, today) => {
      assertStatus(a, ['routed', 'acknowledged', 'answered'], '转办');
      if (!can(req.actor, PERM.servicedesk.triage)) assertHolder(req.actor, a);
      if (a.departmentCode === req.departmentCode) throw new DomainException('SERVICEDESK_APPEAL_STATE', '转办须转至另一责任单位');
      const from = a.departmentCode ?? undefined;
      const fromName = from ? this.department(from) : '';
      const name = this.department(req.departmentCode);
      this.startCycle(em, a, req.departmentCode, 'transferred', from);
      step(a, 'transferred', req.actor.username, today, `由${fromName}转至${name}，原因：${req.reason}`);
    });
  }

  acknowledge(req: AppealNoteRequest): Promise<AppealDto> {
    return this.change(req.appealId, req.actor, (_em, a, today) => {
      assertHolder(req.actor, a);
      assertStatus(a, ['routed'], '签收');
      a.status = 'acknowledged';
      a.acknowledgedOn = today;
      step(a, 'acknowledged', req.actor.username, today, req.note ?? '已签收');
    });
  }

  wait(req: AppealTextRequest): Promise<AppealDto> {
    return this.change(req.appealId, req.actor, (_em, a, today) => {
      assertHolder(req.actor, a);
      assertStatus(a, ['routed', 'acknowledged', 'answered'], '暂停计时');
      if (a.pauses.some((p) => p.to === null)) throw new DomainException('SERVICEDESK_APPEAL_STATE', '已在等待企业补充');
      a.pauses = [...a.pauses, { from: today, to: null }];
      step(a, 'waiting', req.actor.username, today, req.text);
    });
  }

  resume(req: AppealNoteRequest): Promise<AppealDto> {
    return this.change(req.appealId, req.actor, (_em, a, today) => {
      assertHolder(req.actor, a);
      if (!a.pauses.some((p) => p.to === null)) throw new DomainException('SERVICEDESK_APPEAL_STATE', '诉求未在等待企业补充');
      this.closePause(a, today);
      step(a, 'resumed', req.actor.username, today, req.note ?? '企业已补充材料');
    });
  }

  private closePause(a: Appeal, today: string): void {
    a.pauses = a.pauses.map((p) => (p.to === null ? { from: p.from, to: today } : p));
  }

  answer(req: AppealTextRequest): Promise<AppealDto> {
    return this.change(req.appealId, req.actor, (_em, a, today) => {
      assertHolder(req.actor, a);
      assertStatus(a, ['routed', 'acknowledged'], '答复');
      this.closePause(a, today);
      a.acknowledgedOn ??= today;
      a.answeredOn = today;
      a.answer = req.text;
      a.status = 'answered';
      step(a, 'answered', req.actor.username, today, req.text);
    });
  }

  resolve(req: AppealTextRequest): Promise<AppealDto> {
    return this.change(req.appealId, req.actor, (em, a, today) => {
      assertHolder(req.actor, a);
      assertStatus(a, ['routed', 'acknowledged', 'answered'], '办结');
      this.closePause(a, today);
      a.acknowledgedOn ??= today;
      a.answeredOn ??= today;
      a.resolvedOn = today;
      a.result = req.text;
      a.status = 'resolved';
      const resolveClock = this.clocks.clocks(a, today).find((c) => c.kind === 'resolve');
      a.resolvedOnTime = resolveClock?.state === 'met-on-time';
      step(a, 'resolved', req.actor.username, today, `${req.text}${a.resolvedOnTime ? '' : `（超期${resolveClock?.workingDaysLate ?? 0}个工作日）`}`);
      recordEvent(em, SERVICEDESK_SOURCE, 'servicedesk.appeal.resolved', {
        ...this.base(a),
        departmentCode: a.departmentCode ?? '',
        resolvedOn: today,
        onTime: a.resolvedOnTime,
      });
    });
  }

  rate(req: RateAppealRequest): Promise<AppealDto> {
    return this.change(req.appealId, req.actor, (em, a, today) => {
      assertStatus(a, ['resolved'], '评价');
      const department = a.departmentCode ?? '';
      a.satisfaction = req.score;
      const reopen = req.score <= 2;
      step(a, 'rated', req.actor.username, today, `满意度${req.score}分${req.comment ? `：${req.comment}` : ''}`);
      recordEvent(em, SERVICEDESK_SOURCE, 'servicedesk.appeal.rated', { ...this.base(a), departmentCode: department, score: req.score, reopened: reopen });
      if (!reopen) {
        a.status = 'closed';
        return;
      }
      a.reopenCount += 1;
      this.startCycle(em, a, department, 'reopened');
      step(a, 'reopened', req.actor.username, today, `企业不满意，退回${this.department(department)}重新办理`);
    });
  }

  requestCommitment(req: RequestCommitmentRequest): Promise<AppealDto> {
    return this.change(req.appealId, req.actor, (_em, a, today) => {
      assertHolder(req.actor, a);
      assertStatus(a, ['routed', 'acknowledged', 'answered'], '申请承诺办结日');
      if (a.commitment?.status === 'pending') throw new DomainException('SERVICEDESK_APPEAL_STATE', '已有待审批的承诺办结日申请');
      const resolveClock = this.clocks.clocks(a, today).find((c) => c.kind === 'resolve');
      const sla = slaVersionOn(a.cycleStartedOn ?? today);
      const max = this.clocks.guard(() => this.clocks.calendar.addWorkingDays(a.cycleStartedOn ?? today, sla.maxCommittedWorkingDays));
      if (resolveClock?.dueOn && req.committedDate <= resolveClock.dueOn) {
        throw new DomainException('SERVICEDESK_COMMITMENT_INVALID', `承诺办结日应晚于办结时限${resolveClock.dueOn}`);
      }
      if (req.committedDate > max) {
        throw new DomainException('SERVICEDESK_COMMITMENT_INVALID', `承诺办结日最迟为分拨后${sla.maxCommittedWorkingDays}个工作日（${max}）`);
      }
      a.commitment = {
        committedDate: req.committedDate,
        reason: req.reason,
        requestedBy: req.actor.username,
        requestedById: req.actor.userId,
        status: 'pending',
        decidedBy: null,
        decidedOn: null,
      };
      step(a, 'commitment-requested', req.actor.username, today, `承诺${req.committedDate}前办结：${req.reason}`);
    });
  }

  decideCommitment(req: DecideCommitmentRequest): Promise<AppealDto> {
    return this.change(req.appealId, req.actor, (_em, a, today) => {
      const c = a.commitment;
      if (c?.status !== 'pending') throw new DomainException('SERVICEDESK_APPEAL_STATE', '没有待审批的承诺办结日申请');
      if (c.requestedById === req.actor.userId) throw new DomainException('SERVICEDESK_MAKER_CHECKER');
      const approved = req.decision === 'approve';
      a.commitment = { ...c, status: approved ? 'approved' : 'rejected', decidedBy: req.actor.username, decidedOn: today };
      step(a, approved ? 'commitment-approved' : 'commitment-rejected', req.actor.username, today, `${c.committedDate}${req.note ? `：${req.note}` : ''}`);
    });
  }
}
