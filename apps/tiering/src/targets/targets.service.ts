import { Injectable } from '@nestjs/common';
import { EntityManager as CoreEntityManager } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type { Actor, AssessmentDto, AssessmentRowDto, TargetsDto } from '@ladder/contracts';
import { Clock } from '@ladder/platform-config';
import { scopedCounty } from '@ladder/platform-messaging';
import { LIAISON_RANKS, PLAN_PERIOD, PLAN_TARGETS, SANMING_PLAN, assessmentPeriod, inPlanPeriod, reviewEligibility } from '@ladder/policy';
import { COUNTY_CODES, TIERS, shanghaiDate } from '@ladder/shared-domain';
import type { Tier } from '@ladder/shared-domain';

import { Certification } from '../certification/certification.entity';
import { PoolEntry } from '../evaluation/pool-entry.entity';
import { Liaison } from '../liaison/liaison.entity';
import { EnterpriseProjection } from '../projection/enterprise-projection.entity';
import { Recommendation } from '../recommendation/recommendation.entity';

const zeroTiers = (): Record<Tier, number> => ({ innovative: 0, specialized: 0, 'little-giant': 0 });

/** New recognitions against the plan's targets (S-03…S-05) and the county assessment (S-59). */
@Injectable()
export class TargetsService {
  constructor(
    private readonly em: CoreEntityManager,
    private readonly clock: Clock,
  ) {}

  /** A recognition counts once: the first recognition of a tier for an enterprise (renewals never count). */
  private async newRecognitions(em: EntityManager, county?: string): Promise<Certification[]> {
    const certs = await em.find(Certification, county ? { countyCode: county } : {}, { orderBy: { certifiedOn: 'asc' } });
    const seen = new Set<string>();
    return certs.filter((c) => {
      const key = `${c.uscc}:${c.tier}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }

  async targets(actor?: Actor): Promise<TargetsDto> {
    const em = this.em as EntityManager;
    const county = scopedCounty(actor);
    const certs = await this.newRecognitions(em, county);
    let outside = 0;
    const rows = PLAN_TARGETS.map((t) => {
      const mine = certs.filter((c) => c.tier === t.tier);
      const inPeriod = mine.filter((c) => inPlanPeriod(c.certifiedOn));
      outside += mine.length - inPeriod.length;
      const byYear: Record<string, number> = {};
      const byCounty: Record<string, number> = {};
      for (const c of inPeriod) {
        byYear[c.certifiedOn.slice(0, 4)] = (byYear[c.certifiedOn.slice(0, 4)] ?? 0) + 1;
        byCounty[c.countyCode] = (byCounty[c.countyCode] ?? 0) + 1;
      }
      return { tier: t.tier, target: t.moreThan, achieved: inPeriod.length, byYear, byCounty, met: inPeriod.length > t.moreThan };
    });
    return {
      planPeriod: { from: PLAN_PERIOD.from, to: PLAN_PERIOD.to },
      source: `${SANMING_PLAN.title}“一、总体目标”：新培育创新型中小企业超过800家、专精特新中小企业超过150家、专精特新“小巨人”企业超过20家`,
      rows,
      outsidePeriod: outside,
    };
  }

  async assessment(year: number, period: 'mid-year' | 'annual', actor?: Actor): Promise<AssessmentDto> {
    const em = this.em as EntityManager;
    const { from, to } = assessmentPeriod(year, period);
    const county = scopedCounty(actor);
    const counties = county ? [county] : [...COUNTY_CODES];
    const today = this.clock.today();
    const [firsts, allCerts, pool, entries, recs, liaisons] = await Promise.all([
      this.newRecognitions(em, county),
      em.find(Certification, county ? { countyCode: county } : {}),
      em.find(EnterpriseProjection, { status: 'active', ...(county ? { countyCode: county } : {}) }),
      // Only the columns counted (not every entry's explanation, stored compressed: ADR 0014).
      em.find(PoolEntry, county ? { countyCode: county } : {}, { fields: ['uscc', 'countyCode', 'category'] }),
      em.find(Recommendation, county ? { countyCode: county } : {}),
      em.find(Liaison, {}),
    ]);
    const liaisonBy = new Map(liaisons.map((l) => [l.uscc, l]));
    const projections = new Map(pool.map((p) => [p.uscc, p]));
    const rows: AssessmentRowDto[] = counties.map((code) => {
      const newRecognitions = zeroTiers();
      for (const c of firsts) if (c.countyCode === code && c.certifiedOn >= from && c.certifiedOn <= to) newRecognitions[c.tier] += 1;
      const certs = allCerts.filter((c) => c.countyCode === code);
      const renewals = certs.reduce((n, c) => n + c.renewals.filter((r) => r.renewedOn >= from && r.renewedOn <= to).length, 0);
      const revocations = certs.filter((c) => c.revokedOn && c.revokedOn >= from && c.revokedOn <= to).length;
      const byCategory: Record<string, number> = { recommend: 0, upgrade: 0, watch: 0, none: 0 };
      for (const e of entries) if (e.countyCode === code && projections.has(e.uscc)) byCategory[e.category ?? 'none'] = (byCategory[e.category ?? 'none'] ?? 0) + 1;
      const valid = certs.filter((c) => c.status === 'valid');
      const highest = new Map<string, Tier>();
      for (const c of valid) {
        const h = highest.get(c.uscc);
        if (!h || TIERS.indexOf(c.tier) > TIERS.indexOf(h)) highest.set(c.uscc, c.tier);
      }
      let withoutLiaison = 0;
      for (const [uscc, tier] of highest) if (liaisonBy.get(uscc)?.cadreRank !== LIAISON_RANKS[tier]) withoutLiaison++;
      let missingAnnualData = 0;
      for (const c of valid) {
        const p = projections.get(c.uscc);
        const submissions: Record<number, string> = {};
        for (const [y, v] of Object.entries(p?.years ?? {})) submissions[Number(y)] = shanghaiDate(v.submittedAt);
        if (!reviewEligibility(c.certifiedOn, c.validUntil, today, submissions).eligible) missingAnnualData++;
      }
      return {
        countyCode: code,
        newRecognitions,
        renewals,
        revocations,
        poolSize: pool.filter((p) => p.countyCode === code).length,
        byCategory,
        recommendations: recs.filter((r) => r.countyCode === code && shanghaiDate(r.createdAt) >= from && shanghaiDate(r.createdAt) <= to).length,
        withoutLiaison,
        missingAnnualData,
      };
    });
    return { year, period, from, to, rows };
  }
}
