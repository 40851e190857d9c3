import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { EntityManager as CoreEntityManager } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type {
  ApplicationDto,
  ApplicationQuery,
  AwardComputationDto,
  ComputeAwardRequest,
  Page,
  ReviewApplicationRequest,
  SubmitApplicationRequest,
} from '@ladder/contracts';
import { DomainException, TransactionRunner, assertInScope, scopedCounty } from '@ladder/platform-messaging';
import { DEFAULT_AWARD_PARAMETERS, awardDefinition, computeAward, isAwardId, validateAwardRequest } from '@ladder/policy';
import type { AwardComputation, AwardId, AwardOptions, AwardRequest } from '@ladder/policy';

import { CatalogueService } from '../catalogue/catalogue.service';
import { Entitlement } from '../entitlements/entitlement.entity';
import { EntitlementService } from '../entitlements/entitlement.service';
import { Park } from '../parks/park.entity';
import { EnterpriseCard } from '../projection/enterprise-card.entity';
import { ENTITLEMENT_TX } from '../subsidies.tokens';
import { AwardApplication } from './application.entity';

/**
 * Awards that are given once per enterprise whatever the reference (a recognition such as 国家企业技术中心 is made
 * once; S-22 is per introduced enterprise). The others are once per enterprise and reference (product, project,
 * contest year, investment).
 */
const ONCE_PER_ENTERPRISE: readonly AwardId[] = ['S-22', 'S-31', 'S-32', 'S-33', 'S-34a', 'S-34b', 'S-46'];

/**
 * Awards whose per-enterprise cap counts what was already granted: the service fills `priorGrantedFen` itself.
 * S-47 only while its cap is read per enterprise (parameter `fundCapScope`, the default).
 */
const CUMULATIVE_CAP: readonly AwardId[] = ['S-43', 'S-44'];

function capIsCumulative(awardId: AwardId, options: AwardOptions): boolean {
  if (CUMULATIVE_CAP.includes(awardId)) return true;
  return awardId === 'S-47' && (options.params?.fundCapScope ?? DEFAULT_AWARD_PARAMETERS.fundCapScope) === 'per-enterprise';
}

export function triggerKeyOf(awardId: AwardId, reference: string): string {
  return ONCE_PER_ENTERPRISE.includes(awardId) ? 'once' : `ref:${reference}`;
}

/** The reasons a computation gives no money, in one Chinese sentence with the details. */
export function notGrantedMessage(c: AwardComputation): string {
  const details = [...c.gaps, ...c.missing.map((m) => `缺少：${m}`)];
  return details.length > 0 ? `${c.reason}（${details.join('；')}）` : c.reason;
}

/**
 * Awards that are applied for (S-22, S-31 … S-47): submitted with the documents and the facts, computed at once
 * (an application that the rules would not grant is refused with the reason), reviewed by 市工信局 (the business
 * step; the reviewer is never the submitter), after which the entitlement waits for the finance approval.
 */
@Injectable()
export class ApplicationService {
  constructor(
    private readonly em: CoreEntityManager,
    private readonly transactions: TransactionRunner,
    private readonly entitlements: EntitlementService,
    private readonly catalogue: CatalogueService,
  ) {}

  /** One award computed from its facts with the catalogue in force (approved successors included): the console's 测算. */
  async compute(req: ComputeAwardRequest): Promise<AwardComputationDto> {
    const validated = validateAwardRequest({ awardId: req.awardId, date: req.date, facts: req.facts });
    if (!validated.ok) {
      throw new DomainException('VALIDATION_FAILED', validated.problems.join('；'), validated.problems.map((message) => ({ message })));
    }
    const c = computeAward(validated.value, await this.catalogue.options(this.em as EntityManager));
    return c;
  }

