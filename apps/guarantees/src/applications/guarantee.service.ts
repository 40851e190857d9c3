import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/knex';
import type {
  Actor,
  CloseGuaranteeRequest,
  GuaranteeApplicationDto,
  GuaranteeStatus,
  GuaranteeStepRequest,
  IssueLoanRequest,
  SubmitGuaranteeRequest,
} from '@ladder/contracts';
import { GUARANTEE_STATUS_LABELS } from '@ladder/contracts';
import { Clock } from '@ladder/platform-config';
import { DomainException, TransactionRunner, recordEvent } from '@ladder/platform-messaging';

import { GuaranteePolicy } from '../compute/guarantee-policy.service';
import { ExposureLedger } from '../exposure/exposure.ledger';
import { GUARANTEES_SOURCE } from '../guarantees.tokens';
import { OrganisationService, assertBank, assertGuarantor } from '../organisations/organisation.service';
import { TitleCard } from '../whitelist/title-card.entity';
import { heldTitles } from '../whitelist/white-list.service';
import { GuaranteeApplication } from './guarantee-application.entity';
import { toApplicationDto } from './guarantee.mapper';

/** An application changed by someone else meanwhile (optimistic lock) is a 409 with this text. */
const TX = { conflict: { code: 'GUARANTEES_APPLICATION_STATE', message: '担保申请已被他人处理，请刷新后重试' } };

/**
 * The guarantee workflow: received (the S-49 ceiling reserved) → guarantor review → approval by another person →
 * loan issued (the bank confirms) → repaid, or compensated by the guarantor (代偿) → recovered (追偿). Each step
 * is one transaction with its events.
 */
