import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { EntityManager as CoreEntityManager, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type {
  Actor,
  CreateRecommendationRequest,
  Page,
  RecommendationDto,
  RecommendationQuery,
  RecordOutcomeRequest,
  ReviewRecommendationRequest,
} from '@ladder/contracts';
import { Clock } from '@ladder/platform-config';
import { DomainException, TransactionRunner, assertInScope, recordEvent, scopedCounty } from '@ladder/platform-messaging';
import { TIER_LABELS } from '@ladder/shared-domain';

import { CertificationService } from '../certification/certification.service';
import { Certification } from '../certification/certification.entity';
import { EvaluationService } from '../evaluation/evaluation.service';
import { EnterpriseProjection } from '../projection/enterprise-projection.entity';
import { TIERING_SOURCE } from '../tiering.tokens';
import { Recommendation } from './recommendation.entity';

/**
 * 推荐流程: the county recommends (its evaluation attached) → the city reviews (maker ≠ checker) → the city
 * submits upward → the official outcome is recorded (认定 with issuer, 文号 and date, or not).
 */
@Injectable()
export class RecommendationService {
  constructor(
    private readonly em: CoreEntityManager,
    private readonly transactions: TransactionRunner,
    private readonly certifications: CertificationService,
    private readonly evaluations: EvaluationService,
    private readonly clock: Clock,
  ) {}

  async create(req: CreateRecommendationRequest): Promise<RecommendationDto> {
    try {
      return await this.transactions.run(async (em) => {
        const p = await this.certifications.projection(em, req.uscc, req.actor);
        if (p.status !== 'active') throw new DomainException('REGISTRY_ENTERPRISE_REMOVED', '该企业已出库，不能推荐');
        const held = await em.findOne(Certification, { uscc: p.uscc, tier: req.tier, status: 'valid' });
        if (req.type === 'new') {
          if (held) throw new DomainException('TIERING_NOT_ELIGIBLE', `该企业已持有有效的${TIER_LABELS[req.tier].zh}称号，应申请复核`);
          await this.certifications.assertNotBarred(em, p.uscc);
        } else if (!held) {
          throw new DomainException('TIERING_NOT_ELIGIBLE', `复核须持有有效的${TIER_LABELS[req.tier].zh}称号`);
        }
        const evaluated = await this.evaluations.evaluate(em, p, { asOf: this.clock.today(), type: req.type, trigger: 'manual', force: true });
        const decision = evaluated?.entry.result.tiers[req.tier].decision ?? 'unknown';
        if (decision === 'not-eligible') {
          const gaps = evaluated?.entry.result.tiers[req.tier].gaps ?? [];
          throw new DomainException('TIERING_NOT_ELIGIBLE', `按现有数据不符合${TIER_LABELS[req.tier].zh}条件：${gaps.slice(0, 3).join('；')}`);
        }
        const r = new Recommendation();
        r.id = randomUUID();
        r.uscc = p.uscc;
        r.countyCode = p.countyCode;
        r.tier = req.tier;
        r.type = req.type;
        r.batchYear = req.batchYear;
        r.evaluationId = evaluated?.record?.id ?? evaluated?.entry.evaluationId ?? null;
        r.evaluationDecision = decision;
        r.createdById = req.actor.userId;
        r.history = [step(req.actor, 'county-recommended', req.comment)];
        em.persist(r);
        await em.flush();
        this.event(em, r, 'county');
        return this.toDto(r, p);
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) {
        throw new DomainException('TIERING_RECOMMENDATION_DUPLICATE', `该企业${req.batchYear}年度已有${TIER_LABELS[req.tier].zh}的${req.type === 'new' ? '申报' : '复核'}推荐`);
      }
      throw error;
    }
  }

  async review(req: ReviewRecommendationRequest): Promise<RecommendationDto> {
    return this.transactions.run(async (em) => {
      const r = await this.load(em, req.recommendationId, req.actor);
      if (req.expectedVersion !== undefined && req.expectedVersion !== r.version) throw new DomainException('CONFLICT');
      if (r.status !== 'county-recommended') throw new DomainException('TIERING_RECOMMENDATION_STATE', `当前状态“${STATUS_ZH[r.status]}”不能审核`);
      if (r.createdById === req.actor.userId) throw new DomainException('TIERING_MAKER_CHECKER');
      r.status = req.decision === 'approve' ? 'city-approved' : 'returned';
      r.history = [...r.history, step(req.actor, r.status, req.comment)];
      await em.flush();
      if (r.status === 'city-approved') this.event(em, r, 'city');
      return this.toDto(r, await this.certifications.projection(em, r.uscc));
    });
  }

  async submit(id: string, actor: Actor): Promise<RecommendationDto> {
    return this.transactions.run(async (em) => {
      const r = await this.load(em, id, actor);
      if (r.status !== 'city-approved') throw new DomainException('TIERING_RECOMMENDATION_STATE', `当前状态“${STATUS_ZH[r.status]}”不能上报`);
      r.status = 'submitted';
      r.history = [...r.history, step(actor, 'submitted', null)];
      await em.flush();
      this.event(em, r, 'submitted');
      return this.toDto(r, await this.certifications.projection(em, r.uscc));
    });
  }

  async outcome(req: RecordOutcomeRequest): Promise<RecommendationDto> {
    return this.transactions.run(async (em) => {
      const r = await this.load(em, req.recommendationId, req.actor);
      if (r.status !== 'submitted') throw new DomainException('TIERING_RECOMMENDATION_STATE', `当前状态“${STATUS_ZH[r.status]}”不能登记结果`);
      const p = await this.certifications.projection(em, r.uscc);
      if (req.outcome === 'certified') {
        if (!req.issuer || !req.docNo || !req.certifiedOn) {
          throw new DomainException('VALIDATION_FAILED', '登记认定结果须填写认定机关、认定文号和认定日期');
        }
        if (r.type === 'new') {
          const c = await this.certifications.createIn(
            em,
            p,
            { tier: r.tier, issuer: req.issuer, docNo: req.docNo, certifiedOn: req.certifiedOn, validUntil: req.validUntil, recommendationId: r.id },
            req.actor,
          );
          r.certificationId = c.id;
        } else {
          const held = await em.findOne(Certification, { uscc: r.uscc, tier: r.tier, status: { $in: ['valid', 'expired'] } }, { orderBy: { validUntil: 'desc' } });
          if (!held) throw new DomainException('TIERING_CERTIFICATION_STATE', '未找到待复核的称号');
          await this.certifications.renewIn(em, held, { docNo: req.docNo, renewedOn: req.certifiedOn, validUntil: req.validUntil }, req.actor);
          r.certificationId = held.id;
        }
        r.status = 'certified';
      } else {
        r.status = 'rejected';
      }
      r.history = [...r.history, step(req.actor, r.status, req.comment ?? (req.docNo ? `${req.issuer ?? ''} ${req.docNo}`.trim() : null))];
      await em.flush();
      return this.toDto(r, p);
    });
  }

  async list(q: RecommendationQuery): Promise<Page<RecommendationDto>> {
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 20;
    const where: Record<string, unknown> = {};
    const county = scopedCounty(q.actor, q.county);
    if (county) where['countyCode'] = county;
    if (q.status) where['status'] = q.status;
    if (q.tier) where['tier'] = q.tier;
    if (q.batchYear) where['batchYear'] = q.batchYear;
    const em = this.em as EntityManager;
    const [rows, total] = await em.findAndCount(Recommendation, where, { orderBy: { updatedAt: 'desc', id: 'desc' }, limit: pageSize, offset: (page - 1) * pageSize });
    const projections = await this.certifications.projectionsOf(em, rows.map((r) => r.uscc));
    return { items: rows.map((r) => this.toDto(r, projections.get(r.uscc))), total, page, pageSize };
  }

  private async load(em: EntityManager, id: string, actor: Actor): Promise<Recommendation> {
    const r = await em.findOne(Recommendation, { id });
    if (!r) throw new DomainException('TIERING_RECOMMENDATION_NOT_FOUND');
    assertInScope(actor, r.countyCode);
    return r;
  }

  private event(em: EntityManager, r: Recommendation, stage: 'county' | 'city' | 'submitted'): void {
    recordEvent(em, TIERING_SOURCE, 'tiering.enterprise.recommended', {
      recommendationId: r.id,
      uscc: r.uscc,
      countyCode: r.countyCode,
      tier: r.tier,
      type: r.type,
      batchYear: r.batchYear,
      stage,
    });
  }

  toDto(r: Recommendation, p?: EnterpriseProjection): RecommendationDto {
    return {
      id: r.id,
      uscc: r.uscc,
      name: p?.name ?? '',
      countyCode: r.countyCode,
      tier: r.tier,
      type: r.type,
      batchYear: r.batchYear,
      status: r.status,
      evaluationId: r.evaluationId ?? null,
      evaluationDecision: r.evaluationDecision ?? null,
      history: r.history.map((h) => ({ at: h.at, actor: h.actor, action: h.action, comment: h.comment })),
      certificationId: r.certificationId ?? null,
      version: r.version,
      createdAt: r.createdAt.toISOString(),
      updatedAt: r.updatedAt.toISOString(),
    };
  }
}

const STATUS_ZH: Record<string, string> = {
  'county-recommended': '县级已推荐',
  'city-approved': '市级审核通过',
  returned: '已退回',
  submitted: '已上报',
  certified: '已认定',
  rejected: '未通过',
};

function step(actor: Actor, action: string, comment: string | null | undefined): Recommendation['history'][number] {
  return { at: new Date().toISOString(), actor: actor.username, actorId: actor.userId, action, comment: comment ?? null };
}

