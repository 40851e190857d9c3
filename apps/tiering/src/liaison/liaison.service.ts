import { Injectable } from '@nestjs/common';
import { EntityManager as CoreEntityManager } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type { AssignLiaisonRequest, LiaisonQuery, LiaisonRowDto, Page } from '@ladder/contracts';
import { DomainException, TransactionRunner, assertInScope, recordEvent, scopedCounty } from '@ladder/platform-messaging';
import { LIAISON_RANKS } from '@ladder/policy';
import { TIERS, TIER_LABELS } from '@ladder/shared-domain';
import type { Tier } from '@ladder/shared-domain';

import { Certification } from '../certification/certification.entity';
import { EnterpriseProjection } from '../projection/enterprise-projection.entity';
import { TIERING_SOURCE } from '../tiering.tokens';
import { Liaison } from './liaison.entity';

/** S-57 挂包服务: each titled enterprise has one cadre of the tier's rank (小巨人 厅级, 专精特新 处级, 创新型 科级). */
@Injectable()
export class LiaisonService {
  constructor(
    private readonly em: CoreEntityManager,
    private readonly transactions: TransactionRunner,
  ) {}

  private async highestTiers(em: EntityManager, county?: string): Promise<Map<string, Tier>> {
    const valid = await em.find(Certification, { status: 'valid', ...(county ? { countyCode: county } : {}) });
    const highest = new Map<string, Tier>();
    for (const c of valid) {
      const h = highest.get(c.uscc);
      if (!h || TIERS.indexOf(c.tier) > TIERS.indexOf(h)) highest.set(c.uscc, c.tier);
    }
    return highest;
  }

  async assign(req: AssignLiaisonRequest): Promise<LiaisonRowDto> {
    return this.transactions.run(async (em) => {
      const p = await em.findOne(EnterpriseProjection, { uscc: req.uscc });
      if (!p) throw new DomainException('TIERING_ENTERPRISE_UNKNOWN');
      assertInScope(req.actor, p.countyCode);
      const tier = (await this.highestTiers(em)).get(req.uscc);
      if (!tier) throw new DomainException('TIERING_CERTIFICATION_STATE', '该企业尚未获得梯度培育称号，无需配备挂包干部');
      const required = LIAISON_RANKS[tier];
      if (req.cadreRank !== required) {
        throw new DomainException('VALIDATION_FAILED', `${TIER_LABELS[tier].zh}应由${required}干部挂包（S-57），所选为${req.cadreRank}`);
      }
      const l = (await em.findOne(Liaison, { uscc: req.uscc })) ?? Object.assign(new Liaison(), { uscc: req.uscc });
      l.cadreName = req.cadreName;
      l.cadreRank = req.cadreRank;
      l.cadreUnit = req.cadreUnit;
      l.phone = req.phone ?? null;
      l.assignedBy = req.actor.username;
      l.assignedAt = new Date();
      em.persist(l);
      recordEvent(em, TIERING_SOURCE, 'tiering.enterprise.liaison-assigned', {
        uscc: req.uscc,
        countyCode: p.countyCode,
        cadreName: l.cadreName,
        cadreRank: l.cadreRank,
        cadreUnit: l.cadreUnit,
      });
      await em.flush();
      return this.row(p, tier, l);
    });
  }

  async list(q: LiaisonQuery): Promise<Page<LiaisonRowDto>> {
    const em = this.em as EntityManager;
    const county = scopedCounty(q.actor, q.county);
    const highest = await this.highestTiers(em, county);
    const usccs = [...highest.keys()];
    const [projections, liaisons] = await Promise.all([
      usccs.length ? em.find(EnterpriseProjection, { uscc: { $in: usccs } }) : Promise.resolve([]),
      usccs.length ? em.find(Liaison, { uscc: { $in: usccs } }) : Promise.resolve([]),
    ]);
    const byUscc = new Map(liaisons.map((l) => [l.uscc, l]));
    let rows = projections
      .filter((p) => p.status === 'active')
      .map((p) => this.row(p, highest.get(p.uscc)!, byUscc.get(p.uscc)))
      .sort((a, b) => TIERS.indexOf(b.currentTier) - TIERS.indexOf(a.currentTier) || a.uscc.localeCompare(b.uscc));
    if (q.missingOnly) rows = rows.filter((r) => r.needsAssignment);
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 20;
    return { items: rows.slice((page - 1) * pageSize, page * pageSize), total: rows.length, page, pageSize };
  }

  private row(p: EnterpriseProjection, tier: Tier, l?: Liaison): LiaisonRowDto {
    const required = LIAISON_RANKS[tier];
    return {
      uscc: p.uscc,
      name: p.name,
      countyCode: p.countyCode,
      currentTier: tier,
      requiredRank: required,
      liaison: l
        ? { cadreName: l.cadreName, cadreRank: l.cadreRank, cadreUnit: l.cadreUnit, phone: l.phone ?? null, assignedAt: l.assignedAt.toISOString() }
        : null,
      needsAssignment: !l || l.cadreRank !== required,
    };
  }
}
