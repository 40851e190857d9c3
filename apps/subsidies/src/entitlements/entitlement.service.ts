import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { EntityManager as CoreEntityManager } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { ENTITLEMENT_STATUS_LABELS } from '@ladder/contracts';
import type {
  Actor,
  ApproveEntitlementRequest,
  AwardVersionDto,
  DecideVersionRequest,
  CancelEntitlementRequest,
  DisburseEntitlementRequest,
  EntitlementDto,
  EntitlementQuery,
  Page,
  PayerShareDto,
} from '@ladder/contracts';
import { Clock } from '@ladder/platform-config';
import { DomainException, TransactionRunner, assertInScope, recordEvent, scopedCounty } from '@ladder/platform-messaging';
import { awardDefinition, entitlementsForCertification, isAwardId } from '@ladder/policy';
import type { AwardComputation, AwardOptions, AwardVersion as PolicyAwardVersion } from '@ladder/policy';
import type { Tier } from '@ladder/shared-domain';

import { BudgetService } from '../budgets/budget.service';
import { CatalogueService } from '../catalogue/catalogue.service';
import { EnterpriseCard } from '../projection/enterprise-card.entity';
import { ENTITLEMENT_TX, SUBSIDIES_SOURCE, SYSTEM_ACTOR } from '../subsidies.tokens';
import { Entitlement } from './entitlement.entity';

export interface CertificationFact {
  readonly certificationId: string;
  readonly uscc: string;
  readonly countyCode: string;
  readonly tier: Tier;
  readonly kind: 'new' | 'renewal';
  readonly certifiedOn: string;
}

export function splitOf(c: AwardComputation): PayerShareDto[] {
  return c.payerSplit.map((p) => ({ payer: p.payer, countyCode: p.countyCode ?? null, amountFen: p.amountFen }));
}

function awardName(id: string): string {
  return isAwardId(id) ? awardDefinition(id).zh : id;
}

/**
 * Entitlements: created by themselves from new recognitions (免申即享) or from approved applications, then 公示,
 * business approval (市工信局) → finance approval (市财政局, reserves the budget) → payment (consumes it). One per
 * (enterprise, award, trigger), guaranteed by a unique key; optimistic locking on every decision.
 */
@Injectable()
export class EntitlementService {
  constructor(
    private readonly em: CoreEntityManager,
    private readonly transactions: TransactionRunner,
    private readonly budgets: BudgetService,
    private readonly catalogue: CatalogueService,
    private readonly clock: Clock,
  ) {}

  /** Create, once, the entitlements a certification gives (inside the consumer's transaction). */
  async fromCertification(em: EntityManager, fact: CertificationFact, catalogueOptions?: AwardOptions): Promise<Entitlement[]> {
    const options = catalogueOptions ?? (await this.catalogue.options(em));
    const computations = entitlementsForCertification(
      { tier: fact.tier, kind: fact.kind, certifiedOn: fact.certifiedOn, countyCode: fact.countyCode },
      options,
    );
    const created: Entitlement[] = [];
    for (const c of computations) {
      const existing = await em.findOne(Entitlement, { uscc: fact.uscc, awardId: c.awardId, triggerKey: fact.certificationId });
      if (existing) continue;
      created.push(this.create(em, c, { uscc: fact.uscc, countyCode: fact.countyCode, origin: 'certification', triggerKey: fact.certificationId, date: fact.certifiedOn }, SYSTEM_ACTOR));
    }
    await em.flush();
    return created;
  }

  /** Two-person approval of a successor version; on approval, the recognitions it covers get their entitlements. */
  async decideVersion(req: DecideVersionRequest): Promise<AwardVersionDto> {
    return this.transactions.run(async (em) => {
      const { dto, approved } = await this.catalogue.decide(em, req);
      if (approved) await this.afterSuccessorApproved(em, approved);
      return dto;
    }, ENTITLEMENT_TX);
  }

  /**
   * A successor version was approved (inside that transaction): recognitions it covers that found no award when
   * they happened get their entitlements now. Idempotent, like every creation (unique per certification).
   */
  async afterSuccessorApproved(em: EntityManager, version: PolicyAwardVersion): Promise<Entitlement[]> {
    const cards = await em.find(EnterpriseCard, {});
    const created: Entitlement[] = [];
    for (const card of cards) {
      for (const t of card.titles) {
        if (t.kind !== 'new' || t.certifiedOn < version.effectiveFrom) continue;
        if (version.effectiveTo && t.certifiedOn > version.effectiveTo) continue;
        created.push(
          ...(await this.fromCertification(em, {
            certificationId: t.certificationId,
            uscc: card.uscc,
            countyCode: card.countyCode,
            tier: t.tier,
            kind: t.kind,
            certifiedOn: t.certifiedOn,
          })),
        );
      }
    }
    return created;
  }

