import type { IndustryGroup, Tier } from '@ladder/shared-domain';

// ---------------------------------------------------------------------------------------------------------------
// What the tier rules read. These interfaces mirror the registry's profile (libs/contracts, `EnterpriseProfile`,
// `AnnualFacts`): same field names and types, so the validated contract classes satisfy them structurally, while
// libs/policy depends on nothing but @ladder/shared-domain. Money is integer 分 (fen), shares are basis points,
// and every fact is optional: a missing fact makes the rules that need it answer "unknown", never "no".
// ---------------------------------------------------------------------------------------------------------------

export type RdInstitutionLevelInput = 'none' | 'below-city' | 'city' | 'provincial' | 'national';
export type MainProductFieldInput = 'key-link-results' | 'six-foundations' | 'other';
export type MakerChinaResultInput = 'none' | 'national-top500' | 'national-top50';
export type AwardLevelInput = 'national' | 'provincial';

/** Valid IP related to the main product at year end (counts). */
export interface IpPortfolioInput {
  readonly class1Total?: number;
  readonly class1SelfDeveloped?: number;
  readonly class1HighValue?: number;
  readonly class1Applied?: number;
  readonly class1OwnFirstThree?: number;
  readonly class2Total?: number;
}

export interface QualityItemsInput {
  readonly provincialQualityAward?: boolean;
  readonly qualitySystemCertified?: boolean;
  readonly ownBrand?: boolean;
  readonly standardsDrafting?: boolean;
}

export interface HonoursInput {
  readonly highTechEnterprise?: boolean;
  readonly techInnovationDemo?: boolean;
  readonly ipAdvantage?: boolean;
  readonly ipDemo?: boolean;
}

export interface ScienceAwardInput {
  readonly level: AwardLevelInput;
  /** Rank among the awarded units, 1 = first. */
  readonly rank: number;
}

export interface ComplianceInput {
  readonly abnormalOperation?: boolean;
  readonly seriousDishonesty?: boolean;
  readonly prohibitedCatalogue?: boolean;
  readonly majorIncident3y?: boolean;
}

export interface LittleGiantItemsInput {
  readonly strategyAndGovernance?: boolean;
  readonly infoSystemCoreBusiness?: boolean;
  readonly managementCertification?: boolean;
  readonly competitiveOwnBrand?: boolean;
  readonly chainKeyLink?: boolean;
  readonly keyDomainProduct?: boolean;
}

/** The facts of one year. */
export interface AnnualFactsInput {
  readonly employees?: number;
  readonly rdStaff?: number;
  /** 营业收入, fen. */
  readonly operatingRevenue?: number;
  /** 主营业务收入, fen. */
  readonly mainBusinessRevenue?: number;
  /** 研发费用, fen. */
  readonly rdExpense?: number;
  readonly totalAssets?: number;
  readonly totalLiabilities?: number;
  /** 净利润, fen, may be negative. */
  readonly netProfit?: number;
  /** 当年新增股权融资（合格机构投资者实缴额）, fen. */
  readonly equityFinancing?: number;
  readonly ip?: IpPortfolioInput;
  readonly rdInstitutionLevel?: RdInstitutionLevelInput;
  /** 中小企业数字化水平评测等级 1–4. */
  readonly digitalLevel?: number;
  readonly quality?: QualityItemsInput;
  readonly honours?: HonoursInput;
  /** Awards received in the year; an empty list means none. */
  readonly scienceAwards?: readonly ScienceAwardInput[];
  readonly makerChina?: MakerChinaResultInput;
  readonly nicheMarketYears?: number;
  /** 全国细分市场占有率, basis points. */
  readonly marketShareBp?: number;
  readonly domesticMarketRank?: number;
  readonly strategicEmergingProduct?: boolean;
  readonly mainProductField?: MainProductFieldInput;
  /** 特色化指标得分（省定，0–15）. */
  readonly characteristicScore?: number;
  /** 专精特新发展评价得分 (2026 standard, computed by the platform). */
  readonly developmentScore?: number;
  readonly littleGiant?: LittleGiantItemsInput;
  readonly compliance?: ComplianceInput;
}

export interface AnnualDataInput extends AnnualFactsInput {
  readonly year: number;
}

/** A title held. `validUntil` defaults to certifiedOn + 3 years − 1 day. */
export interface TitleInput {
  readonly tier: Tier;
  readonly certifiedOn: string;
  readonly validUntil?: string;
}

export interface ProfileInput {
  readonly uscc: string;
  readonly name?: string;
  readonly industryGroup: IndustryGroup;
  readonly independentLegalPerson?: boolean;
  readonly annualData: readonly AnnualDataInput[];
  /** Titles held; absent means "not reported" (the prerequisite is then unknown), `[]` means none. */
  readonly titles?: readonly TitleInput[];
}

export type EvaluationType = 'new' | 'review';
