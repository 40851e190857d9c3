import { TIER_LABELS } from '@ladder/shared-domain';
import type { Tier } from '@ladder/shared-domain';

import type { PendingConfirmation } from '../../common/source';
import { formatWan } from '../award-money';
import { renewalConfirmation } from '../award-parameters';
import type { AwardCondition, AwardDefinition, AwardFacts } from '../award-types';
import type { AwardContext } from './award-evaluator';

// The conditions several award families share, in three-valued logic: met, not met (with the gap in Chinese) or
// unknown (naming the absent facts).

export const TIER_ZH: Readonly<Record<Tier, string>> = {
  innovative: TIER_LABELS.innovative.zh,
  specialized: TIER_LABELS.specialized.zh,
  'little-giant': TIER_LABELS['little-giant'].zh,
};

export const met = (id: string, zh: string, note?: string): AwardCondition => ({
  id,
  zh,
  status: 'met',
  missing: [],
  ...(note === undefined ? {} : { note }),
});

export const notMet = (id: string, zh: string, gap: string): AwardCondition => ({
  id,
  zh,
  status: 'not-met',
  missing: [],
  gap,
});

export const unknown = (id: string, zh: string, missing: readonly string[]): AwardCondition => ({
  id,
  zh,
  status: 'unknown',
  missing,
});

export const present = <T>(v: T | null | undefined): v is T => v !== undefined && v !== null;

/** A fact a met condition guarantees (an internal invariant: `grant` runs only when every condition is met). */
export function need<T>(v: T | null | undefined, name: string): T {
  if (v === undefined || v === null) {
    throw new Error(`internal: ${name} absent although its condition was met`);
  }
  return v;
}

/** The tiers whose certification event triggers the award (its definition's trigger). */
export function certificationTiers(definition: AwardDefinition): readonly Tier[] {
  return need(definition.trigger.event, `${definition.id} trigger event`).tiers;
}

/** 新认定: a renewal counts only under the reading `renewalCountsAsNew` (its confirmation is pending). */
export function newRecognition(ctx: AwardContext, pending: PendingConfirmation[]): AwardCondition {
  const kind = ctx.facts.kind;
  const zh = '新认定（非复核）';
  if (kind !== 'new') pending.push(renewalConfirmation(ctx.params));
  if (!present(kind)) return unknown('new-recognition', zh, ['kind']);
  if (kind === 'new') return met('new-recognition', zh);
  return ctx.params.renewalCountsAsNew
    ? met('new-recognition', zh, '复核通过按参数 renewalCountsAsNew=true 视同新认定（待市工信局确认）')
    : notMet(
        'new-recognition',
        zh,
        '复核通过（renewal）不属于新认定，本方案不予奖励（参数 renewalCountsAsNew=false，待市工信局确认）',
      );
}

/** The certification's tier, when reported, must be one the award is for. */
export function tierIs(
  ctx: AwardContext,
  tiers: readonly Tier[],
  required: boolean,
): AwardCondition | undefined {
  const tier = ctx.facts.tier;
  const zh = `认定层级为${tiers.map((t) => TIER_ZH[t]).join('或')}`;
  if (!present(tier)) return required ? unknown('tier', zh, ['tier']) : undefined;
  return tiers.includes(tier)
    ? met('tier', zh)
    : notMet('tier', zh, `认定层级为${TIER_ZH[tier]}，不是${tiers.map((t) => TIER_ZH[t]).join('或')}`);
}

export function booleanFact(
  ctx: AwardContext,
  name: 'isLittleGiant' | 'leadUnit' | 'holdsSpecializedTitle' | 'completed',
  id: string,
  zh: string,
  gap: string,
): AwardCondition {
  const v = ctx.facts[name];
  if (!present(v)) return unknown(id, zh, [name]);
  return v ? met(id, zh) : notMet(id, zh, gap);
}

export function factPresent(
  ctx: AwardContext,
  name: keyof AwardFacts,
  id: string,
  zh: string,
): AwardCondition {
  return present(ctx.facts[name]) ? met(id, zh) : unknown(id, zh, [name]);
}

/** Room left under a per-enterprise cap: what the enterprise already received of this award (absent = 0). */
export function enterpriseCapCondition(ctx: AwardContext, capFen: number): AwardCondition {
  const prior = ctx.facts.priorGrantedFen;
  const zh = `单家企业累计不超过${formatWan(capFen)}`;
  if (!present(prior)) return met('enterprise-cap', zh, '未报送本项已获金额，按0计');
  return prior < capFen
    ? met('enterprise-cap', zh)
    : notMet('enterprise-cap', zh, `本项已获${formatWan(prior)}，已达单家企业上限${formatWan(capFen)}`);
}