  create(
    em: EntityManager,
    c: AwardComputation,
    at: { uscc: string; countyCode: string; origin: 'certification' | 'application'; triggerKey: string; date: string },
    actor: Actor,
  ): Entitlement {
    const e = new Entitlement();
    e.id = randomUUID();
    e.awardId = c.awardId;
    e.uscc = at.uscc;
    e.countyCode = at.countyCode;
    e.origin = at.origin;
    e.triggerKey = at.triggerKey;
    e.triggerDate = at.date;
    e.amountFen = c.amountFen;
    e.capApplied = c.capApplied;
    e.payer = c.payer ?? 'CITY';
    e.split = splitOf(c);
    e.computation = c;
    e.versionId = c.version?.id ?? 'unknown';
    e.status = at.origin === 'certification' ? 'pending-publicity' : 'pending-approval';
    e.createdById = actor.userId;
    e.steps = [];
    em.persist(e);
    recordEvent(em, SUBSIDIES_SOURCE, 'subsidies.entitlement.created', {
      ...this.eventBase(e),
      origin: e.origin,
      triggerKey: e.triggerKey,
      versionId: e.versionId,
    });
    return e;
  }

  eventBase(e: Entitlement): { entitlementId: string; awardId: string; uscc: string; countyCode: string; amountFen: number; payer: Entitlement['payer'] } {
    return { entitlementId: e.id, awardId: e.awardId, uscc: e.uscc, countyCode: e.countyCode, amountFen: e.amountFen, payer: e.payer };
  }

  async approve(req: ApproveEntitlementRequest): Promise<EntitlementDto> {
    return this.transactions.run(async (em) => {
      const e = await this.load(em, req.entitlementId, req.actor);
      if (e.version !== req.expectedVersion) throw new DomainException('CONFLICT', '奖补记录已被他人处理，请刷新后重试');
      if (e.createdById === req.actor.userId) throw new DomainException('SUBSIDIES_MAKER_CHECKER');
      if (req.step === 'business') {
        if (e.status !== 'pending-approval') {
          throw new DomainException(e.status === 'business-approved' ? 'SUBSIDIES_ENTITLEMENT_STATE' : 'SUBSIDIES_OUT_OF_ORDER', this.stateMessage(e, '业务审核'));
        }
      } else {
        if (e.status !== 'business-approved') throw new DomainException('SUBSIDIES_OUT_OF_ORDER', this.stateMessage(e, '财政审核'));
        const business = e.steps.find((s) => s.step === 'business' && s.decision === 'approve');
        if (business?.actorId === req.actor.userId) throw new DomainException('SUBSIDIES_MAKER_CHECKER', '业务审核与财政审核不能为同一人');
      }
      e.steps = [...e.steps, { step: req.step, decision: req.decision, actor: req.actor.username, actorId: req.actor.userId, at: new Date().toISOString(), comment: req.comment ?? null }];
      if (req.decision === 'reject') {
        e.status = 'rejected';
        await em.flush();
        recordEvent(em, SUBSIDIES_SOURCE, 'subsidies.entitlement.rejected', { ...this.eventBase(e), reason: req.comment ?? '审核未通过', stage: req.step });
        await em.flush();
        return this.toDto(em, e);
      }
      if (req.step === 'business') {
        e.status = 'business-approved';
      } else {
        const year = Number(this.clock.today().slice(0, 4));
        await this.budgets.reserve(em, e.split, { entitlementId: e.id, awardId: e.awardId, uscc: e.uscc, year }, req.actor);
        e.status = 'approved';
        e.budgetYear = year;
      }
      await em.flush();
      if (e.status === 'approved') {
        recordEvent(em, SUBSIDIES_SOURCE, 'subsidies.entitlement.approved', { ...this.eventBase(e), budgetYear: e.budgetYear! });
        await em.flush();
      }
      return this.toDto(em, e);
    }, ENTITLEMENT_TX);
  }

  async disburse(req: DisburseEntitlementRequest): Promise<EntitlementDto> {
    return this.transactions.run(async (em) => {
      const e = await this.load(em, req.entitlementId, req.actor);
      if (e.version !== req.expectedVersion) throw new DomainException('CONFLICT', '奖补记录已被他人处理，请刷新后重试');
      if (e.status !== 'approved') throw new DomainException('SUBSIDIES_ENTITLEMENT_STATE', this.stateMessage(e, '拨付'));
      await this.budgets.consume(em, e.split, { entitlementId: e.id, awardId: e.awardId, uscc: e.uscc, year: e.budgetYear!, voucherNo: req.voucherNo }, req.actor);
      e.status = 'disbursed';
      e.voucherNo = req.voucherNo;
      e.paidOn = req.paidOn;
      e.steps = [...e.steps, { step: 'disbursement', decision: 'paid', actor: req.actor.username, actorId: req.actor.userId, at: new Date().toISOString(), comment: req.voucherNo }];
      await em.flush();
      recordEvent(em, SUBSIDIES_SOURCE, 'subsidies.entitlement.disbursed', { ...this.eventBase(e), voucherNo: req.voucherNo, paidOn: req.paidOn });
      await em.flush();
      return this.toDto(em, e);
    }, ENTITLEMENT_TX);
  }

