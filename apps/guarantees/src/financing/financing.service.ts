import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { EntityManager as CoreEntityManager } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type {
  CreditProductDto,
  FinancingMatchDto,
  FinancingNeedDto,
  FinancingNeedRef,
  FinancingQuery,
  Page,
  RecordFinancingNeedRequest,
  UpsertCreditProductRequest,
} from '@ladder/contracts';
import { Clock } from '@ladder/platform-config';
import { DomainException, TransactionRunner, assertInScope, scopedCounty } from '@ladder/platform-messaging';
import { heldTitleStatus } from '@ladder/policy';
import { TIERS } from '@ladder/shared-domain';
import type { Tier } from '@ladder/shared-domain';

import { Organisation } from '../organisations/organisation.entity';
import { OrganisationService, assertBank } from '../organisations/organisation.service';
import { TitleCard } from '../whitelist/title-card.entity';
import { CreditProduct } from './credit-product.entity';
import { FinancingNeed } from './financing-need.entity';

function productDto(p: CreditProduct): CreditProductDto {
  return {
    id: p.id,
    bankId: p.bankId,
    name: p.name,
    rateMinBp: p.rateMinBp,
    rateMaxBp: p.rateMaxBp,
    amountMinFen: p.amountMinFen,
    amountMaxFen: p.amountMaxFen,
    tiers: [...p.tiers],
    counties: [...p.counties],
    active: p.active,
  };
}

function needDto(n: FinancingNeed): FinancingNeedDto {
  return { id: n.id, uscc: n.uscc, countyCode: n.countyCode, amountFen: n.amountFen, termMonths: n.termMonths, purpose: n.purpose, recordedBy: n.recordedBy, createdAt: n.createdAt.toISOString() };
}

/**
 * S-49a 银企对接, kept minimal: banks' credit products, enterprises' financing needs and the products that fit a
 * need — active, the amount within the product's range, the enterprise's highest title valid today among the tiers
 * served, its county served. Roadshows and attendance are not recorded yet.
 */
@Injectable()
export class FinancingService {
  constructor(
    private readonly em: CoreEntityManager,
    private readonly transactions: TransactionRunner,
    private readonly organisations: OrganisationService,
    private readonly clock: Clock,
  ) {}

  async upsertProduct(req: UpsertCreditProductRequest): Promise<CreditProductDto> {
    if (req.rateMinBp > req.rateMaxBp) throw new DomainException('VALIDATION_FAILED', '年利率下限不能高于上限');
    if (req.amountMinFen > req.amountMaxFen) throw new DomainException('GUARANTEES_AMOUNT_INVALID', '额度下限不能高于上限');
    return this.transactions.run(async (em) => {
      assertBank(await this.organisations.scopeOf(req.actor, em), req.bankId);
      await this.organisations.require(em, req.bankId, 'bank');
      let product: CreditProduct | null = null;
      if (req.id) {
        product = await em.findOne(CreditProduct, { id: req.id });
        if (!product) throw new DomainException('NOT_FOUND', '未找到该信贷产品');
        assertBank(await this.organisations.scopeOf(req.actor, em), product.bankId);
      } else {
        product = Object.assign(new CreditProduct(), { id: randomUUID() });
      }
      Object.assign(product, {
        bankId: req.bankId,
        name: req.name,
        rateMinBp: req.rateMinBp,
        rateMaxBp: req.rateMaxBp,
        amountMinFen: req.amountMinFen,
        amountMaxFen: req.amountMaxFen,
        tiers: [...new Set(req.tiers)],
        counties: [...new Set(req.counties)],
        active: req.active,
      });
      em.persist(product);
      await em.flush();
      return productDto(product);
    });
  }

  async products(q: FinancingQuery): Promise<Page<CreditProductDto>> {
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 20;
    const [rows, total] = await (this.em as EntityManager).findAndCount(CreditProduct, q.bankId ? { bankId: q.bankId } : {}, {
      orderBy: { bankId: 'asc', name: 'asc' },
      limit: pageSize,
      offset: (page - 1) * pageSize,
    });
    return { items: rows.map(productDto), total, page, pageSize };
  }

  async recordNeed(req: RecordFinancingNeedRequest): Promise<FinancingNeedDto> {
    assertInScope(req.actor, req.countyCode);
    return this.transactions.run(async (em) => {
      const need = Object.assign(new FinancingNeed(), {
        id: randomUUID(),
        uscc: req.uscc,
        countyCode: req.countyCode,
        amountFen: req.amountFen,
        termMonths: req.termMonths,
        purpose: req.purpose,
        recordedBy: req.actor.username,
      });
      em.persist(need);
      await em.flush();
      return needDto(need);
    });
  }

  async needs(q: FinancingQuery): Promise<Page<FinancingNeedDto>> {
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 20;
    const where: Record<string, unknown> = q.uscc ? { uscc: q.uscc } : {};
    const county = scopedCounty(q.actor);
    if (county) where['countyCode'] = county;
    const [rows, total] = await (this.em as EntityManager).findAndCount(FinancingNeed, where, {
      orderBy: { createdAt: 'desc', id: 'desc' },
      limit: pageSize,
      offset: (page - 1) * pageSize,
    });
    return { items: rows.map(needDto), total, page, pageSize };
  }

  async matches(q: FinancingNeedRef): Promise<FinancingMatchDto> {
    const db = this.em as EntityManager;
    const need = await db.findOne(FinancingNeed, { id: q.needId });
    if (!need) throw new DomainException('NOT_FOUND', '未找到该融资需求');
    assertInScope(q.actor, need.countyCode);
    const card = await db.findOne(TitleCard, { uscc: need.uscc });
    const today = this.clock.today();
    const valid = new Set((card?.titles ?? []).filter((t) => heldTitleStatus(t, today).valid).map((t) => t.tier));
    const tier: Tier | null = [...TIERS].reverse().find((t) => valid.has(t)) ?? null;
    const banks = new Map((await db.find(Organisation, { kind: 'bank' })).map((o) => [o.id, o.name]));
    const products = (await db.find(CreditProduct, { active: true }, { orderBy: { rateMinBp: 'asc', name: 'asc' } })).filter(
      (p) =>
        tier !== null &&
        p.tiers.includes(tier) &&
        p.amountMinFen <= need.amountFen &&
        need.amountFen <= p.amountMaxFen &&
        (p.counties.length === 0 || p.counties.includes(need.countyCode)),
    );
    return { need: needDto(need), tier, products: products.map((p) => ({ ...productDto(p), bankName: banks.get(p.bankId) ?? p.bankId })) };
  }
}
