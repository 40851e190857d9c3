import { isIsoDate, selectVersion } from '../common/source';
import type { EvaluationType } from './tier-input';
import { resolveTierParameters } from './tier-parameters';
import type { TierParameters } from './tier-parameters';
import type { TierRuleSet } from './tier-rule-set';
import { TIERS_2022 } from './tiers-2022.rules';
import { TIERS_2026 } from './tiers-2026.rules';

/** The tier rule sets in date order; overlapping periods are a data error (selectVersion throws). */
export const TIER_RULE_VERSIONS: readonly TierRuleSet[] = [TIERS_2022, TIERS_2026];

export interface TierRuleSelection {
  readonly rules: TierRuleSet;
  /** One Chinese sentence: which version decides and why. */
  readonly reason: string;
}

function period(rules: TierRuleSet): string {
  const note = { confirmed: '', secondary: '（日期据二手来源）', unconfirmed: '（近似日期，待核实）' }[
    rules.effectiveFromConfidence
  ];
  const from = `${rules.effectiveFrom}${note}`;
  return rules.effectiveTo ? `${from}至${rules.effectiveTo}施行` : `自${from}起施行`;
}

/**
 * New applications use the rule set in force on `asOf`. A 复核 (re-review) dated on or before
 * `reviewUses2022Until` is judged by the 2022 standard even after 2026-04-01, as 工信厅企业函〔2026〕117号 did for
 * the 2026 小巨人 复核 batch (rules.md §0); the default cut-off is pending 市工信局 confirmation.
 */
export function selectTierRules(
  asOf: string,
  type: EvaluationType,
  params?: Partial<TierParameters>,
): TierRuleSelection {
  if (!isIsoDate(asOf)) throw new RangeError(`评价日期无效：${asOf}（应为 YYYY-MM-DD）`);
  const p = resolveTierParameters(params);
  if (!isIsoDate(p.reviewUses2022Until)) {
    throw new RangeError(`参数 reviewUses2022Until 无效：${p.reviewUses2022Until}`);
  }
  const inForce = selectVersion(TIER_RULE_VERSIONS, asOf);
  if (!inForce)
    throw new RangeError(`评价日期${asOf}早于梯度培育标准的施行日期（${TIERS_2022.effectiveFrom}）`);

  if (type === 'new') {
    return {
      rules: inForce,
      reason: `新申报按评价日${asOf}有效的标准评价：${inForce.zh}（${period(inForce)}）。`,
    };
  }
  if (inForce.id !== TIERS_2022.id && asOf <= p.reviewUses2022Until) {
    return {
      rules: TIERS_2022,
      reason: `复核评价日${asOf}不晚于${p.reviewUses2022Until}，参照工信厅企业函〔2026〕117号沿用2022年标准${TIERS_2022.zh}（该截止日待市工信局确认）。`,
    };
  }
  return {
    rules: inForce,
    reason:
      inForce.id === TIERS_2022.id
        ? `复核评价日${asOf}在2022年标准施行期内，按${inForce.zh}评价（${period(inForce)}）。`
        : `复核评价日${asOf}晚于${p.reviewUses2022Until}，按评价日有效的标准评价：${inForce.zh}（${period(inForce)}）。`,
  };
}
