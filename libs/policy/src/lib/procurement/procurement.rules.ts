import type { RateFraction } from '../awards/award-types';
import type { RuleVersionRef, SourceRef } from '../common/source';

// ---------------------------------------------------------------------------------------------------------------
// 《政府采购促进中小企业发展管理办法》(财库〔2020〕46号) and 《关于进一步加大政府采购支持中小企业力度的通知》
// (财库〔2022〕19号) as dated data (rules.md §4): the reserved share of a project suitable for SMEs and the price
// deduction for 小微企业 bids on projects not reserved for SMEs. Money in 分, rates as exact fractions.
// ---------------------------------------------------------------------------------------------------------------

export const PROCUREMENT_CATEGORIES = ['goods', 'services', 'works'] as const;
export type ProcurementCategory = (typeof PROCUREMENT_CATEGORIES)[number];

export const PROCUREMENT_CATEGORY_ZH: Readonly<Record<ProcurementCategory, string>> = {
  goods: '货物',
  services: '服务',
  works: '工程',
};

/**
 * Who bids: a 小微企业 (or a consortium of 小微企业 only, 视同小微企业), a 大中型企业 + 小微企业 consortium, a 大中型企业
 * subcontracting to 小微企业, or a 中型 / 大型 enterprise alone (no deduction).
 */
export const BIDDER_KINDS = ['small-micro', 'consortium', 'subcontract', 'medium', 'large'] as const;
export type BidderKind = (typeof BIDDER_KINDS)[number];

export const BIDDER_KIND_ZH: Readonly<Record<BidderKind, string>> = {
  'small-micro': '小微企业（含全部由小微企业组成的联合体）',
  consortium: '大中型企业与小微企业组成的联合体',
  subcontract: '向小微企业分包的大中型企业',
  medium: '中型企业（单独投标）',
  large: '大型企业（单独投标）',
};

/** The two deduction cases of 46号 第九条: a 小微 bid, or a consortium / subcontract with a 小微 share ≥ the gate. */
export type DeductionCase = 'small-micro' | 'consortium-subcontract';

/**
 * How the preference is given: deducted from the bid price (评审价 = 报价 × (1 − 扣除比例)), or — for 工程 under
 * 招标投标法 evaluated by 综合评估法 without 低价优先法 — added to the price score (价格分 × (1 + 比例)).
 */
export const EVALUATION_METHODS = ['price-deduction', 'price-score-bonus'] as const;
export type EvaluationMethod = (typeof EVALUATION_METHODS)[number];

/** A band "A%—B%", both ends included (the purchaser fixes a rate within it in the tender documents). */
export interface DeductionBand {
  readonly min: RateFraction;
  readonly max: RateFraction;
  /** Where the band is written. */
  readonly clause: string;
  readonly confidence: SourceRef['confidence'];
}

export interface ReserveTerms {
  /** 货物、服务 "200万元以下" (inclusive) suitable for SMEs: reserved in full (第七条). */
  readonly goodsServicesFullUpToFen: number;
  /** 工程 "400万元以下" (inclusive). */
  readonly worksFullUpToFen: number;
  /** Above those amounts: at least this share of the budget (第八条, "30%以上"). */
  readonly share: RateFraction;
  /** Of the reserved share, at least this much for 小微企业 (第八条, "不低于60%"). */
  readonly smallMicroShare: RateFraction;
  readonly fullClause: string;
  readonly shareClause: string;
}

/** One dated version of the procurement preferences. */
export interface ProcurementRuleVersion extends RuleVersionRef {
  readonly reserve: ReserveTerms;
  /** Bands by category group and case. */
  readonly deduction: Readonly<
    Record<'goods-services' | 'works', Readonly<Record<DeductionCase, DeductionBand>>>
  >;
  /** 小微企业's share of a consortium / subcontract agreement that opens the deduction ("30%以上": a gate). */
  readonly consortiumGate: RateFraction;
  readonly gateClause: string;
  /** When the effective date itself is unconfirmed. */
  readonly effectiveFromConfidence: SourceRef['confidence'];
}

const pct = (n: number): RateFraction => ({ num: n, den: 100 });
const wan = (n: number): number => n * 1_000_000;

export const CAIKU_2020_46: SourceRef = {
  title: '政府采购促进中小企业发展管理办法',
  docNo: '财库〔2020〕46号',
  url: 'http://cmsc.apcreports.org.cn/cmsc/news/18076.html',
  confidence: 'secondary',
};

export const CAIKU_2022_19: SourceRef = {
  title: '关于进一步加大政府采购支持中小企业力度的通知',
  docNo: '财库〔2022〕19号',
  url: 'https://wallstreetcn.com/livenews/2193451',
  confidence: 'secondary',
};