@Injectable()
export class GuaranteeService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly policy: GuaranteePolicy,
    private readonly exposure: ExposureLedger,
    private readonly organisations: OrganisationService,
    private readonly clock: Clock,
  ) {}

  async submit(req: SubmitGuaranteeRequest): Promise<GuaranteeApplicationDto> {
    const today = this.clock.today();
    const date = req.applicationDate ?? today;
    if (date > today) throw new DomainException('VALIDATION_FAILED', `申请日期${date}不能晚于今天（${today}）`);
    return this.transactions.run(async (em) => {
      const scope = await this.organisations.scopeOf(req.actor, em);
      assertGuarantor(scope, req.guarantorId);
      await this.organisations.require(em, req.guarantorId, 'guarantor');
      await this.organisations.require(em, req.bankId, 'bank');
      const card = await em.findOne(TitleCard, { uscc: req.uscc });
      if (!card) throw new DomainException('GUARANTEES_ENTERPRISE_UNKNOWN', `尚未收到企业${req.uscc}的称号信息，不能受理`);
      const outstanding = await this.exposure.committed(em, req.uscc);
      const computation = this.policy.compute({
        date,
        titles: heldTitles(card.titles),
        outstandingGuaranteedFen: outstanding,
        requestedPrincipalFen: req.principalFen,
        termMonths: req.termMonths,
        termDays: null,
      });
      if (computation.decision !== 'eligible') {
        const code = (computation.excessFen ?? 0) > 0 ? 'GUARANTEES_CEILING_EXCEEDED' : 'GUARANTEES_NOT_ELIGIBLE';
        throw new DomainException(code, computation.reason);
      }
      const ceiling = computation.ceilingScope === 'total-outstanding' ? computation.ceilingFen : null;
      await this.exposure.reserve(em, req.uscc, req.principalFen, ceiling, computation.tierZh ?? '');
      const fee = computation.fee;
      const app = Object.assign(new GuaranteeApplication(), {
        id: randomUUID(),
        uscc: req.uscc,
        countyCode: card.countyCode,
        guarantorId: req.guarantorId,
        bankId: req.bankId,
        principalFen: req.principalFen,
        termMonths: req.termMonths,
        purpose: req.purpose,
        applicationDate: date,
        status: 'submitted',
        tier: computation.tier,
        ceilingFen: computation.ceilingFen,
        feeTreatment: fee?.treatment ?? null,
        standardFeeFen: fee?.standardFeeFen ?? 0,
        chargedFeeFen: fee?.chargedFeeFen ?? 0,
        policyCostFen: fee?.policyCostFen ?? 0,
        computation,
        submittedBy: req.actor.username,
      });
      em.persist(app);
      await em.flush();
      return toApplicationDto(app, card.name);
    }, TX);
  }

  /** 担保机构初审: passes to approval, or refuses (the reservation is released). */
  async review(req: GuaranteeStepRequest): Promise<GuaranteeApplicationDto> {
    return this.step(req.applicationId, req.actor, ['submitted'], async (em, app, scope) => {
      assertGuarantor(scope, app.guarantorId);
      app.reviewedBy = req.actor.username;
      app.note = req.note ?? null;
      if (req.approve) app.status = 'reviewed';
      else await this.reject(em, app);
    });
  }

  /** 审批 by another person than the one who received and the one who reviewed. */
  async decide(req: GuaranteeStepRequest): Promise<GuaranteeApplicationDto> {
    return this.step(req.applicationId, req.actor, ['reviewed'], async (em, app, scope) => {
      assertGuarantor(scope, app.guarantorId);
      if (req.actor.username === app.reviewedBy || req.actor.username === app.submittedBy) {
        throw new DomainException('GUARANTEES_MAKER_CHECKER', '审批须由受理、初审以外的另一人进行');
      }
      app.decidedBy = req.actor.username;
      app.note = req.note ?? app.note ?? null;
      if (!req.approve) {
        await this.reject(em, app);
        return;
      }
      app.status = 'approved';
      app.approvedYear = Number(this.clock.today().slice(0, 4));
      recordEvent(em, GUARANTEES_SOURCE, 'guarantees.guarantee.approved', {
        ...this.eventBase(app),
        termMonths: app.termMonths,
        chargedFeeFen: app.chargedFeeFen,
        policyCostFen: app.policyCostFen,
        feeTreatment: app.feeTreatment ?? 'standard',
      });
    });
  }

  /** The partner bank confirms the loan. */
  async issue(req: IssueLoanRequest): Promise<GuaranteeApplicationDto> {
    return this.step(req.applicationId, req.actor, ['approved'], (em, app, scope) => {
      assertBank(scope, app.bankId);
      app.status = 'issued';
      app.loanNo = req.loanNo;
      app.issuedOn = req.issuedOn;
      recordEvent(em, GUARANTEES_SOURCE, 'guarantees.loan.issued', { ...this.eventBase(app), loanNo: req.loanNo, issuedOn: req.issuedOn });
      return Promise.resolve();
    });
  }

  /** Repaid (the bank), compensated (代偿, the guarantor), or a recovery after compensation (追偿, the guarantor). */
  async close(req: CloseGuaranteeRequest): Promise<GuaranteeApplicationDto> {
    const from: GuaranteeStatus[] = req.outcome === 'recovered' ? ['compensated'] : ['issued'];
    return this.step(req.applicationId, req.actor, from, async (em, app, scope) => {
      if (req.outcome === 'recovered') {
        assertGuarantor(scope, app.guarantorId);
        const amount = req.amountFen ?? 0;
        if (amount <= 0 || app.recoveredFen + amount > app.compensatedFen) {
          throw new DomainException('GUARANTEES_AMOUNT_INVALID', '追回金额应大于0，且累计不超过代偿金额');
        }
        app.recoveredFen += amount;
        if (req.finished || app.recoveredFen === app.compensatedFen) {
          app.status = 'recovered';
          app.closedOn = req.on;
        }
        return;
      }
      if (req.outcome === 'repaid') assertBank(scope, app.bankId);
      else {
        assertGuarantor(scope, app.guarantorId);
        const amount = req.amountFen ?? 0;
        if (amount <= 0 || amount > app.principalFen) throw new DomainException('GUARANTEES_AMOUNT_INVALID', '代偿金额应大于0，且不超过担保本金');
        app.compensatedFen = amount;
      }
      app.status = req.outcome;
      app.closedOn = req.on;
      await this.exposure.release(em, app.uscc, app.principalFen);
      recordEvent(em, GUARANTEES_SOURCE, 'guarantees.guarantee.closed', {
        ...this.eventBase(app),
        outcome: req.outcome,
        closedOn: req.on,
        compensatedFen: app.compensatedFen,
      });
    });
  }

  private async reject(em: EntityManager, app: GuaranteeApplication): Promise<void> {
    app.status = 'rejected';
    await this.exposure.release(em, app.uscc, app.principalFen);
  }

  private eventBase(app: GuaranteeApplication) {
    return { applicationId: app.id, uscc: app.uscc, countyCode: app.countyCode, guarantorId: app.guarantorId, bankId: app.bankId, principalFen: app.principalFen };
  }

  private step(
    id: string,
    actor: Actor,
    from: readonly GuaranteeStatus[],
    work: (em: EntityManager, app: GuaranteeApplication, scope: Awaited<ReturnType<OrganisationService['scopeOf']>>) => Promise<void>,
  ): Promise<GuaranteeApplicationDto> {
    return this.transactions.run(async (em) => {
      const app = await em.findOne(GuaranteeApplication, { id });
      if (!app) throw new DomainException('GUARANTEES_APPLICATION_NOT_FOUND');
      const scope = await this.organisations.scopeOf(actor, em);
      if (!from.includes(app.status)) {
        throw new DomainException('GUARANTEES_APPLICATION_STATE', `担保申请当前为“${GUARANTEE_STATUS_LABELS[app.status]}”，不能办理该操作`);
      }
      await work(em, app, scope);
      await em.flush();
      return toApplicationDto(app, (await em.findOne(TitleCard, { uscc: app.uscc }))?.name);
    }, TX);
  }
}
