import type {
  AnnualDataInput,
  AnnualFactsInput,
  ProfileInput,
  TitleInput,
} from '../../src/lib/tiers/tier-input';

/** 1万元 in fen. */
export const WAN = 1_000_000;
/** 1亿元 in fen: a revenue base fine enough for 0.01% steps (1 bp = 1万元). */
export const YI = 10_000 * WAN;

/**
 * A strong manufacturing enterprise that meets every condition of every tier under both rule sets, for the
 * years dataYear − 2 … dataYear. Tests change one fact at a time.
 */
export function strongYear(year: number, index: 0 | 1 | 2): AnnualDataInput {
  const revenue = ([16_000, 18_000, 20_000] as const)[index] * WAN;
  const main = ([15_000, 17_000, 19_000] as const)[index] * WAN;
  const rd = ([700, 800, 1_000] as const)[index] * WAN;
  return {
    year,
    employees: 200,
    rdStaff: 50,
    operatingRevenue: revenue,
    mainBusinessRevenue: main,
    rdExpense: rd,
    totalAssets: 20_000 * WAN,
    totalLiabilities: 8_000 * WAN,
    netProfit: 2_400 * WAN,
    equityFinancing: 0,
    ip: {
      class1Total: 5,
      class1SelfDeveloped: 3,
      class1HighValue: 1,
      class1Applied: 3,
      class1OwnFirstThree: 5,
      class2Total: 10,
    },
    rdInstitutionLevel: 'provincial',
    digitalLevel: 3,
    quality: {
      provincialQualityAward: true,
      qualitySystemCertified: true,
      ownBrand: true,
      standardsDrafting: true,
    },
    honours: { highTechEnterprise: false, techInnovationDemo: false, ipAdvantage: false, ipDemo: false },
    scienceAwards: [],
    makerChina: 'none',
    nicheMarketYears: 6 + index,
    marketShareBp: 1_500,
    domesticMarketRank: 2,
    strategicEmergingProduct: true,
    mainProductField: 'key-link-results',
    characteristicScore: 10,
    developmentScore: 75,
    littleGiant: {
      strategyAndGovernance: true,
      infoSystemCoreBusiness: true,
      managementCertification: true,
      competitiveOwnBrand: true,
      chainKeyLink: true,
      keyDomainProduct: true,
    },
    compliance: {
      abnormalOperation: false,
      seriousDishonesty: false,
      prohibitedCatalogue: false,
      majorIncident3y: false,
    },
  };
}

export interface StrongProfileOptions {
  readonly dataYear?: number;
  readonly titles?: readonly TitleInput[] | undefined;
}

/** Titles valid throughout 2025–2026 for 创新型 and 专精特新 (no 小巨人). */
export const HELD_TITLES: readonly TitleInput[] = [
  { tier: 'innovative', certifiedOn: '2024-03-01' },
  { tier: 'specialized', certifiedOn: '2024-09-15' },
];

export function strongProfile(options: StrongProfileOptions = {}): ProfileInput {
  const y = options.dataYear ?? 2024;
  return {
    uscc: '91350100M000100Y43',
    name: '三明示例装备制造有限公司',
    industryGroup: 'industry',
    independentLegalPerson: true,
    annualData: [strongYear(y - 2, 0), strongYear(y - 1, 1), strongYear(y, 2)],
    titles: 'titles' in options ? options.titles : HELD_TITLES,
  };
}

/** A copy of `profile` with facts of `year` replaced (nested groups are merged; `undefined` removes a fact). */
export function withFacts(
  profile: ProfileInput,
  year: number,
  facts: Partial<Record<keyof AnnualFactsInput, unknown>>,
): ProfileInput {
  const nestedKeys = ['ip', 'quality', 'honours', 'compliance', 'littleGiant'];
  return {
    ...profile,
    annualData: profile.annualData.map((record) => {
      if (record.year !== year) return record;
      const next: Record<string, unknown> = { ...record };
      for (const [key, value] of Object.entries(facts)) {
        if (value === undefined) delete next[key];
        else if (nestedKeys.includes(key) && typeof value === 'object' && value !== null) {
          const merged: Record<string, unknown> = {
            ...((next[key] as Record<string, unknown> | undefined) ?? {}),
          };
          for (const [k, v] of Object.entries(value)) {
            if (v === undefined) delete merged[k];
            else merged[k] = v;
          }
          next[key] = merged;
        } else next[key] = value;
      }
      return next as unknown as AnnualDataInput;
    }),
  };
}

/** Remove the record of a whole year. */
export function withoutYear(profile: ProfileInput, year: number): ProfileInput {
  return { ...profile, annualData: profile.annualData.filter((r) => r.year !== year) };
}
