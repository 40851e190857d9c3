import { evaluateCommon } from './common-conditions';
import { createContext, unique } from './evaluation-context';
import { evaluateInnovative } from './evaluate-innovative';
import { evaluateLittleGiant2022 } from './evaluate-little-giant-2022';
import { evaluateSpecialized2022 } from './evaluate-specialized-2022';
import { evaluateLittleGiant2026 } from './evaluate-little-giant-2026';
import { evaluateSpecialized2026 } from './evaluate-specialized-2026';
import { TIER_RULE_VERSIONS, selectTierRules } from './select-tier-rules';
import type { TierRuleSelection } from './select-tier-rules';
import type { EvaluationType, ProfileInput } from './tier-input';
import { parameterConfirmations, resolveTierParameters } from './tier-parameters';
import type { TierParameters } from './tier-parameters';
import type { EvaluationResult } from './tier-result';
import { highestValidTitle, titleStatuses } from './titles';

export interface EvaluateTiersInput {
  readonly profile: ProfileInput;
  /** Evaluation date (ISO, Asia/Shanghai); 上年度 is the calendar year before it. */
  readonly asOf: string;
  /** 'new' application or 'review' (复核). */
  readonly type: EvaluationType;
  readonly params?: Partial<TierParameters>;
  /**
   * Force a rule set by id (e.g. "tiers-2026") instead of selecting by date and type — for shadow comparisons of
   * two versions over the same data. The result says the version was chosen explicitly.
   */
  readonly ruleSetId?: string;
}

/**
 * Evaluate the three tiers for one enterprise on one date: choose the rule set (selectTierRules), check the
 * common conditions, then 创新型 → 专精特新 → 小巨人 with the prerequisite chain. Pure: the same input gives the
 * same result; nothing is read but the input. A missing fact makes what depends on it "unknown" and is named.
 */
export function evaluateTiers(input: EvaluateTiersInput): EvaluationResult {
  const params = resolveTierParameters(input.params);
  const { rules, reason } = input.ruleSetId ? forcedRules(input.ruleSetId) : selectTierRules(input.asOf, input.type, params);
  const ctx = createContext(input.profile, input.asOf, input.type, params, rules);
  const titles =
    input.profile.titles === undefined || input.profile.titles === null
      ? null
      : titleStatuses(input.profile.titles, input.asOf, rules.titleValidityYears);

  const common = evaluateCommon(ctx);
  const innovative = evaluateInnovative(ctx, common);
  const specialized =
    rules.specialized.kind === 'specialized-2022'
      ? evaluateSpecialized2022(ctx, rules.specialized, common, { titles, lower: { innovative } })
      : evaluateSpecialized2026(ctx, rules.specialized, common, { titles, lower: { innovative } });
  const chain = { titles, lower: { innovative, specialized } };
  const littleGiant =
    rules.littleGiant.kind === 'little-giant-2022'
      ? evaluateLittleGiant2022(ctx, rules.littleGiant, common, chain)
      : evaluateLittleGiant2026(ctx, rules.littleGiant, common, chain);

  return {
    uscc: input.profile.uscc,
    asOf: input.asOf,
    type: input.type,
    dataYear: ctx.dataYear,
    ruleVersion: {
      id: rules.id,
      zh: rules.zh,
      effectiveFrom: rules.effectiveFrom,
      effectiveFromConfidence: rules.effectiveFromConfidence,
      ...(rules.effectiveTo ? { effectiveTo: rules.effectiveTo } : {}),
      source: rules.source,
    },
    versionReason: reason,
    parameters: params,
    common,
    titles: titles ?? [],
    highestValidTitle: titles ? highestValidTitle(titles) : null,
    tiers: { innovative, specialized, 'little-giant': littleGiant },
    missing: unique([
      ...common.missing,
      ...innovative.missing,
      ...specialized.missing,
      ...littleGiant.missing,
    ]),
    pendingConfirmations: [...parameterConfirmations(params), ...rules.pending],
  };
}

function forcedRules(id: string): TierRuleSelection {
  const rules = TIER_RULE_VERSIONS.find((r) => r.id === id);
  if (!rules) throw new RangeError(`未知的规则版本：${id}（可选：${TIER_RULE_VERSIONS.map((r) => r.id).join('、')}）`);
  return { rules, reason: `按指定的规则版本评价：${rules.zh}（用于不同版本的对比，不代表评价日适用的标准）。` };
}
