import type { PendingConfirmation } from '../common/source';
import { PLAN_PERIOD, SANMING_PLAN } from '../plan/plan-targets';
import { wan } from '../awards/award-money';
import type { GuaranteeRuleId, GuaranteeTerms, GuaranteeVersion } from './guarantee-types';

// ---------------------------------------------------------------------------------------------------------------
// The plan's financing-guarantee measures (rules.md §8.4 S-48, S-49) as dated data: one base version per measure
// over the plan period (S-61: 2022-01-01 … 2025-12-31). The two amounts the plan states for guarantees — 500万元 for
// 专精特新, 1000万元 for 小巨人 — appear here once, with their clause (a test checks it). The plan gives no fee rate:
// the rates are parameters (guarantee-parameters.ts), pending confirmation.
// ---------------------------------------------------------------------------------------------------------------

/** 二、重点任务（三）优化发展环境 2. */
export const GUARANTEE_CLAUSE = '二、（三）2 畅通市场化融资渠道';

/** The plan's sentences (verbatim). */
export const GUARANTEE_TEXT = {
  'S-48': '专精特新中小企业同等享受市融资担保“白名单”企业待遇。',
  'S-49':
    '政府性融资担保机构为专精特新中小企业提供500万元以下担保贷款，为专精特新“小巨人”企业提供1000万元以下担保贷款，减收或免收融资担保费。',
} as const satisfies Readonly<Record<GuaranteeRuleId, string>>;

export const GUARANTEE_RULE_LABELS: Readonly<Record<GuaranteeRuleId, string>> = {
  'S-48': '融资担保“白名单”企业待遇',
  'S-49': '政府性融资担保贷款额度与担保费减免',
};

export const GUARANTEE_RESPONSIBLE_UNITS =
  '市工信局、财政局、金融监管局，市人行、三明市银保监分局，市投资集团，各金融机构，各县（市、区）人民政府';

const base = (ruleId: GuaranteeRuleId, terms: GuaranteeTerms): GuaranteeVersion => ({
  id: `${ruleId}@plan-2022`,
  ruleId,
  effectiveFrom: PLAN_PERIOD.from,
  effectiveTo: PLAN_PERIOD.to,
  source: { ...SANMING_PLAN, article: GUARANTEE_CLAUSE },
  clause: GUARANTEE_CLAUSE,
  terms,
  successor: false,
});

/** One version per measure over the plan period (S-61). */
export const BASE_GUARANTEE_VERSIONS: readonly GuaranteeVersion[] = [
  base('S-48', { kind: 'white-list', tiers: ['specialized', 'little-giant'] }),
  base('S-49', {
    kind: 'guarantee-ceiling',
    // "500万元以下" / "1000万元以下": 以下 includes the number (《民法典》第一千二百五十九条).
    ceilingsFen: { specialized: wan(500), 'little-giant': wan(1000) },
  }),
];

/** Fixed readings of the guarantee sentences, listed in each result that depends on them. */
export const GUARANTEE_READINGS = {
  ceilingInclusive: {
    parameter: 'S-49.ceilingInclusive',
    value: '≤ 额度（含本数）',
    note: '“500万元以下”“1000万元以下”包括本数（《民法典》第一千二百五十九条：“以上”“以下”“以内”包括本数）：恰为500万元可以，500万元零1分不可以',
    confirmBy: '市工信局',
  },
  littleGiantOnWhiteList: {
    parameter: 'S-48.littleGiantIncluded',
    value: '专精特新中小企业及“小巨人”企业',
    note: '方案只写“专精特新中小企业同等享受市融资担保‘白名单’企业待遇”；“小巨人”须持有有效的专精特新称号方可申报（工信部企业〔2022〕63号），读作一并享受（rules.md §8.4 S-48 “T3 implicitly”）',
    confirmBy: '市工信局、市金融监管局',
  },
  highestTierCounts: {
    parameter: 'S-49.highestTierCounts',
    value: '申请日有效的最高层级称号',
    note: '同时持有有效的专精特新与“小巨人”称号时按“小巨人”（1000万元）适用；只计申请日有效的称号（到期次日、撤销次日起不计）',
    confirmBy: '市工信局',
  },
} as const satisfies Readonly<Record<string, PendingConfirmation>>;