const RESERVE_46: ReserveTerms = {
  goodsServicesFullUpToFen: wan(200),
  worksFullUpToFen: wan(400),
  share: pct(30),
  smallMicroShare: pct(60),
  fullClause:
    '财库〔2020〕46号 第七条（采购限额标准以上，200万元以下的货物和服务采购项目、400万元以下的工程采购项目，适宜由中小企业提供的，采购人应当专门面向中小企业采购）',
  shareClause:
    '财库〔2020〕46号 第八条（超过200万元的货物和服务采购项目、超过400万元的工程采购项目中适宜由中小企业提供的，预留该部分采购项目预算总额的30%以上专门面向中小企业采购，其中预留给小微企业的比例不低于60%）',
};

const WORKS_BANDS = {
  'small-micro': {
    min: pct(3),
    max: pct(5),
    clause: '财库〔2020〕46号 第九条（工程项目为3%—5%）',
    confidence: 'unconfirmed',
  },
  'consortium-subcontract': {
    min: pct(1),
    max: pct(2),
    clause: '财库〔2020〕46号 第九条（工程项目为1%—2%）',
    confidence: 'secondary',
  },
} as const satisfies Record<DeductionCase, DeductionBand>;

export const PROCUREMENT_RULE_VERSIONS: readonly ProcurementRuleVersion[] = [
  {
    id: 'gp-sme@2021',
    effectiveFrom: '2021-01-01',
    effectiveTo: '2022-06-30',
    effectiveFromConfidence: 'unconfirmed',
    source: { ...CAIKU_2020_46, article: '第七条、第八条、第九条' },
    reserve: RESERVE_46,
    deduction: {
      'goods-services': {
        'small-micro': {
          min: pct(6),
          max: pct(10),
          clause: '财库〔2020〕46号 第九条（对符合规定的小微企业报价给予6%—10%的扣除）',
          confidence: 'secondary',
        },
        'consortium-subcontract': {
          min: pct(2),
          max: pct(3),
          clause: '财库〔2020〕46号 第九条（对联合体或者大中型企业的报价给予2%—3%的扣除）',
          confidence: 'secondary',
        },
      },
      works: WORKS_BANDS,
    },
    consortiumGate: pct(30),
    gateClause:
      '财库〔2020〕46号 第九条（联合协议或者分包意向协议约定小微企业的合同份额占到合同总金额30%以上）',
  },
  {
    id: 'gp-sme@2022-07',
    effectiveFrom: '2022-07-01',
    effectiveFromConfidence: 'secondary',
    source: {
      ...CAIKU_2022_19,
      article: '二（调整对小微企业的价格评审优惠幅度）、三（提高政府采购工程面向中小企业预留份额）',
    },
    reserve: RESERVE_46,
    deduction: {
      'goods-services': {
        'small-micro': {
          min: pct(10),
          max: pct(20),
          clause: '财库〔2022〕19号 二（货物服务采购项目给予小微企业的价格扣除优惠，由6%—10%提高至10%—20%）',
          confidence: 'secondary',
        },
        'consortium-subcontract': {
          min: pct(4),
          max: pct(6),
          clause:
            '财库〔2022〕19号 二（大中型企业与小微企业组成联合体或者大中型企业向小微企业分包的，评审优惠幅度由2%—3%提高至4%—6%）',
          confidence: 'secondary',
        },
      },
      // 19号 raised the goods/services bands only; the works rows of 46号 第九条 stay (a 2025 tender text under 19号
      // still writes "4%~6%（工程项目为1%~2%）").
      works: WORKS_BANDS,
    },
    consortiumGate: pct(30),
    gateClause:
      '财库〔2020〕46号 第九条（联合协议或者分包意向协议约定小微企业的合同份额占到合同总金额30%以上）',
  },
];

/**
 * 财库〔2022〕19号 三: "超过400万元的工程采购项目中适宜由中小企业提供的，在合规前提下，2022年下半年面向中小企业的预留
 * 份额由30%以上阶段性提高至40%以上" (as reported by 中华建筑报, 2022-06-07). Whether the raise lasted beyond 2022 is
 * not confirmed: the parameter `worksReserve40` decides (pending 市财政局/市工信局 confirmation).
 */
export const WORKS_RESERVE_40: {
  readonly share: RateFraction;
  readonly from: string;
  readonly to: string;
  readonly clause: string;
} = {
  share: pct(40),
  from: '2022-07-01',
  to: '2022-12-31',
  clause:
    '财库〔2022〕19号 三（超过400万元的工程采购项目，2022年下半年面向中小企业的预留份额由30%以上阶段性提高至40%以上）',
};

/** Readings of ambiguous text, with their defaults — every one pending confirmation. */
export interface ProcurementParameters {
  /**
   * Works > 400万: the 19号 40 % share applies `second-half-2022` (2022-07-01…2022-12-31, the text's "2022年下半年"),
   * `from-2022-07` (from 2022-07-01 until a later document says otherwise), or `never` (30 % throughout).
   */
  readonly worksReserve40: 'second-half-2022' | 'from-2022-07' | 'never';
}

export const DEFAULT_PROCUREMENT_PARAMETERS: ProcurementParameters = { worksReserve40: 'second-half-2022' };

export const WORKS_RESERVE_40_READINGS = ['second-half-2022', 'from-2022-07', 'never'] as const;