  async submit(req: SubmitApplicationRequest): Promise<ApplicationDto> {
    if (!isAwardId(req.awardId)) throw new DomainException('SUBSIDIES_AWARD_UNKNOWN', `未知的奖补项目：${req.awardId}`);
    const awardId = req.awardId;
    const definition = awardDefinition(awardId);
    if (definition.trigger.kind === 'certification-event') {
      throw new DomainException('VALIDATION_FAILED', `${definition.zh}为“免申即享”，由认定结果自动生成，无需申请`);
    }
    if (!definition.cash) throw new DomainException('VALIDATION_FAILED', `${definition.zh}为非现金扶持，在“园区”中按园区企业数自动标识`);
    return this.transactions.run((em) => this.create(em, req, awardId), ENTITLEMENT_TX);
  }

  /**
   * The application inside the caller's transaction: submit's, or the consumer's that opens an S-47 application
   * from a fund investment recorded by the guarantees service.
   */
  async create(em: EntityManager, req: SubmitApplicationRequest, awardId: AwardId): Promise<ApplicationDto> {
    const card = await em.findOne(EnterpriseCard, { uscc: req.uscc });
    if (!card) throw new DomainException('NOT_FOUND', `企业 ${req.uscc} 不在培育库中`);
    assertInScope(req.actor, card.countyCode);
    const park = await this.parkFor(em, awardId, req.parkId);
    const triggerKey = triggerKeyOf(awardId, req.reference);
    await this.assertNotTwice(em, req.uscc, awardId, triggerKey);
    const computation = await this.computeFor(em, awardId, req.uscc, req.date, req.facts, park);
    const a = new AwardApplication();
    a.id = randomUUID();
    a.uscc = req.uscc;
    a.countyCode = park?.countyCode ?? card.countyCode;
    a.awardId = awardId;
    a.date = req.date;
    a.reference = req.reference;
    a.parkId = park?.id ?? null;
    a.facts = req.facts;
    a.documents = req.documents.map((d) => ({ name: d.name, reference: d.reference ?? null }));
    a.preview = computation;
    a.submittedById = req.actor.userId;
    a.submittedBy = req.actor.username;
    em.persist(a);
    await em.flush();
    return this.dto(a, card);
  }

  /** 市工信局 reviews: approval computes again (the catalogue or prior grants may have changed) and creates the entitlement. */
  async review(req: ReviewApplicationRequest): Promise<ApplicationDto> {
    return this.transactions.run(async (em) => {
      const a = await em.findOne(AwardApplication, { id: req.applicationId });
      if (!a) throw new DomainException('SUBSIDIES_APPLICATION_NOT_FOUND');
      assertInScope(req.actor, a.countyCode);
      if (a.status !== 'submitted') throw new DomainException('SUBSIDIES_ENTITLEMENT_STATE', '该申请已审核，不能重复处理');
      if (a.submittedById === req.actor.userId) throw new DomainException('SUBSIDIES_MAKER_CHECKER', '申请的提交人不能审核自己的申请');
      const card = await em.findOne(EnterpriseCard, { uscc: a.uscc });
      a.reviewedBy = req.actor.username;
      a.comment = req.comment ?? null;
      if (req.decision === 'reject') {
        a.status = 'rejected';
        await em.flush();
        return this.dto(a, card ?? undefined);
      }
      const awardId = a.awardId as AwardId;
      const triggerKey = triggerKeyOf(awardId, a.reference);
      await this.assertNotTwice(em, a.uscc, awardId, triggerKey, a.id);
      const park = a.parkId ? await em.findOne(Park, { id: a.parkId }) : null;
      const computation = await this.computeFor(em, awardId, a.uscc, a.date, a.facts, park);
      const e = this.entitlements.create(
        em,
        computation,
        { uscc: a.uscc, countyCode: a.countyCode, origin: 'application', triggerKey, date: a.date },
        { userId: a.submittedById, username: a.submittedBy, roles: [] },
      );
      e.status = 'business-approved';
      e.steps = [
        { step: 'business', decision: 'approve', actor: req.actor.username, actorId: req.actor.userId, at: new Date().toISOString(), comment: req.comment ?? '申请审核通过' },
      ];
      a.status = 'approved';
      a.entitlementId = e.id;
      a.preview = computation;
      await em.flush();
      return this.dto(a, card ?? undefined);
    }, ENTITLEMENT_TX);
  }

