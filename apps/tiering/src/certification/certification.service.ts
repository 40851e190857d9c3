import { randomUUID } from 'node:crypto';

import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown, Inject } from '@nestjs/common';
import { EntityManager as CoreEntityManager, MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type { Actor, CertificationDto, CertificationQuery, Page } from '@ladder/contracts';
import { Clock } from '@ladder/platform-config';
import { DomainException, TransactionRunner, assertInScope, recordEvent, scopedCounty } from '@ladder/platform-messaging';
import { highestValidTitle, reviewEligibility, titleStatuses } from '@ladder/policy';
import { TIERS, addDays, addYears, daysBetween, shanghaiDate } from '@ladder/shared-domain';
import type { Tier } from '@ladder/shared-domain';

import { TieringEnv } from '../config/tiering.env';
import { EvaluationService } from '../evaluation/evaluation.service';
import { EnterpriseProjection } from '../projection/enterprise-projection.entity';
import { TIERING_ENV, TIERING_SOURCE } from '../tiering.tokens';
import { Certification } from './certification.entity';

export const VALIDITY_YEARS = 3;
export const FRAUD_BAR_YEARS = 3;

/** Titles: recording, renewal (复核), revocation, expiry, and the events that tell everyone else. */
@Injectable()
export class CertificationService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Certifications');
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly orm: MikroORM,
    private readonly em: CoreEntityManager,
    private readonly transactions: TransactionRunner,
    private readonly evaluations: EvaluationService,
    private readonly clock: Clock,
    @Inject(TIERING_ENV) private readonly env: TieringEnv,
  ) {}

  onApplicationBootstrap(): void {
    void this.sweepExpired().catch((e: unknown) => this.logger.error(String(e)));
    this.timer = setInterval(() => void this.sweepExpired().catch((e: unknown) => this.logger.error(String(e))), this.env.EXPIRY_SWEEP_MINUTES * 60_000);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  async projection(em: EntityManager, uscc: string, actor?: Actor): Promise<EnterpriseProjection> {
    const p = await em.findOne(EnterpriseProjection, { uscc });
    if (!p) throw new DomainException('TIERING_ENTERPRISE_UNKNOWN', `评价服务尚未收到企业 ${uscc} 的数据`);
    assertInScope(actor, p.countyCode);
    return p;
  }

  /** The highest tier held validly today (after a change). */
  async currentTier(em: EntityManager, uscc: string): Promise<Tier | null> {
    const certs = await em.find(Certification, { uscc, status: 'valid' });
    return highestValidTitle(
      titleStatuses(
        certs.map((c) => ({ tier: c.tier, certifiedOn: c.certifiedOn, validUntil: c.validUntil })),
        this.clock.today(),
        VALIDITY_YEARS,
      ),
    );
  }

  /** Refuses a new application while a fraud revocation bars the enterprise. */
  async assertNotBarred(em: EntityManager, uscc: string): Promise<void> {
    const today = this.clock.today();
    const barred = await em.findOne(Certification, { uscc, fraud: true, barredUntil: { $gte: today } });
    if (barred) {
      throw new DomainException('TIERING_BARRED', `该企业于${barred.revokedOn}因数据造假被撤销称号，${barred.barredUntil}前不得再次申报`);
    }
  }

  /** A new recognition (新认定). Within a transaction; re-evaluates the enterprise. */
  async createIn(
    em: EntityManager,
    p: EnterpriseProjection,
    input: { tier: Tier; issuer: string; docNo: string; certifiedOn: string; validUntil?: string; recommendationId?: string },
    actor: Actor,
  ): Promise<Certification> {
    const existing = await em.findOne(Certification, { uscc: p.uscc, tier: input.tier, status: 'valid' });
    if (existing) {
      throw new DomainException('TIERING_CERTIFICATION_STATE', `该企业已持有有效的同层级称号（${existing.docNo}，有效期至${existing.validUntil}）`);
    }
    await this.assertNotBarred(em, p.uscc);
    const c = new Certification();
    c.id = randomUUID();
    c.uscc = p.uscc;
    c.countyCode = p.countyCode;
    c.tier = input.tier;
    c.issuer = input.issuer;
    c.docNo = input.docNo;
    c.certifiedOn = input.certifiedOn;
    c.validUntil = input.validUntil ?? addDays(addYears(input.certifiedOn, VALIDITY_YEARS), -1);
    if (c.validUntil < c.certifiedOn) throw new DomainException('VALIDATION_FAILED', '有效期至不能早于认定日期');
    c.status = c.validUntil < this.clock.today() ? 'expired' : 'valid';
    c.recommendationId = input.recommendationId ?? null;
    c.createdBy = actor.username;
    em.persist(c);
    await em.flush();
    recordEvent(em, TIERING_SOURCE, 'tiering.enterprise.certified', {
      certificationId: c.id,
      uscc: c.uscc,
      countyCode: c.countyCode,
      tier: c.tier,
      currentTier: await this.currentTier(em, c.uscc),
      kind: 'new',
      issuer: c.issuer,
      docNo: c.docNo,
      certifiedOn: c.certifiedOn,
      validUntil: c.validUntil,
    });
    await this.evaluations.evaluate(em, p, { asOf: this.clock.today(), type: 'new', trigger: 'event' });
    return c;
  }

  /** 复核通过: extend the validity of a title. Within a transaction. */
  async renewIn(em: EntityManager, c: Certification, input: { docNo: string; renewedOn: string; validUntil?: string }, actor: Actor): Promise<Certification> {
    if (c.status === 'revoked') throw new DomainException('TIERING_CERTIFICATION_STATE', '已撤销的称号不能复核');
    const p = await this.projection(em, c.uscc, actor);
    const validUntil = input.validUntil ?? addDays(addYears(c.validUntil > input.renewedOn ? c.validUntil : input.renewedOn, VALIDITY_YEARS), c.validUntil > input.renewedOn ? 0 : -1);
    if (validUntil <= c.validUntil) throw new DomainException('VALIDATION_FAILED', '复核后的有效期应晚于原有效期');
    c.renewals = [...c.renewals, { docNo: input.docNo, renewedOn: input.renewedOn, validUntil }];
    c.validUntil = validUntil;
    c.status = 'valid';
    await em.flush();
    const currentTier = await this.currentTier(em, c.uscc);
    recordEvent(em, TIERING_SOURCE, 'tiering.enterprise.renewed', {
      certificationId: c.id,
      uscc: c.uscc,
      countyCode: c.countyCode,
      tier: c.tier,
      currentTier,
      docNo: input.docNo,
      renewedOn: input.renewedOn,
      validUntil,
    });
    recordEvent(em, TIERING_SOURCE, 'tiering.enterprise.certified', {
      certificationId: c.id,
      uscc: c.uscc,
      countyCode: c.countyCode,
      tier: c.tier,
      currentTier,
      kind: 'renewal',
      issuer: c.issuer,
      docNo: input.docNo,
      certifiedOn: input.renewedOn,
      validUntil,
    });
    await this.evaluations.evaluate(em, p, { asOf: this.clock.today(), type: 'new', trigger: 'event' });
    return c;
  }

  async record(
    input: { uscc: string; tier: Tier; issuer: string; docNo: string; certifiedOn: string; validUntil?: string },
    actor: Actor,
  ): Promise<CertificationDto> {
    return this.transactions.run(async (em) => {
      const p = await this.projection(em, input.uscc, actor);
      const c = await this.createIn(em, p, input, actor);
      return this.toDto(c, p);
    });
  }

  async renew(id: string, input: { docNo: string; renewedOn: string; validUntil?: string }, actor: Actor): Promise<CertificationDto> {
    return this.transactions.run(async (em) => {
      const c = await this.load(em, id, actor);
      await this.renewIn(em, c, input, actor);
      return this.toDto(c, await this.projection(em, c.uscc));
    });
  }

  async revoke(id: string, input: { reason: string; fraud: boolean; revokedOn: string }, actor: Actor): Promise<CertificationDto> {
    return this.transactions.run(async (em) => {
      const c = await this.load(em, id, actor);
      if (c.status === 'revoked') throw new DomainException('TIERING_CERTIFICATION_STATE', '该称号已撤销');
      c.status = 'revoked';
      c.revokedOn = input.revokedOn;
      c.revocationReason = input.reason;
      c.fraud = input.fraud;
      c.barredUntil = input.fraud ? addYears(input.revokedOn, FRAUD_BAR_YEARS) : null;
      await em.flush();
      recordEvent(em, TIERING_SOURCE, 'tiering.enterprise.revoked', {
        certificationId: c.id,
        uscc: c.uscc,
        countyCode: c.countyCode,
        tier: c.tier,
        currentTier: await this.currentTier(em, c.uscc),
        reason: input.reason,
        fraud: input.fraud,
        revokedOn: input.revokedOn,
        ...(c.barredUntil ? { barredUntil: c.barredUntil } : {}),
      });
      const p = await this.projection(em, c.uscc);
      await this.evaluations.evaluate(em, p, { asOf: this.clock.today(), type: 'new', trigger: 'event' });
      return this.toDto(c, p);
    });
  }

  /** Mark titles past their validity as expired, one transaction each, with an event. */
  async sweepExpired(): Promise<number> {
    const today = this.clock.today();
    const due = await this.orm.em.fork().find(Certification, { status: 'valid', validUntil: { $lt: today } }, { limit: 1000 });
    for (const stale of due) {
      await this.transactions.run(async (em) => {
        const c = await em.findOne(Certification, { id: stale.id, status: 'valid' });
        if (!c) return;
        c.status = 'expired';
        await em.flush();
        recordEvent(em, TIERING_SOURCE, 'tiering.enterprise.expired', {
          certificationId: c.id,
          uscc: c.uscc,
          countyCode: c.countyCode,
          tier: c.tier,
          currentTier: await this.currentTier(em, c.uscc),
          validUntil: c.validUntil,
        });
        const p = await em.findOne(EnterpriseProjection, { uscc: c.uscc });
        if (p) await this.evaluations.evaluate(em, p, { asOf: today, type: 'new', trigger: 'event' });
      }, { fork: true });
    }
    if (due.length > 0) {
      this.logger.log(`${due.length} title(s) expired`);
    }
    return due.length;
  }

  async list(q: CertificationQuery): Promise<Page<CertificationDto>> {
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 20;
    const where: Record<string, unknown> = {};
    const county = scopedCounty(q.actor, q.county);
    if (county) where['countyCode'] = county;
    if (q.uscc) where['uscc'] = q.uscc;
    if (q.tier) where['tier'] = q.tier;
    if (q.status) where['status'] = q.status;
    if (q.expiringBy) {
      where['status'] = 'valid';
      where['validUntil'] = { $lte: q.expiringBy };
    }
    const em = this.em as EntityManager;
    const [rows, total] = await em.findAndCount(Certification, where, {
      orderBy: q.expiringBy ? { validUntil: 'asc', uscc: 'asc' } : { certifiedOn: 'desc', uscc: 'desc' },
      limit: pageSize,
      offset: (page - 1) * pageSize,
    });
    const projections = await this.projectionsOf(em, rows.map((r) => r.uscc));
    return { items: rows.map((c) => this.toDto(c, projections.get(c.uscc))), total, page, pageSize };
  }

  async history(uscc: string, actor?: Actor): Promise<CertificationDto[]> {
    const em = this.em as EntityManager;
    const p = await this.projection(em, uscc, actor);
    const rows = await em.find(Certification, { uscc }, { orderBy: { certifiedOn: 'asc' } });
    return rows
      .sort((a, b) => a.certifiedOn.localeCompare(b.certifiedOn) || TIERS.indexOf(a.tier) - TIERS.indexOf(b.tier))
      .map((c) => this.toDto(c, p));
  }

  async projectionsOf(em: EntityManager, usccs: string[]): Promise<Map<string, EnterpriseProjection>> {
    if (usccs.length === 0) return new Map();
    const rows = await em.find(EnterpriseProjection, { uscc: { $in: [...new Set(usccs)] } });
    return new Map(rows.map((r) => [r.uscc, r]));
  }

  async load(em: EntityManager, id: string, actor?: Actor): Promise<Certification> {
    const c = await em.findOne(Certification, { id });
    if (!c) throw new DomainException('TIERING_CERTIFICATION_NOT_FOUND');
    assertInScope(actor, c.countyCode);
    return c;
  }

  toDto(c: Certification, p?: EnterpriseProjection): CertificationDto {
    const today = this.clock.today();
    const submissions: Record<number, string> = {};
    for (const [year, y] of Object.entries(p?.years ?? {})) submissions[Number(year)] = shanghaiDate(y.submittedAt);
    const review =
      c.status === 'valid'
        ? reviewEligibility(c.certifiedOn, c.validUntil, today, submissions)
        : { eligible: false, reason: c.status === 'revoked' ? '称号已撤销' : '称号已过期', nextDeadline: null };
    return {
      id: c.id,
      uscc: c.uscc,
      name: p?.name ?? '',
      countyCode: c.countyCode,
      tier: c.tier,
      kind: c.renewals.length > 0 ? 'renewal' : 'new',
      status: c.status,
      issuer: c.issuer,
      docNo: c.docNo,
      certifiedOn: c.certifiedOn,
      validUntil: c.validUntil,
      renewals: c.renewals,
      revokedOn: c.revokedOn ?? null,
      revocationReason: c.revocationReason ?? null,
      fraud: c.fraud,
      barredUntil: c.barredUntil ?? null,
      review: { eligible: review.eligible, reason: review.reason, deadline: review.nextDeadline },
      daysToExpiry: daysBetween(today, c.validUntil),
      recommendationId: c.recommendationId ?? null,
      createdAt: c.createdAt.toISOString(),
    };
  }
}
