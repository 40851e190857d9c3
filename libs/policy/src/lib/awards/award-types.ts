import type { Tier } from '@ladder/shared-domain';

import type { PendingConfirmation, RuleVersionRef, SourceRef } from '../common/source';

// ---------------------------------------------------------------------------------------------------------------
// The award catalogue of the plan (rules.md §8) as dated data. Money is integer 分 (fen); rates are exact
// fractions `{ num, den }` (5‰ = 5/1000, 60% = 60/100), never floating point.
// ---------------------------------------------------------------------------------------------------------------

/**
 * Who pays (rules.md §8 payer codes): PROV 省级财政/省级专项资金 (the city only tracks it), CITY 市级财政,
 * CNTY 县（市、区）财政, BEN 受益地财政 (the beneficiary locality, closing clause S-50).
 */
export type AwardPayer = 'PROV' | 'CITY' | 'CNTY' | 'BEN';

export const AWARD_PAYER_LABELS: Readonly<Record<AwardPayer, string>> = {
  PROV: '省级财政（省级专项资金）',
  CITY: '市级财政',
  CNTY: '县（市、区）财政',
  BEN: '受益地财政',
};

/** One id per award. S-34 has two sub-awards (省级企业技术中心 / 省级新型研发机构), both catalogued as S-34. */
export const AWARD_IDS = [
  'S-17',
  'S-18',
  'S-19',
  'FJ-LG-50',
  'S-22',
  'S-23',
  'S-31',
  'S-32',
  'S-33',
  'S-34a',
  'S-34b',
  'S-35',
  'S-36',
  'S-37',
  'S-40',
  'S-43',
  'S-44',
  'S-46',
  'S-47',
] as const;
export type AwardId = (typeof AWARD_IDS)[number];

export function isAwardId(value: unknown): value is AwardId {
  return typeof value === 'string' && (AWARD_IDS as readonly string[]).includes(value);
}

/** An exact non-negative rate: `num / den` (integers, den > 0). 5‰ = { num: 5, den: 1000 }. */
export interface RateFraction {
  readonly num: number;
  readonly den: number;
}

/**
 * Fund kinds of S-47 (三(二)2): 国家制造业转型升级基金, its 一级子基金, 国家中小企业发展基金, its 一级子基金.
 * Whether "或其一级子基金" attaches to both funds is part of the ambiguous mapping (`fundRates`).
 */
export const FUND_KINDS = [
  'manufacturing-upgrade',
  'manufacturing-upgrade-sub-fund',
  'sme-development',
  'sme-development-sub-fund',
] as const;
export type FundKind = (typeof FUND_KINDS)[number];

export const FUND_KIND_LABELS: Readonly<Record<FundKind, string>> = {
  'manufacturing-upgrade': '国家制造业转型升级基金',
  'manufacturing-upgrade-sub-fund': '国家制造业转型升级基金一级子基金',
  'sme-development': '国家中小企业发展基金',
  'sme-development-sub-fund': '国家中小企业发展基金一级子基金',
};

/** The fund → rate mapping of S-47; `null` = that fund kind is not covered. */
export type FundRates = Readonly<Record<FundKind, RateFraction | null>>;

/**
 * The numbers of one version of an award. The kind is fixed per award (a successor version must keep it); the
 * award-specific conditions (new recognition, lead unit, total investment…) are in the evaluator of the award's
 * family (`evaluators/`).
 */
