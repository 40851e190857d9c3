import type { PendingConfirmation, RuleVersionRef, SourceRef } from '../common/source';
import type { MainProductFieldInput, MakerChinaResultInput, RdInstitutionLevelInput } from './tier-input';

export type Confidence = SourceRef['confidence'];

/**
 * How the text words a single threshold. "以上/以下" follow the `inclusiveBounds` parameter; "不低于/不高于" are
 * always inclusive.
 */
export type BoundWording = '以上' | '以下' | '不低于' | '不高于';

/** Where an item of a standard comes from and how sure we are of its wording. */
export interface ClauseRule {
  /** e.g. "工信部企业〔2022〕63号 附件2 第二条". */
  readonly clause: string;
  readonly confidence: Confidence;
}

/**
 * One band of a scoring table, best band first. `edge` is the band's lower edge (higher is better) or upper edge
 * (lower is better) in the indicator's unit (basis points or fen); the last band is open and has none.
 */
export interface ScoreBand {
  readonly label: string;
  readonly points: number;
  readonly edge?: number;
}

export interface IndicatorRule extends ClauseRule {
  readonly id: string;
  readonly zh: string;
  readonly dimension: string;
  readonly max: number;
}

export interface BandedIndicatorRule extends IndicatorRule {
  readonly better: 'higher' | 'lower';
  readonly unit: 'bp' | 'fen';
  readonly bands: readonly ScoreBand[];
}

/** IP related to the main product: the best category held scores. */
export interface IpIndicatorRule extends IndicatorRule {
  readonly points: {
    readonly highValue: number;
    readonly selfDeveloped: number;
    readonly class1: number;
    readonly class2: number;
    readonly none: number;
  };
}

export interface DimensionRule {
  readonly id: string;
  readonly zh: string;
  readonly max: number;
  /** Sub-score minimum ("不低于"), if any. */
  readonly minimum?: number;
}

export interface ScoreRule extends ClauseRule {
  readonly threshold: number;
  readonly thresholdWording: BoundWording;
  readonly dimensions: readonly DimensionRule[];
}

export interface MoneyThreshold extends ClauseRule {
  readonly minFen: number;
  readonly wording: BoundWording;
}

// --- 2022 Annex 1: 创新型中小企业评价标准 (also used under the 2026 rules for 科技和创新型) -------------------------

export interface InnovativeStandard {
  readonly id: string;
  readonly zh: string;
  readonly source: SourceRef;
  readonly direct: {
    readonly award: ClauseRule & { readonly zh: string; readonly windowYears: number };
    readonly honour: ClauseRule & { readonly zh: string };
    readonly rdInstitution: ClauseRule & {
      readonly zh: string;
      readonly levels: readonly RdInstitutionLevelInput[];
    };
    readonly equity: MoneyThreshold & { readonly zh: string; readonly windowYears: number };
  };
  readonly score: ScoreRule & {
    readonly ip: IpIndicatorRule;
    readonly rdRatio: BandedIndicatorRule;
    readonly growth: BandedIndicatorRule;
    readonly debtRatio: BandedIndicatorRule;
    readonly productField: IndicatorRule & { readonly strategic: number; readonly other: number };
    readonly mainShare: BandedIndicatorRule;
  };
}

// --- 2022 Annex 2: 专精特新中小企业认定标准 -------------------------------------------------------------------------

export interface Specialized2022Standard {
  readonly kind: 'specialized-2022';
  readonly zh: string;
  readonly source: SourceRef;
  readonly basic: {
    readonly niche: ClauseRule & { readonly minYears: number; readonly wording: BoundWording };
    readonly rd: ClauseRule & {
      readonly minFen: number;
      readonly minRatioBp: number;
      readonly wording: BoundWording;
    };
    readonly revenue: MoneyThreshold & { readonly equityMinFen: number; readonly equityWindowYears: number };
  };
  readonly score: ScoreRule & {
    readonly mainShare: BandedIndicatorRule;
    readonly avgGrowth: BandedIndicatorRule;
    readonly niche: IndicatorRule & { readonly yearsPerPoint: number };
    readonly productField: IndicatorRule & {
      readonly points: Readonly<Record<MainProductFieldInput, number>>;
    };
    readonly digital: IndicatorRule & { readonly pointsByLevel: Readonly<Record<number, number>> };
    readonly quality: IndicatorRule & { readonly perItem: number };
    readonly netMargin: BandedIndicatorRule;
    readonly debtRatio: BandedIndicatorRule;
    readonly characteristic: IndicatorRule;
    readonly ip: IpIndicatorRule;
    readonly rdAmount: BandedIndicatorRule;
    readonly rdRatio: BandedIndicatorRule;
    readonly rdStaff: BandedIndicatorRule;
    readonly rdInstitution: IndicatorRule & {
      readonly points: Readonly<Record<RdInstitutionLevelInput, number>>;
    };
  };
  readonly alternatives: {
    readonly award: ClauseRule & {
      readonly provincialMaxRank: number;
      readonly nationalMaxRank: number;
      readonly windowYears: number;
    };
    readonly rdAverage: MoneyThreshold & { readonly years: number };
    readonly equity: MoneyThreshold & { readonly windowYears: number };
    readonly makerChina: ClauseRule & {
      readonly windowYears: number;
      readonly results: readonly MakerChinaResultInput[];
    };
  };
}

