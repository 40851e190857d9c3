import { TIERS, resolveCountyCode } from '@ladder/shared-domain';
import type { Tier } from '@ladder/shared-domain';

import { isIsoDate } from '../common/source';
import { AwardRequestError } from './award-request';
import type { AwardComputation, AwardDefinition, AwardFacts } from './award-types';
import type { AwardOptions } from './compute-award';
import { computeAward } from './compute-award';
import { AWARD_DEFINITIONS } from './awards.rules';

/** The facts of a `tiering.enterprise.certified` event that decide the 免申即享 awards. */
export interface CertificationEvent {
  readonly tier: Tier;
  /** new (新认定) | renewal (复核通过). */
  readonly kind: 'new' | 'renewal';
  /** 认定日期, YYYY-MM-DD: the date that must fall within a version's period. */
  readonly certifiedOn: string;
  /** The enterprise's county (current or legacy code): the county that pays S-19. */
  readonly countyCode: string;
}

/** The awards a certification event can create (S-17, S-18, S-19, FJ-LG-50), from their triggers. */
const CERTIFICATION_AWARDS: readonly AwardDefinition[] = AWARD_DEFINITIONS.filter(
  (d) => d.trigger.kind === 'certification-event',
);

/**
 * The 免申即享 entitlements a certification creates: every certification-triggered award that is granted with a
 * positive amount — S-17 (new 专精特新, city 5万), S-18 (new 小巨人, city 20万), S-19 (county matching, only where the
 * county's amount for that date is > 0) and FJ-LG-50 (the provincial 50万 for a new 小巨人, tracked, payer PROV).
 * Nothing for 创新型, for renewals (unless `renewalCountsAsNew`), or for a date outside every version's period
 * (unless an approved successor version covers it). Use `computeAward` for the reasons of what is left out.
 */
export function entitlementsForCertification(
  event: CertificationEvent,
  options: AwardOptions = {},
): AwardComputation[] {
  const problems: string[] = [];
  if (!(TIERS as readonly unknown[]).includes(event.tier))
    problems.push(`认定层级“${String(event.tier)}”无效`);
  if (event.kind !== 'new' && event.kind !== 'renewal')
    problems.push(`认定类型“${String(event.kind)}”无效：应为 new 或 renewal`);
  if (typeof event.certifiedOn !== 'string' || !isIsoDate(event.certifiedOn)) {
    problems.push(`认定日期“${String(event.certifiedOn)}”无效：应为 YYYY-MM-DD`);
  }
  if (typeof event.countyCode !== 'string' || resolveCountyCode(event.countyCode) === undefined) {
    problems.push(`县（市、区）代码“${String(event.countyCode)}”不是三明市的县（市、区）`);
  }
  if (problems.length > 0) throw new AwardRequestError(problems);

  return CERTIFICATION_AWARDS.flatMap((definition) => {
    const awardId = definition.id;
    if (!definition.trigger.event?.tiers.includes(event.tier)) return [];
    const facts: AwardFacts =
      awardId === 'S-19'
        ? { tier: event.tier, kind: event.kind, countyCode: event.countyCode }
        : { tier: event.tier, kind: event.kind };
    const result = computeAward({ awardId, date: event.certifiedOn, facts }, options);
    return result.decision === 'granted' && result.amountFen > 0 ? [result] : [];
  });
}