export type AwardTerms =
  /** A fixed one-off amount (S-17, S-18, FJ-LG-50, S-31…S-34, S-46). */
  | { readonly kind: 'fixed'; readonly amountFen: number }
  /** Prize money by rank: [一等奖, 二等奖, 三等奖] (S-35). */
  | { readonly kind: 'prize'; readonly amountsFen: readonly [number, number, number] }
  /** A fixed share of the market sales unit price, capped (首台套 S-36, S-37). */
  | { readonly kind: 'unit-price-rate'; readonly rate: RateFraction; readonly capFen: number }
  /**
   * "不超过X%" of the project's equipment investment (含技术、软件), capped per enterprise (S-43, S-44); S-44 also
   * needs an actual total investment of at least `minTotalInvestmentFen` ("1000万元以上").
   */
  | {
      readonly kind: 'equipment-rate';
      readonly maxRate: RateFraction;
      readonly capFen: number;
      readonly minTotalInvestmentFen?: number;
    }
  /** A rate of the actual paid-in equity by fund kind, capped (S-47). */
  | { readonly kind: 'fund-rate'; readonly rates: FundRates; readonly capFen: number }
  /** A discretionary amount up to a cap, the amount proposed by the deciding body (S-22, S-40). */
  | { readonly kind: 'discretionary'; readonly capFen: number }
  /** County matching (S-19): the amounts are the counties' own, in the `countyMatching` parameter table. */
  | { readonly kind: 'county-matching' }
  /** Non-cash recognition (S-23 plaque): at least `minEnterprises` 专精特新 enterprises gathered in the park. */
  | { readonly kind: 'plaque'; readonly minEnterprises: number; readonly benefit: string };

export type AwardTermsKind = AwardTerms['kind'];

/**
 * How an award is decided: its conditions and its formula. Each award of the catalogue names its family, and one
 * evaluator per family (`evaluators/award-evaluators.ts`) reads the version's terms of the kind that family expects.
 * - `new-certification`: a fixed amount on a new certification of the trigger's tiers (S-17, S-18, FJ-LG-50);
 * - `county-matching`: the county's own amount on a new certification (S-19);
 * - `park-introduction`: a capped amount for bringing a 小巨人 from outside Sanming into a park (S-22);
 * - `park-plaque`: a non-cash plaque for a park gathering enough 专精特新 enterprises (S-23);
 * - `recognition-fixed`: a fixed amount on a recognition, to the lead unit when the recipient is one (S-31…S-34, S-46);
 * - `contest-prize`: prize money by rank (S-35);
 * - `first-set-unit-price`: a share of the equipment's unit price, capped (S-36, S-37);
 * - `provincial-discretionary`: the amount the province decides, capped (S-40);
 * - `renovation-subsidy`, `renovation-reward`: a rate of the equipment investment, capped per enterprise (S-43, S-44);
 * - `fund-equity`: a rate of the paid-in equity by fund kind, capped (S-47).
 */
export const AWARD_FAMILIES = [
  'new-certification',
  'county-matching',
  'park-introduction',
  'park-plaque',
  'recognition-fixed',
  'contest-prize',
  'first-set-unit-price',
  'provincial-discretionary',
  'renovation-subsidy',
  'renovation-reward',
  'fund-equity',
] as const;
export type AwardFamily = (typeof AWARD_FAMILIES)[number];

/**
 * A dated version of one award: its numbers, its period (`effectiveTo` inclusive) and its source document
 * (`source.docNo` = 文号, `clause` = the section). Base versions come from the plan; successor versions are supplied
 * at run time (subsidies database, after a two-person approval) and must not overlap any version of the same award.
 */
export interface AwardVersion extends RuleVersionRef {
  readonly awardId: AwardId;
  /** Section of the source document, e.g. "二、（一）2 育优质企". */
  readonly clause: string;
  readonly terms: AwardTerms;
  /** `false` for the versions of this library (`BASE_AWARD_VERSIONS`), `true` for versions supplied at run time. */
  readonly successor: boolean;
  /** For provincial awards: the policy the plan restates (the city tracks it, the province pays). */
  readonly restates?: string;
  /** Who approved a successor version (two different persons), and when. Informational. */
  readonly approvedBy?: readonly string[];
  readonly approvedOn?: string;
  readonly note?: string;
}

