import { TIERS, TIER_LABELS } from '@ladder/shared-domain';
import type { Tier } from '@ladder/shared-domain';

import { isIsoDate } from '../common/source';
import { anyOf, condition } from './evaluation-context';
import type { EvalContext } from './evaluation-context';
import type { TitleInput } from './tier-input';
import type { ConditionResult, ConditionStatus, TierDecision, TierResult, TitleStatus } from './tier-result';
import type { ClauseRule } from './tier-rule-set';

/**
 * Last day of validity when the profile gives none: certifiedOn + `years` years − 1 day (a title certified on
 * 2023-06-15 is valid through 2026-06-14; one certified on 2024-02-29 through 2027-02-28).
 */
export function defaultValidUntil(certifiedOn: string, years: number): string {
  if (!isIsoDate(certifiedOn)) throw new RangeError(`认定日期无效：${certifiedOn}`);
  const [y = 0, m = 1, d = 1] = certifiedOn.split('-').map(Number);
  return new Date(Date.UTC(y + years, m - 1, d - 1)).toISOString().slice(0, 10);
}

/** A title is valid on `asOf` when certifiedOn ≤ asOf ≤ validUntil. */
export function titleStatuses(titles: readonly TitleInput[], asOf: string, years: number): TitleStatus[] {
  return titles.map((t) => {
    if (!isIsoDate(t.certifiedOn)) throw new RangeError(`认定日期无效：${t.certifiedOn}`);
    if (t.validUntil !== undefined && t.validUntil !== null && !isIsoDate(t.validUntil)) {
      throw new RangeError(`称号有效期至日期无效：${t.validUntil}`);
    }
    const validUntil = t.validUntil ?? defaultValidUntil(t.certifiedOn, years);
    return {
      tier: t.tier,
      certifiedOn: t.certifiedOn,
      validUntil,
      validUntilDefaulted: t.validUntil === undefined || t.validUntil === null,
      valid: t.certifiedOn <= asOf && asOf <= validUntil,
    };
  });
}

const rank = (tier: Tier): number => TIERS.indexOf(tier);

/** The highest tier among the valid titles. */
export function highestValidTitle(statuses: readonly TitleStatus[]): Tier | null {
  let best: Tier | null = null;
  for (const s of statuses) if (s.valid && (best === null || rank(s.tier) > rank(best))) best = s.tier;
  return best;
}

const PREREQUISITE_RULE: ClauseRule = {
  clause:
    '梯度培育层级递进：申报专精特新中小企业须为有效期内的创新型中小企业，申报“小巨人”须为有效期内的专精特新中小企业',
  confidence: 'secondary',
};

/**
 * The prerequisite chain (rules.md §1): a valid title of `required` or a higher tier. With
 * `chainAcceptsSameRoundTier`, the same evaluation's eligibility for `required` also counts.
 */
export function prerequisiteCondition(
  ctx: EvalContext,
  statuses: readonly TitleStatus[] | null,
  required: Tier,
  requiredZh: string,
  sameRound: { readonly decision: TierDecision; readonly missing: readonly string[] },
): ConditionResult {
  const values: Record<string, string> = {};
  let byTitle: ConditionStatus;
  let gap = `未持有有效期内的${requiredZh}称号`;
  if (statuses === null) {
    byTitle = 'unknown';
    values['已获称号'] = '未提供';
  } else {
    const holding = statuses.filter((s) => s.valid && rank(s.tier) >= rank(required));
    byTitle = holding.length > 0 ? 'met' : 'not-met';
    const relevant = statuses.filter((s) => rank(s.tier) >= rank(required));
    values['已获称号'] =
      relevant.length === 0
        ? '无'
        : relevant
            .map(
              (s) =>
                `${TIER_LABELS[s.tier].zh}（${s.certifiedOn}认定，有效期至${s.validUntil}${s.valid ? '' : '，已失效'}）`,
            )
            .join('；');
    const expired = relevant.filter((s) => !s.valid && s.validUntil < ctx.asOf);
    if (holding.length === 0 && expired.length > 0)
      gap += `（原称号已于${expired.map((s) => s.validUntil).join('、')}到期）`;
  }
  const bySameRound: ConditionStatus = !ctx.params.chainAcceptsSameRoundTier
    ? 'not-met'
    : sameRound.decision === 'eligible'
      ? 'met'
      : sameRound.decision === 'unknown'
        ? 'unknown'
        : 'not-met';
  if (ctx.params.chainAcceptsSameRoundTier) values['本次评价结果'] = sameRound.decision;
  const status = anyOf([byTitle, bySameRound]);
  return condition({
    id: 'prerequisite',
    zh: `持有有效期内的${requiredZh}称号`,
    group: '前置条件',
    rule: PREREQUISITE_RULE,
    status,
    values,
    missing: [
      ...(statuses === null ? ['titles'] : []),
      ...(bySameRound === 'unknown' ? sameRound.missing : []),
    ],
    gap,
    ...(status === 'met' && byTitle !== 'met'
      ? { note: '由本次评价结果满足（参数 chainAcceptsSameRoundTier）' }
      : {}),
  });
}

/** What a tier's prerequisite reads: the titles (null when not reported) and this evaluation's lower tiers. */
export interface ChainInput {
  readonly titles: readonly TitleStatus[] | null;
  readonly lower: Partial<Readonly<Record<Tier, TierResult>>>;
}

export function prerequisiteFor(ctx: EvalContext, chain: ChainInput, required: Tier): ConditionResult {
  const zh = required === 'innovative' ? ctx.rules.innovativeZh : TIER_LABELS[required].zh;
  const same = chain.lower[required];
  return prerequisiteCondition(ctx, chain.titles, required, zh, {
    decision: same?.decision ?? 'unknown',
    missing: same?.missing ?? [],
  });
}