  async list(q: ApplicationQuery): Promise<Page<ApplicationDto>> {
    const em = this.em as EntityManager;
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 20;
    const where: Record<string, unknown> = {};
    if (q.status) where['status'] = q.status;
    const county = scopedCounty(q.actor);
    if (county) where['countyCode'] = county;
    const [rows, total] = await em.findAndCount(AwardApplication, where, { orderBy: { createdAt: 'desc', id: 'desc' }, limit: pageSize, offset: (page - 1) * pageSize });
    const cards = await this.entitlements.cards(em, rows.map((r) => r.uscc));
    return { items: rows.map((a) => this.dto(a, cards.get(a.uscc))), total, page, pageSize };
  }

  private async parkFor(em: EntityManager, awardId: AwardId, parkId?: string): Promise<Park | null> {
    if (awardId !== 'S-22') {
      if (parkId) throw new DomainException('VALIDATION_FAILED', '只有引进“小巨人”落户奖励（S-22）需要填写园区');
      return null;
    }
    if (!parkId) throw new DomainException('VALIDATION_FAILED', '引进“小巨人”落户奖励（S-22）须选择引进企业落户的园区');
    const park = await em.findOne(Park, { id: parkId });
    if (!park) throw new DomainException('SUBSIDIES_PARK_NOT_FOUND');
    return park;
  }

  private async assertNotTwice(em: EntityManager, uscc: string, awardId: AwardId, triggerKey: string, self?: string): Promise<void> {
    const granted = await em.findOne(Entitlement, { uscc, awardId, triggerKey });
    if (granted) throw new DomainException('SUBSIDIES_DUPLICATE', `该企业已有此项奖补（${awardDefinition(awardId).zh}），不能重复申请`);
    const pending = await em.find(AwardApplication, { uscc, awardId, status: 'submitted', ...(self ? { id: { $ne: self } } : {}) });
    if (pending.some((p) => triggerKeyOf(awardId, p.reference) === triggerKey)) {
      throw new DomainException('SUBSIDIES_DUPLICATE', '该企业的同一事项已有待审核的申请');
    }
  }

  /** Validate the facts and compute; what the service knows itself (prior grants, the park's county) overrides the input. */
  private async computeFor(
    em: EntityManager,
    awardId: AwardId,
    uscc: string,
    date: string,
    facts: Record<string, unknown>,
    park: Park | null,
  ): Promise<AwardComputation> {
    const filled: Record<string, unknown> = { ...facts };
    const options = await this.catalogue.options(em);
    if (capIsCumulative(awardId, options)) {
      const prior = await em.find(Entitlement, { uscc, awardId, status: { $nin: ['rejected', 'cancelled'] } });
      filled['priorGrantedFen'] = prior.reduce((sum, e) => sum + e.amountFen, 0);
    }
    if (park) filled['countyCode'] = park.countyCode;
    const validated = validateAwardRequest({ awardId, date, facts: filled });
    if (!validated.ok) {
      throw new DomainException('VALIDATION_FAILED', validated.problems.join('；'), validated.problems.map((message) => ({ message })));
    }
    const request: AwardRequest = validated.value;
    const c = computeAward(request, options);
    if (c.decision !== 'granted' || c.amountFen <= 0) throw new DomainException('SUBSIDIES_NOT_GRANTED', notGrantedMessage(c));
    return c;
  }

  dto(a: AwardApplication, card?: EnterpriseCard): ApplicationDto {
    return {
      id: a.id,
      uscc: a.uscc,
      name: card?.name ?? '',
      countyCode: a.countyCode,
      awardId: a.awardId,
      date: a.date,
      reference: a.reference,
      parkId: a.parkId ?? null,
      facts: a.facts,
      documents: a.documents,
      preview: a.preview,
      status: a.status,
      entitlementId: a.entitlementId ?? null,
      amountFen: a.preview.amountFen,
      submittedBy: a.submittedBy,
      reviewedBy: a.reviewedBy ?? null,
      comment: a.comment ?? null,
      createdAt: a.createdAt.toISOString(),
    };
  }
}