  async cancel(req: CancelEntitlementRequest): Promise<EntitlementDto> {
    return this.transactions.run(async (em) => {
      const e = await this.load(em, req.entitlementId, req.actor);
      if (['disbursed', 'rejected', 'cancelled'].includes(e.status)) throw new DomainException('SUBSIDIES_ENTITLEMENT_STATE', this.stateMessage(e, '撤销'));
      if (e.status === 'approved') {
        await this.budgets.release(em, e.split, { entitlementId: e.id, awardId: e.awardId, uscc: e.uscc, year: e.budgetYear! }, req.actor);
      }
      e.status = 'cancelled';
      e.steps = [...e.steps, { step: 'cancel', decision: 'cancelled', actor: req.actor.username, actorId: req.actor.userId, at: new Date().toISOString(), comment: req.reason }];
      await em.flush();
      recordEvent(em, SUBSIDIES_SOURCE, 'subsidies.entitlement.rejected', { ...this.eventBase(e), reason: req.reason, stage: 'cancelled' });
      await em.flush();
      return this.toDto(em, e);
    }, ENTITLEMENT_TX);
  }

  async list(q: EntitlementQuery): Promise<Page<EntitlementDto>> {
    const em = this.em as EntityManager;
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 20;
    const where: Record<string, unknown> = {};
    const county = scopedCounty(q.actor, q.county);
    if (county) where['countyCode'] = county;
    if (q.status) where['status'] = q.status;
    if (q.awardId) where['awardId'] = q.awardId;
    if (q.uscc) where['uscc'] = q.uscc;
    if (q.payer) where['payer'] = q.payer;
    const [rows, total] = await em.findAndCount(Entitlement, where, { orderBy: { createdAt: 'desc', id: 'desc' }, limit: pageSize, offset: (page - 1) * pageSize });
    const cards = await this.cards(em, rows.map((r) => r.uscc));
    return { items: rows.map((e) => this.dto(e, cards.get(e.uscc))), total, page, pageSize };
  }

  async get(id: string, actor?: Actor): Promise<EntitlementDto> {
    const em = this.em as EntityManager;
    return this.toDto(em, await this.load(em, id, actor));
  }

  async load(em: EntityManager, id: string, actor?: Actor): Promise<Entitlement> {
    const e = await em.findOne(Entitlement, { id });
    if (!e) throw new DomainException('SUBSIDIES_ENTITLEMENT_NOT_FOUND');
    assertInScope(actor, e.countyCode);
    return e;
  }

  private stateMessage(e: Entitlement, action: string): string {
    return `当前状态为“${ENTITLEMENT_STATUS_LABELS[e.status]}”，不能${action}`;
  }

  async cards(em: EntityManager, usccs: string[]): Promise<Map<string, EnterpriseCard>> {
    if (usccs.length === 0) return new Map();
    const rows = await em.find(EnterpriseCard, { uscc: { $in: [...new Set(usccs)] } });
    return new Map(rows.map((r) => [r.uscc, r]));
  }

  async toDto(em: EntityManager, e: Entitlement): Promise<EntitlementDto> {
    return this.dto(e, (await this.cards(em, [e.uscc])).get(e.uscc));
  }

  dto(e: Entitlement, card?: EnterpriseCard): EntitlementDto {
    return {
      id: e.id,
      awardId: e.awardId,
      awardName: awardName(e.awardId),
      uscc: e.uscc,
      name: card?.name ?? '',
      countyCode: e.countyCode,
      origin: e.origin,
      triggerKey: e.triggerKey,
      basis: basisOf(e, card),
      triggerDate: e.triggerDate,
      amountFen: e.amountFen,
      capApplied: e.capApplied,
      payer: e.payer,
      split: e.split,
      computation: e.computation,
      versionId: e.versionId,
      status: e.status,
      publicityId: e.publicityId ?? null,
      budgetYear: e.budgetYear ?? null,
      voucherNo: e.voucherNo ?? null,
      paidOn: e.paidOn ?? null,
      steps: e.steps.map(({ actorId: _a, ...s }) => s),
      version: e.version,
      createdAt: e.createdAt.toISOString(),
      updatedAt: e.updatedAt.toISOString(),
    };
  }
}

/** The trigger in words: 认定文号 (issuer, date) of a recognition, or the reference of an application. */
export function basisOf(e: Pick<Entitlement, 'origin' | 'triggerKey' | 'triggerDate'>, card?: Pick<EnterpriseCard, 'titles'>): string {
  if (e.origin === 'certification') {
    const title = card?.titles.find((t) => t.certificationId === e.triggerKey);
    const who = [title?.issuer, title?.docNo].filter(Boolean).join(' ');
    return who ? `${who}（${e.triggerDate}认定）` : `${e.triggerDate}认定（认定记录 ${e.triggerKey}）`;
  }
  if (e.triggerKey.startsWith('ref:')) return e.triggerKey.slice(4);
  return '企业申报（每家企业限享受一次）';
}