// --- 2022 Annex 3: 专精特新"小巨人"企业认定标准 --------------------------------------------------------------------

export interface LittleGiant2022Standard {
  readonly kind: 'little-giant-2022';
  readonly zh: string;
  readonly source: SourceRef;
  readonly specialization: {
    readonly niche: ClauseRule & { readonly minYears: number; readonly wording: BoundWording };
    readonly mainShare: ClauseRule & { readonly minBp: number; readonly wording: BoundWording };
    readonly growth: ClauseRule & { readonly minBp: number; readonly wording: BoundWording };
  };
  readonly refinement: {
    readonly strategy: ClauseRule;
    readonly infoSystem: ClauseRule;
    readonly certification: ClauseRule;
    readonly debtRatio: ClauseRule & { readonly maxBp: number; readonly wording: BoundWording };
  };
  readonly characteristic: {
    readonly marketShare: ClauseRule & { readonly minBp: number; readonly wording: BoundWording };
    readonly brand: ClauseRule;
  };
  readonly innovation: {
    readonly rd: ClauseRule & {
      readonly years: number;
      readonly highRevenueFen: number;
      readonly midRevenueFen: number;
      readonly highMinRatioBp: number;
      readonly midMinRatioBp: number;
      readonly small: {
        readonly equityMinFen: number;
        readonly rdMinFen: number;
        readonly rdStaffMinBp: number;
        readonly wording: BoundWording;
      };
    };
    readonly institution: ClauseRule & { readonly levels: readonly RdInstitutionLevelInput[] };
    readonly ip: ClauseRule & { readonly minApplied: number; readonly wording: BoundWording };
    readonly directAward: ClauseRule & { readonly nationalMaxRank: number; readonly windowYears: number };
    readonly directMakerChina: ClauseRule & {
      readonly windowYears: number;
      readonly results: readonly MakerChinaResultInput[];
    };
  };
  readonly chain: ClauseRule;
  readonly domain: ClauseRule;
}

// --- 2026: 工信部企业〔2026〕2号 ------------------------------------------------------------------------------------

export interface Specialized2026Standard {
  readonly kind: 'specialized-2026';
  readonly zh: string;
  readonly source: SourceRef;
  readonly niche: ClauseRule & { readonly minYears: number; readonly wording: BoundWording };
  readonly revenue: MoneyThreshold & { readonly equityMinFen: number; readonly equityWindowYears: number };
  readonly mainShare: ClauseRule & { readonly minBp: number; readonly wording: BoundWording };
  readonly debtRatio: ClauseRule & { readonly maxBp: number; readonly wording: BoundWording };
  readonly rd: ClauseRule & {
    readonly years: number;
    readonly minFenEachYear: number;
    readonly minRatioBpEachYear: number;
  };
  readonly ip: ClauseRule & {
    readonly minApplied: number;
    readonly exemptAwardMaxRank: number;
    readonly exemptAwardWindowYears: number;
    readonly exemptInstitutionLevels: readonly RdInstitutionLevelInput[];
  };
  readonly marketPosition: ClauseRule;
  readonly developmentScore: ClauseRule & { readonly min: number; readonly wording: BoundWording };
}

export interface LittleGiant2026Standard {
  readonly kind: 'little-giant-2026';
  readonly zh: string;
  readonly source: SourceRef;
  readonly niche: ClauseRule & { readonly minYears: number; readonly wording: BoundWording };
  readonly revenue: MoneyThreshold;
  readonly mainShare: ClauseRule & { readonly minBp: number; readonly wording: BoundWording };
  readonly growth: ClauseRule & {
    readonly minBp: number;
    readonly years: number;
    readonly wording: BoundWording;
  };
  readonly debtRatio: ClauseRule & { readonly maxBp: number; readonly wording: BoundWording };
  readonly rd: ClauseRule & {
    readonly years: number;
    readonly minTotalFen: number;
    readonly minRatioBpEachYear: number;
  };
  readonly ip: ClauseRule & {
    readonly minOwnFirstThree: number;
    readonly exemptNationalAwardMaxRank: number;
    readonly exemptAwardWindowYears: number;
  };
  readonly marketShare: ClauseRule & {
    readonly minBp: number;
    readonly maxDomesticRank: number;
    readonly wording: BoundWording;
  };
  readonly productDomain: ClauseRule;
  readonly developmentScore: ClauseRule & {
    readonly min: number;
    readonly reviewYears: number;
    readonly wording: BoundWording;
  };
}

/** A dated rule set for the three tiers. */
export interface TierRuleSet extends RuleVersionRef {
  readonly id: 'tiers-2022' | 'tiers-2026';
  readonly zh: string;
  /** The effective date is itself uncertain for 2022 ("2022-06-01 approx."). */
  readonly effectiveFromConfidence: Confidence;
  /** 有效期 of each title, years. */
  readonly titleValidityYears: number;
  /** Name of tier 1 under this rule set (2026: 科技和创新型中小企业). */
  readonly innovativeZh: string;
  /** Which standard evaluates tier 1 and why (2026: the 2022 Annex 1 continues). */
  readonly innovativeStandardNote: string;
  readonly innovative: InnovativeStandard;
  readonly specialized: Specialized2022Standard | Specialized2026Standard;
  readonly littleGiant: LittleGiant2022Standard | LittleGiant2026Standard;
  /** Items of this rule set resting on unconfirmed or secondary wording. */
  readonly pending: readonly PendingConfirmation[];
}