/** Who may receive the award. */
export interface AwardRecipient {
  readonly kind: 'enterprise' | 'park-operator' | 'park' | 'lead-unit' | 'base-operator' | 'project';
  readonly zh: string;
  /** A tier condition: a new recognition of that tier, or holding a valid title of it (or higher). */
  readonly tier?: { readonly tier: Tier; readonly requirement: 'new-certification' | 'holds' };
}

/** What starts the award. */
export interface AwardTrigger {
  readonly kind: 'certification-event' | 'recognition' | 'application';
  readonly zh: string;
  /** For `certification-event`: the event that creates the entitlement (免申即享). */
  readonly event?: { readonly subject: 'tiering.enterprise.certified'; readonly tiers: readonly Tier[] };
  /** For applications: the documents the application carries. */
  readonly documents?: readonly string[];
}

/** The facts an award reads (see `AwardFacts`). */
export type AwardFactName = keyof AwardFacts;

/** One award of the catalogue: what it is, who gets it, who pays, what triggers it, where it is written. */
export interface AwardDefinition {
  readonly id: AwardId;
  /** The catalogue id of rules.md §8 (S-34a and S-34b are both S-34; FJ-LG-50 is rules.md §6.3). */
  readonly catalogueId: string;
  readonly zh: string;
  readonly payer: AwardPayer | null;
  readonly cash: boolean;
  /** `pay`: local finance pays (city, county, beneficiary locality); `track`: provincial money the city tracks. */
  readonly handling: 'pay' | 'track' | 'non-cash';
  readonly recipient: AwardRecipient;
  readonly trigger: AwardTrigger;
  /** e.g. "二、（一）2 育优质企". */
  readonly clause: string;
  /** The sentence of the plan (or provincial document) the award comes from. */
  readonly text: string;
  readonly responsibleUnits: string;
  /** How the award is decided (which evaluator); its evaluator reads terms of kind `termsKind`. */
  readonly family: AwardFamily;
  readonly termsKind: AwardTermsKind;
  readonly requiredFacts: readonly AwardFactName[];
  readonly optionalFacts: readonly AwardFactName[];
  /** Ambiguous readings and parameters involved (names of `AwardParameters` or fixed readings). */
  readonly readings: readonly string[];
}

/**
 * Facts of one award request. Each award reads only some (its definition lists them); absent or `null` facts make
 * the award `unknown`, naming them. Money in fen (integers).
 */
export interface AwardFacts {
  /** 认定类型: new (新认定) | renewal (复核通过). S-17, S-18, S-19, FJ-LG-50. */
  readonly kind?: 'new' | 'renewal' | null;
  /** The tier of the certification (S-17 specialized, S-18/FJ-LG-50 little-giant, S-19 either). */
  readonly tier?: Tier | null;
  /** The enterprise's county (S-19), or the beneficiary county where the park is (S-22). Legacy codes accepted. */
  readonly countyCode?: string | null;
  /** S-22: the introduced enterprise's previous registration (6-digit 行政区划代码). */
  readonly previousDivisionCode?: string | null;
  /** S-22: the introduced enterprise was a 专精特新"小巨人" when it settled. */
  readonly isLittleGiant?: boolean | null;
  /** S-22, S-40: the amount proposed by the deciding body (discretionary, capped). */
  readonly proposedAmountFen?: number | null;
  /** S-23: 专精特新中小企业 in the park that are not 小巨人. */
  readonly specializedCount?: number | null;
  /** S-23: 小巨人 enterprises in the park. */
  readonly littleGiantCount?: number | null;
  /** S-32, S-33: the enterprise is the lead unit (牵头单位). */
  readonly leadUnit?: boolean | null;
  /** S-35: rank at the 创响福建 city final (1 = 一等奖). */
  readonly rank?: number | null;
  /** S-36, S-37: market sales unit price of the recognised equipment. */
  readonly unitPriceFen?: number | null;
  /** S-43, S-44: the enterprise holds a valid 专精特新中小企业 (or 小巨人) title. */
  readonly holdsSpecializedTitle?: boolean | null;
  /** S-43, S-44: equipment investment of the project (设备，含技术、软件等). */
  readonly equipmentInvestmentFen?: number | null;
  /** S-43, S-44: amount of this award the enterprise already received within the per-enterprise cap. */
  readonly priorGrantedFen?: number | null;
  /** S-44: actual total investment of the project. */
  readonly totalInvestmentFen?: number | null;
  /** S-44: the project is completed and in production (完工投产). */
  readonly completed?: boolean | null;
  /** S-44: calendar year of completion. */
  readonly completionYear?: number | null;
  /** S-44: the enterprise's 营业收入 by calendar year, e.g. { "2023": 100000000, "2024": 120000000 }. */
  readonly revenueFen?: Readonly<Record<string, number>> | null;
  /** S-47: which fund invested. */
  readonly fund?: FundKind | null;
  /** S-47: actual paid-in amount (实际到资额). */
  readonly paidInFen?: number | null;
}

