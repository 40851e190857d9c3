import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { EntityManager as CoreEntityManager } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type { Actor, ParkDto, UpsertParkRequest } from '@ladder/contracts';
import { Clock } from '@ladder/platform-config';
import { DomainException, TransactionRunner, assertInScope, scopedCounty } from '@ladder/platform-messaging';
import { computeAward } from '@ladder/policy';
import type { AwardComputation, AwardOptions } from '@ladder/policy';
import { TIERS } from '@ladder/shared-domain';
import type { Tier } from '@ladder/shared-domain';

import { CatalogueService } from '../catalogue/catalogue.service';
import { EnterpriseCard } from '../projection/enterprise-card.entity';
import { Park } from './park.entity';

/** The highest title an enterprise validly holds today. */
export function currentTier(card: EnterpriseCard | undefined, today: string): Tier | null {
  let best: Tier | null = null;
  for (const t of card?.titles ?? []) {
    if (t.status !== 'valid' || t.certifiedOn > today || t.validUntil < today) continue;
    if (best === null || TIERS.indexOf(t.tier) > TIERS.indexOf(best)) best = t.tier;
  }
  return best;
}

/**
 * Parks (S-22, S-23): the enterprises in each park, and the 专精特新园区 plaque flag — the S-23 rule of the
 * catalogue applied to the park's counts today. Outside every version's period the threshold is still shown, with
 * the note that the plaque needs a policy in force.
 */
@Injectable()
export class ParkService {
  constructor(
    private readonly em: CoreEntityManager,
    private readonly transactions: TransactionRunner,
    private readonly catalogue: CatalogueService,
    private readonly clock: Clock,
  ) {}

  async upsert(req: UpsertParkRequest): Promise<ParkDto> {
    assertInScope(req.actor, req.countyCode, '无权在其他县（市、区）登记园区');
    return this.transactions.run(async (em) => {
      const usccs = req.enterprises.map((e) => e.uscc);
      const known = usccs.length ? await em.find(EnterpriseCard, { uscc: { $in: usccs } }) : [];
      const unknown = usccs.filter((u) => !known.some((k) => k.uscc === u));
      if (unknown.length > 0) throw new DomainException('NOT_FOUND', `以下企业不在培育库中：${unknown.join('、')}`);
      let park: Park | null = null;
      if (req.id) {
        park = await em.findOne(Park, { id: req.id });
        if (!park) throw new DomainException('SUBSIDIES_PARK_NOT_FOUND');
        assertInScope(req.actor, park.countyCode, '该园区不属于您所辖县（市、区），无权修改');
      } else {
        park = Object.assign(new Park(), { id: randomUUID() });
        em.persist(park);
      }
      park.name = req.name;
      park.countyCode = req.countyCode;
      park.operator = req.operator;
      park.enterprises = usccs;
      park.updatedBy = req.actor.username;
      await em.flush();
      return this.dto(em, park, await this.catalogue.options(em));
    });
  }

  async list(actor?: Actor): Promise<ParkDto[]> {
    const em = this.em as EntityManager;
    const county = scopedCounty(actor);
    const parks = await em.find(Park, county ? { countyCode: county } : {}, { orderBy: { countyCode: 'asc', name: 'asc' } });
    const options = await this.catalogue.options(em);
    return Promise.all(parks.map((p) => this.dto(em, p, options)));
  }

  private async dto(em: EntityManager, p: Park, options: AwardOptions): Promise<ParkDto> {
    const today = this.clock.today();
    const cards = p.enterprises.length ? await em.find(EnterpriseCard, { uscc: { $in: p.enterprises } }) : [];
    const byUscc = new Map(cards.map((c) => [c.uscc, c]));
    const enterprises = p.enterprises.map((uscc) => ({ uscc, name: byUscc.get(uscc)?.name ?? '', tier: currentTier(byUscc.get(uscc), today) }));
    const specializedCount = enterprises.filter((e) => e.tier === 'specialized').length;
    const littleGiantCount = enterprises.filter((e) => e.tier === 'little-giant').length;
    const { plaque, rule } = plaqueOf(specializedCount, littleGiantCount, today, options);
    return {
      id: p.id,
      name: p.name,
      countyCode: p.countyCode,
      operator: p.operator,
      enterprises,
      specializedCount,
      littleGiantCount,
      plaque,
      plaqueRule: rule,
    };
  }
}

/** S-23 applied to a park's counts on `today`; outside the policy's period, the last version's threshold with a note. */
export function plaqueOf(specializedCount: number, littleGiantCount: number, today: string, options: AwardOptions): { plaque: boolean; rule: string } {
  const facts = { specializedCount, littleGiantCount };
  const now = computeAward({ awardId: 'S-23', date: today, facts }, options);
  if (now.decision !== 'not-covered') return { plaque: now.decision === 'granted', rule: ruleText(now) };
  const last = (options.successors ?? [])
    .filter((v) => v.awardId === 'S-23')
    .map((v) => v.effectiveTo ?? today)
    .concat(['2025-12-31'])
    .sort()
    .filter((d) => d <= today)
    .pop()!;
  const then = computeAward({ awardId: 'S-23', date: last, facts }, options);
  return {
    plaque: then.decision === 'granted',
    rule: `${ruleText(then)}；注意：${now.reason}，授牌须有有效政策（待市工信局确认）`,
  };
}

function ruleText(c: AwardComputation): string {
  return [c.reason, c.formula].filter(Boolean).join('；');
}