/** A request to compute one award: the triggering event's date and the facts. */
export interface AwardRequest {
  readonly awardId: AwardId;
  /** Date of the triggering event (recognition, certification, settlement, investment…), YYYY-MM-DD. */
  readonly date: string;
  readonly facts: AwardFacts;
}

export type AwardDecision = 'granted' | 'not-eligible' | 'not-covered' | 'unknown';

export interface AwardPayment {
  readonly payer: AwardPayer;
  /** The paying county (CNTY, BEN). */
  readonly countyCode?: string;
  readonly amountFen: number;
}

/** One condition checked for the award. */
export interface AwardCondition {
  readonly id: string;
  readonly zh: string;
  readonly status: 'met' | 'not-met' | 'unknown';
  readonly missing: readonly string[];
  /** What is lacking when not met (Chinese). */
  readonly gap?: string;
  readonly note?: string;
}

/** The version a computation used. */
export interface AwardVersionUsed {
  readonly id: string;
  readonly effectiveFrom: string;
  readonly effectiveTo: string | null;
  readonly docNo: string;
  readonly title: string;
  readonly clause: string;
  readonly confidence: SourceRef['confidence'];
  readonly successor: boolean;
  readonly restates: string | null;
}

export interface AwardComputation {
  readonly awardId: AwardId;
  readonly catalogueId: string;
  readonly zh: string;
  readonly date: string;
  readonly decision: AwardDecision;
  /** One Chinese sentence. */
  readonly reason: string;
  /** Integer fen; 0 unless granted. Non-cash awards are granted with 0. */
  readonly amountFen: number;
  /** e.g. "200万元". */
  readonly amountZh: string;
  /** The cap of the version used (null: fixed amount, prize, county amount or non-cash). */
  readonly capFen: number | null;
  readonly capApplied: boolean;
  /** The formula with the values used, in Chinese (null when not granted). */
  readonly formula: string | null;
  readonly payer: AwardPayer | null;
  readonly handling: AwardDefinition['handling'];
  /** Source document and section, e.g. "《三明市优质中小企业梯度培育行动方案（征求意见稿）》二、（一）2 育优质企". */
  readonly clause: string;
  /** Always sums exactly to `amountFen` (empty when the amount is 0). */
  readonly payerSplit: readonly AwardPayment[];
  readonly recipient: string;
  /** Non-cash benefit (S-23). */
  readonly benefit: string | null;
  readonly version: AwardVersionUsed | null;
  readonly conditions: readonly AwardCondition[];
  /** Facts that are needed and absent (when `unknown`). */
  readonly missing: readonly string[];
  /** What is lacking (Chinese), when `not-eligible`. */
  readonly gaps: readonly string[];
  /** The readings of ambiguous text this computation depended on, with their values. */
  readonly pendingConfirmations: readonly PendingConfirmation[];
}
