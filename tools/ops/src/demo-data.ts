/**
 * Fictional demo pool: enterprises spread over Sanming's 11 counties with valid USCCs and annual data.
 * Deterministic (seeded) so that every fresh stack shows the same pool.
 *
 * Generated to be consistent with the rules (libs/policy), so that an official can believe it:
 * - a title is held only where it was earned: the enterprise's figures for the year before the certification
 *   meet the tier under the standard in force on that date, and it held the lower title the tier requires.
 *   Title holders also report the years those assessments read (growth needs the years before).
 * - title holders are SMEs in every year they report: no 非中小企业 holds an SME title.
 * - the pool categories tiering derives from its evaluation (重点推荐/重点提升/重点关注) spread as
 *   DEMO_CATEGORY_SHARES says: each enterprise's 2025 figures are drawn to stand at a chosen distance from its
 *   next tier, and the same evaluation tiering runs checks the result (the draw is repeated until it does).
 *
 * The categories hold for evaluations dated 2026-04-01…2026-12-31 (the 2026 standard, data year 2025): the titles
 * that lapse (3-year validity) all lapse before that window, the others stay valid through it.
 */
import type { AnnualFacts, CreateEnterpriseBody } from '@ladder/contracts';
import { classifySize, evaluateTiers, nextTierDistance } from '@ladder/policy';
import type { EvaluationResult, ProfileInput, TitleInput } from '@ladder/policy';
import { COUNTIES, completeUscc, mulberry32 } from '@ladder/shared-domain';
import type { IndustryChainCode, IndustryGroup, PoolCategory, Tier } from '@ladder/shared-domain';

export interface DemoTitle {
  readonly uscc: string;
  readonly tier: Tier;
  readonly issuer: string;
  readonly docNo: string;
  readonly certifiedOn: string;
}

export interface DemoEnterprise {
  readonly enterprise: CreateEnterpriseBody;
  /** Every enterprise reports 2023–2025; a title holder also the years its certifications were assessed on. */
  readonly years: { year: number; facts: AnnualFacts }[];
  /** Titles in the order they were granted. */
  readonly titles: readonly DemoTitle[];
}

/** The last year of data: what an evaluation in 2026 reads. */
export const DEMO_DATA_YEAR = 2025;
/** The years every demo enterprise reports. */
export const DEMO_YEARS: readonly number[] = [2023, 2024, 2025];
/** A date inside the window the categories are designed for (see the file comment). */
export const DEMO_EVALUATION_DATE = '2026-06-30';

/**
 * The spread over the pool categories the demo aims at (shares of the whole pool; the ~1 % 小巨人 have no
 * category) and the bounds its test holds it to. A 工信局 would expect only a minority to meet the next tier's
 * conditions today (重点推荐), a larger group within reach (重点提升: at most one unmet requirement and at most
 * 10 points short), and the largest group further away (重点关注).
 */
export const DEMO_CATEGORY_SHARES: Readonly<Record<PoolCategory, { readonly aim: number; readonly min: number; readonly max: number }>> = {
  recommend: { aim: 0.2, min: 0.15, max: 0.25 },
  upgrade: { aim: 0.35, min: 0.3, max: 0.4 },
  watch: { aim: 0.44, min: 0.35, max: 0.55 },
};

/**
 * The category tiering gives an evaluation (its EvaluationService.categorize) with its default parameters:
 * CATEGORY_UPGRADE_MAX_UNMET = 1, CATEGORY_UPGRADE_MAX_SHORTFALL = 10, CATEGORY_UNKNOWN_AS = watch.
 */
export function demoCategory(result: EvaluationResult): PoolCategory | null {
  const d = nextTierDistance(result);
  switch (d.status) {
    case 'top':
      return null;
    case 'recommend':
      return 'recommend';
    case 'unknown':
      return 'watch';
    case 'short':
      return d.unmetConditions <= 1 && (d.scoreShortfall ?? 0) <= 10 ? 'upgrade' : 'watch';
  }
}

/** The policy input tiering builds for the enterprise, with the titles given (default: all it holds). */
export function demoProfile(e: DemoEnterprise, titles: readonly DemoTitle[] = e.titles): ProfileInput {
  return {
    uscc: e.enterprise.uscc,
    name: e.enterprise.name,
    industryGroup: e.enterprise.industryGroup,
    independentLegalPerson: e.enterprise.independentLegalPerson ?? true,
    annualData: e.years.map((y) => ({ ...y.facts, year: y.year })),
    titles: titles.map((t): TitleInput => ({ tier: t.tier, certifiedOn: t.certifiedOn })),
  };
}

/** Whether the title was earned: on its certification date, holding the titles granted before it. */
export function titleEarned(e: DemoEnterprise, title: DemoTitle): boolean {
  const before = e.titles.filter((t) => t.certifiedOn < title.certifiedOn);
  const result = evaluateTiers({ profile: demoProfile(e, before), asOf: title.certifiedOn, type: 'new' });
  return result.tiers[title.tier].decision === 'eligible';
}

/** The category tiering derives for the enterprise on the date. */
export function categoryOn(e: DemoEnterprise, asOf: string): PoolCategory | null {
  return demoCategory(evaluateTiers({ profile: demoProfile(e), asOf, type: 'new' }));
}

/** Size class of each year the enterprise reports, as the registry classifies it. */
export function sizeClasses(e: DemoEnterprise): (string | null)[] {
  return e.years.map((y) => classifySize({ industryGroup: e.enterprise.industryGroup, facts: y.facts }).sizeClass);
}

/** Every title of the pool, in the order to record them. */
export function demoTitles(pool: readonly DemoEnterprise[]): DemoTitle[] {
  return pool.flatMap((p) => p.titles);
}

// ------------------------------------------------------------------------------------------------- identities

type Rand = () => number;

const ORG_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/** A GB 11714 organisation code (8 characters + check) for positions 9–17. */
function organisationCode(rand: Rand): string {
  let body = 'MA';
  while (body.length < 8) body += ORG_ALPHABET.charAt(Math.floor(rand() * ORG_ALPHABET.length));
  const value = (c: string): number => (/\d/.test(c) ? Number(c) : c.charCodeAt(0) - 55);
  const sum = [...body].reduce((s, c, i) => s + value(c) * (ORG_WEIGHTS[i] ?? 0), 0);
  const check = 11 - (sum % 11);
  return body + (check === 10 ? 'X' : check === 11 ? '0' : String(check));
}

const COUNTY_CHAINS: Record<string, IndustryChainCode[]> = {
  '350404': ['steel-equipment', 'fluorosilicone', 'new-materials'],
  '350405': ['high-end-equipment', 'silicon-chemical', 'food-processing'],
  '350481': ['automotive-machinery', 'graphite-graphene', 'forestry-bamboo'],
  '350421': ['biomedicine', 'fluorine-materials'],
  '350423': ['fluorine-materials', 'new-materials'],
  '350424': ['safety-emergency', 'organosilicon'],
  '350425': ['casting-equipment', 'graphite-graphene'],
  '350426': ['textile', 'forestry-bamboo'],
  '350428': ['light-alloy', 'fine-chemicals'],
  '350429': ['food-processing', 'forestry-bamboo', 'culture-tourism-health'],
  '350430': ['food-processing', 'modern-agriculture'],
};

const TRADE_NAMES = [
  '沙溪', '麒麟', '格氏', '瑞云', '金丝', '明翠', '泰华', '宁远', '清源', '尤溪', '将军', '闽中', '金湖', '建莲',
  '翠峰', '鸿达', '恒信', '华瑞', '新创', '鑫源', '远航', '中科', '青山', '绿源', '百川', '嘉禾', '同力', '永兴',
  '天成', '德盛', '宏图', '正和', '汇智', '聚能', '精工', '博雅', '安达', '凯旋', '万象', '和盛',
];

const BUSINESS: Record<IndustryGroup, string[]> = {
  industry: ['机械制造', '新材料科技', '精密铸造', '氟化工', '石墨烯科技', '生物制药', '纺织', '竹木制品', '汽车零部件', '电子科技', '轻合金'],
  agriculture: ['农业发展', '生态农业', '林业'],
  construction: ['建设工程', '建筑安装'],
  wholesale: ['贸易', '物资'],
  retail: ['商贸'],
  transport: ['物流运输'],
  warehousing: ['仓储'],
  postal: ['快递'],
  accommodation: ['酒店管理'],
  catering: ['餐饮管理'],
  'information-transmission': ['通信技术'],
  'software-it': ['软件技术', '信息技术'],
  'real-estate': ['置业'],
  'property-management': ['物业服务'],
  'leasing-business': ['企业管理咨询', '租赁'],
  other: ['检测技术', '环境科技'],
};

const GROUP_WEIGHTS: [IndustryGroup, number][] = [
  ['industry', 70],
  ['software-it', 6],
  ['wholesale', 3],
  ['retail', 2],
  ['construction', 3],
  ['agriculture', 3],
  ['transport', 2],
  ['warehousing', 1],
  ['postal', 1],
  ['accommodation', 1],
  ['catering', 1],
  ['information-transmission', 1],
  ['real-estate', 1],
  ['property-management', 1],
  ['leasing-business', 2],
  ['other', 2],
];

function pickWeighted<T>(rand: Rand, items: readonly (readonly [T, number])[]): T {
  const total = items.reduce((s, [, w]) => s + w, 0);
  let r = rand() * total;
  for (const [item, w] of items) {
    r -= w;
    if (r < 0) return item;
  }
  return items[items.length - 1]![0];
}

/** Random helpers over one PRNG. */
function tools(rand: Rand) {
  const between = (lo: number, hi: number): number => lo + rand() * (hi - lo);
  const int = (lo: number, hi: number): number => Math.floor(between(lo, hi + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const chance = (p: number): boolean => rand() < p;
  return { rand, between, int, pick, chance };
}
type Tools = ReturnType<typeof tools>;

// ------------------------------------------------------------------------------------------------- titles

const PROVINCE = '福建省工业和信息化厅';
const MIIT = '工业和信息化部';

interface Batch {
  readonly tier: Tier;
  readonly certifiedOn: string;
  readonly issuer: string;
  readonly docNo: string;
}

/** The recognition batches of the plan period (fictional document numbers; one list per batch). */
const BATCHES = {
  innovative2022: { tier: 'innovative', certifiedOn: '2022-09-20', issuer: PROVINCE, docNo: '闽工信中小〔2022〕128号' },
  innovative2023: { tier: 'innovative', certifiedOn: '2023-03-15', issuer: PROVINCE, docNo: '闽工信中小〔2023〕36号' },
  innovative2024a: { tier: 'innovative', certifiedOn: '2024-04-30', issuer: PROVINCE, docNo: '闽工信中小〔2024〕52号' },
  innovative2024b: { tier: 'innovative', certifiedOn: '2024-10-30', issuer: PROVINCE, docNo: '闽工信中小〔2024〕131号' },
  innovative2025a: { tier: 'innovative', certifiedOn: '2025-04-30', issuer: PROVINCE, docNo: '闽工信中小〔2025〕47号' },
  innovative2025b: { tier: 'innovative', certifiedOn: '2025-10-30', issuer: PROVINCE, docNo: '闽工信中小〔2025〕126号' },
  specialized2022: { tier: 'specialized', certifiedOn: '2022-12-30', issuer: PROVINCE, docNo: '闽工信中小〔2022〕176号' },
  specialized2024a: { tier: 'specialized', certifiedOn: '2024-01-20', issuer: PROVINCE, docNo: '闽工信中小〔2024〕9号' },
  specialized2024b: { tier: 'specialized', certifiedOn: '2024-12-20', issuer: PROVINCE, docNo: '闽工信中小〔2024〕158号' },
  specialized2025: { tier: 'specialized', certifiedOn: '2025-12-10', issuer: PROVINCE, docNo: '闽工信中小〔2025〕149号' },
  littleGiant2024: { tier: 'little-giant', certifiedOn: '2024-07-18', issuer: MIIT, docNo: '工信厅企业函〔2024〕187号' },
  littleGiant2025: { tier: 'little-giant', certifiedOn: '2025-07-18', issuer: MIIT, docNo: '工信厅企业函〔2025〕175号' },
} as const satisfies Record<string, Batch>;

/** What an enterprise holds at the demo date: its highest valid title ('lapsed': an innovative title that ran out). */
type Holding = 'none' | 'lapsed' | 'innovative' | 'specialized' | 'little-giant';

/** The titles of a holding, each batch after the one it needs (and while that one is valid). */
function titleBatches(holding: Holding, t: Tools): Batch[] {
  const b = BATCHES;
  switch (holding) {
    case 'none':
      return [];
    case 'lapsed':
      return [t.pick([b.innovative2022, b.innovative2023])];
    case 'innovative':
      return [t.pick([b.innovative2024a, b.innovative2024b, b.innovative2025a, b.innovative2025b])];
    case 'specialized': {
      const spec = t.pick([b.specialized2024a, b.specialized2024b, b.specialized2025]);
      const innov =
        spec === b.specialized2024a
          ? t.pick([b.innovative2022, b.innovative2023])
          : spec === b.specialized2024b
            ? t.pick([b.innovative2023, b.innovative2024a])
            : t.pick([b.innovative2024a, b.innovative2024b, b.innovative2025a]);
      return [innov, spec];
    }
    case 'little-giant': {
      const spec = t.pick([b.specialized2022, b.specialized2024a]);
      const innov = spec === b.specialized2022 ? b.innovative2022 : t.pick([b.innovative2022, b.innovative2023]);
      return [innov, spec, t.pick([b.littleGiant2024, b.littleGiant2025])];
    }
  }
}

// ------------------------------------------------------------------------------------------------- plan

interface Plan {
  readonly holding: Holding;
  /** The category aimed at (null for 小巨人). */
  readonly aim: PoolCategory | null;
  /** Grown past the SME thresholds (no title, 重点关注). */
  readonly nonSme: boolean;
}

/** Shares of the pool by what they hold, and the category aims within each group. */
const HOLDINGS: readonly { holding: Holding; share: number; recommend: number; upgrade: number }[] = [
  { holding: 'little-giant', share: 0.01, recommend: 0, upgrade: 0 },
  { holding: 'specialized', share: 0.04, recommend: 0.15, upgrade: 0.38 },
  { holding: 'innovative', share: 0.12, recommend: 0.15, upgrade: 0.35 },
  { holding: 'lapsed', share: 0.03, recommend: 0.22, upgrade: 0.35 },
];
const NON_SME_SHARE = 0.01;
const NONE_AIMS = { recommend: 0.21, upgrade: 0.355 };

function plans(count: number, rand: Rand): Plan[] {
  const out: Plan[] = [];
  const group = (holding: Holding, size: number, recommend: number, upgrade: number, nonSme = 0): void => {
    const r = Math.round(size * recommend);
    const u = Math.round(size * upgrade);
    for (let k = 0; k < size; k++) {
      const aim: PoolCategory | null = holding === 'little-giant' ? null : k < r ? 'recommend' : k < r + u ? 'upgrade' : 'watch';
      out.push({ holding, aim, nonSme: aim === 'watch' && k >= size - nonSme });
    }
  };
  let rest = count;
  for (const h of HOLDINGS) {
    const size = Math.round(count * h.share);
    group(h.holding, size, h.recommend, h.upgrade);
    rest -= size;
  }
  group('none', rest, NONE_AIMS.recommend, NONE_AIMS.upgrade, Math.round(count * NON_SME_SHARE));
  // Fisher–Yates: the groups spread over the counties.
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

// ------------------------------------------------------------------------------------------------- figures

const wan = (n: number): number => Math.round(n * 100) * 10_000; // 万元 with 2 decimals → fen

/** One year's figures before they become AnnualFacts (money in 万元, shares as fractions). */
interface Year {
  year: number;
  employees: number;
  revenueWan: number;
  mainShare: number;
  rdRatio: number;
  rdStaffShare: number;
  debtRatio: number;
  margin: number;
  assetsToRevenue: number;
  equityWan: number;
  ip: { class1Total: number; class1SelfDeveloped: number; class1HighValue: number; class1Applied: number; class1OwnFirstThree: number; class2Total: number };
  highTech: boolean;
  institution: 'none' | 'below-city' | 'city' | 'provincial' | 'national';
  digitalLevel: number;
  quality: { qualitySystemCertified: boolean; ownBrand: boolean; standardsDrafting: boolean; provincialQualityAward: boolean };
  nicheYears: number;
  marketShareBp: number;
  domesticMarketRank: number;
  strategic: boolean;
  field: 'key-link-results' | 'six-foundations' | 'other';
  characteristicScore: number;
  developmentScore: number;
  littleGiant: { strategyAndGovernance: boolean; infoSystemCoreBusiness: boolean; managementCertification: boolean; competitiveOwnBrand: boolean; chainKeyLink: boolean; keyDomainProduct: boolean };
}

function toFacts(y: Year): AnnualFacts {
  const revenue = y.revenueWan;
  const assets = revenue * y.assetsToRevenue;
  return {
    employees: y.employees,
    rdStaff: Math.min(y.employees, Math.round(y.employees * y.rdStaffShare)),
    operatingRevenue: wan(revenue),
    mainBusinessRevenue: Math.min(wan(revenue), wan(revenue * y.mainShare)),
    rdExpense: wan(revenue * y.rdRatio),
    totalAssets: wan(assets),
    totalLiabilities: wan(assets * y.debtRatio),
    netProfit: wan(revenue * y.margin),
    equityFinancing: wan(y.equityWan),
    ip: { ...y.ip },
    rdInstitutionLevel: y.institution,
    digitalLevel: y.digitalLevel,
    quality: { ...y.quality },
    honours: { highTechEnterprise: y.highTech, techInnovationDemo: false, ipAdvantage: false, ipDemo: false },
    scienceAwards: [],
    makerChina: 'none',
    nicheMarketYears: y.nicheYears,
    marketShareBp: y.marketShareBp,
    domesticMarketRank: y.domesticMarketRank,
    strategicEmergingProduct: y.strategic,
    mainProductField: y.field,
    characteristicScore: y.characteristicScore,
    developmentScore: y.developmentScore,
    littleGiant: { ...y.littleGiant },
    compliance: { abnormalOperation: false, seriousDishonesty: false, prohibitedCatalogue: false, majorIncident3y: false },
  };
}

type Grade = 'ordinary' | 'innovative' | 'specialized' | 'little-giant';

/** Scale of a year-one enterprise of each grade: revenue (万元) in the last year and revenue per employee. */
function scaleOf(grade: Grade, group: IndustryGroup, nonSme: boolean, t: Tools): { revenueWan: number; employees: number } {
  if (nonSme) return { revenueWan: t.between(45_000, 80_000), employees: t.int(1_100, 1_800) };
  const perHead = group === 'software-it' ? t.between(40, 90) : t.between(35, 80);
  let revenueWan: number;
  switch (grade) {
    case 'little-giant':
      revenueWan = t.between(16_000, 32_000);
      break;
    case 'specialized':
      revenueWan = t.between(13_000, 26_000);
      break;
    case 'innovative':
      revenueWan = t.between(3_000, 12_000);
      break;
    case 'ordinary': {
      const scale = pickWeighted(t.rand, [
        ['micro', 28],
        ['small', 47],
        ['medium', 25],
      ] as const);
      revenueWan = scale === 'micro' ? t.between(90, 280) : scale === 'small' ? t.between(400, 1_900) : t.between(2_500, 20_000);
      const employees = scale === 'micro' ? t.int(6, 18) : scale === 'small' ? t.int(25, 280) : t.int(320, 850);
      return { revenueWan, employees };
    }
  }
  // Holders stay SMEs: fewer than 1000 employees (industry), fewer than 300 (software and IT).
  const cap = group === 'software-it' ? 280 : 900;
  return { revenueWan, employees: Math.max(40, Math.min(cap, Math.round(revenueWan / perHead))) };
}

/**
 * A healthy series for a title holder: it meets its grade's tier (and, before any setback, the next tier) in
 * every year, so the certification it earned in any of them stands.
 */
function strongYear(grade: Exclude<Grade, 'ordinary'>, t: Tools): Omit<Year, 'year' | 'employees' | 'revenueWan' | 'nicheYears'> {
  const top = grade !== 'innovative';
  return {
    mainShare: t.between(0.92, 0.98),
    rdRatio: top ? t.between(0.06, 0.09) : t.between(0.045, 0.08),
    rdStaffShare: t.between(0.12, 0.25),
    debtRatio: t.between(0.3, 0.52),
    margin: t.between(0.08, 0.15),
    assetsToRevenue: t.between(0.8, 1.4),
    equityWan: 0,
    ip: {
      class1Total: top ? t.int(8, 16) : t.int(3, 8),
      class1SelfDeveloped: top ? t.int(6, 8) : t.int(2, 3),
      class1HighValue: top ? t.int(1, 2) : t.int(0, 1),
      class1Applied: top ? t.int(5, 8) : t.int(1, 3),
      class1OwnFirstThree: top ? t.int(5, 8) : t.int(1, 3),
      class2Total: t.int(6, 30),
    },
    highTech: top || t.chance(0.85),
    institution: top ? t.pick(['provincial', 'provincial', 'national'] as const) : t.pick(['city', 'city', 'provincial'] as const),
    digitalLevel: t.int(3, 4),
    quality: { qualitySystemCertified: true, ownBrand: true, standardsDrafting: t.chance(top ? 0.6 : 0.3), provincialQualityAward: t.chance(top ? 0.2 : 0.05) },
    marketShareBp: top ? t.int(1_100, 2_600) : t.int(300, 1_500),
    domesticMarketRank: top ? t.int(1, 3) : t.int(2, 8),
    strategic: t.chance(0.8),
    field: top ? t.pick(['key-link-results', 'six-foundations'] as const) : t.pick(['key-link-results', 'six-foundations', 'other'] as const),
    characteristicScore: t.int(9, 14),
    developmentScore: top ? t.int(66, 86) : t.int(56, 74),
    littleGiant: {
      strategyAndGovernance: true,
      infoSystemCoreBusiness: true,
      managementCertification: true,
      competitiveOwnBrand: top || t.chance(0.5),
      chainKeyLink: top || t.chance(0.4),
      keyDomainProduct: top || t.chance(0.4),
    },
  };
}

/** An ordinary year: modest figures that meet no tier by themselves (the data year is drawn apart). */
function ordinaryYear(t: Tools): Omit<Year, 'year' | 'employees' | 'revenueWan' | 'nicheYears'> {
  return {
    mainShare: t.between(0.6, 0.95),
    rdRatio: t.between(0.005, 0.03),
    rdStaffShare: t.between(0.02, 0.1),
    debtRatio: t.between(0.4, 0.78),
    margin: t.between(-0.03, 0.1),
    assetsToRevenue: t.between(0.6, 1.6),
    equityWan: 0,
    ip: { class1Total: 0, class1SelfDeveloped: 0, class1HighValue: 0, class1Applied: 0, class1OwnFirstThree: 0, class2Total: t.int(0, 6) },
    highTech: false,
    institution: t.pick(['none', 'none', 'below-city', 'city'] as const),
    digitalLevel: t.int(1, 3),
    quality: { qualitySystemCertified: t.chance(0.6), ownBrand: t.chance(0.5), standardsDrafting: t.chance(0.1), provincialQualityAward: false },
    marketShareBp: t.int(10, 400),
    domesticMarketRank: t.int(8, 60),
    strategic: t.chance(0.35),
    field: t.pick(['six-foundations', 'other', 'other'] as const),
    characteristicScore: t.int(2, 9),
    developmentScore: t.int(25, 55),
    littleGiant: {
      strategyAndGovernance: t.chance(0.5),
      infoSystemCoreBusiness: t.chance(0.6),
      managementCertification: t.chance(0.5),
      competitiveOwnBrand: t.chance(0.2),
      chainKeyLink: t.chance(0.1),
      keyDomainProduct: t.chance(0.1),
    },
  };
}

// Points of the innovative-SME score (工信部企业〔2022〕63号 附件1) the data-year draw aims at, with a value inside
// each band (never on an edge). The evaluation decides; these only steer the draw.
const IP_LEVELS = [0, 5, 10, 15, 20] as const;
const RD_BANDS: Record<number, [number, number]> = { 0: [0.003, 0.008], 5: [0.012, 0.018], 10: [0.022, 0.028], 15: [0.033, 0.047], 20: [0.055, 0.09] };
const GROWTH_BANDS: Record<number, [number, number]> = { 0: [-0.1, -0.01], 5: [0.01, 0.045], 10: [0.055, 0.095], 15: [0.105, 0.145], 20: [0.16, 0.3] };
const DEBT_BANDS: Record<number, [number, number]> = { 0: [0.76, 0.85], 5: [0.57, 0.73], 10: [0.25, 0.53] };
const SHARE_BANDS: Record<number, [number, number]> = { 0: [0.4, 0.49], 5: [0.51, 0.54], 10: [0.56, 0.59], 15: [0.61, 0.69], 20: [0.72, 0.97] };

interface InnovativeDraw {
  ip: number;
  rd: number;
  growth: number;
  debt: number;
  strategic: boolean;
  share: number;
}

/** Indicator points whose total puts the enterprise where it is aimed (no direct route unless `direct`). */
function drawInnovativeScore(aim: PoolCategory, direct: boolean, t: Tools): InnovativeDraw {
  for (;;) {
    const d: InnovativeDraw = {
      ip: t.pick(IP_LEVELS),
      rd: t.pick([0, 5, 10, 15, 20]),
      growth: t.pick([0, 5, 10, 15, 20]),
      debt: t.pick([0, 5, 10]),
      strategic: t.chance(0.5),
      share: t.pick([5, 10, 15, 20, 20, 20]),
    };
    const innovation = d.ip + d.rd;
    const growth = d.growth + d.debt;
    const specialization = (d.strategic ? 10 : 5) + d.share;
    const total = innovation + growth + specialization;
    const minima = innovation >= 20 && growth >= 15 && specialization >= 15;
    if (direct) {
      if (total >= 40 && total <= 75) return d;
    } else if (aim === 'recommend') {
      if (total >= 65 && minima) return d;
    } else if (aim === 'upgrade') {
      if (total >= 52 && total <= 58) return d;
    } else if (total >= 25 && total <= 45) return d;
  }
}

function applyInnovativeDraw(y: Year, previous: Year, d: InnovativeDraw, direct: boolean, t: Tools): void {
  const [g0, g1] = GROWTH_BANDS[d.growth]!;
  const growth = t.between(g0, g1);
  const [s0, s1] = SHARE_BANDS[d.share]!;
  y.mainShare = t.between(s0, s1);
  // Main-business growth is what the indicator reads: revenue follows from it and this year's share.
  y.revenueWan = (previous.revenueWan * previous.mainShare * (1 + growth)) / y.mainShare;
  const [r0, r1] = RD_BANDS[d.rd]!;
  y.rdRatio = t.between(r0, r1);
  const [d0, d1] = DEBT_BANDS[d.debt]!;
  y.debtRatio = t.between(d0, d1);
  y.strategic = d.strategic;
  const class1 = d.ip >= 10 ? t.int(1, 4) : 0;
  y.ip = {
    class1Total: class1,
    class1SelfDeveloped: d.ip >= 15 ? t.int(1, class1) : 0,
    class1HighValue: d.ip === 20 ? 1 : 0,
    class1Applied: class1 > 0 ? t.int(0, class1) : 0,
    class1OwnFirstThree: class1 > 0 ? t.int(0, class1) : 0,
    class2Total: d.ip === 5 ? t.int(1, 8) : d.ip === 0 ? 0 : t.int(0, 10),
  };
  y.highTech = direct;
  y.institution = direct ? y.institution : t.pick(['none', 'below-city', 'city'] as const);
  y.equityWan = 0;
}

/**
 * Setbacks in the data year that each break one requirement of the next tier (2026 standards) and nothing else,
 * so a holder aimed at 重点提升 misses exactly one and one aimed at 重点关注 two or three.
 */
const SETBACKS: Record<'specialized' | 'little-giant', ((y: Year, t: Tools) => void)[]> = {
  specialized: [
    (y, t) => (y.mainShare = t.between(0.7, 0.77)),
    (y, t) => (y.debtRatio = t.between(0.82, 0.88)),
    (y, t) => (y.rdRatio = t.between(0.02, 0.027)),
    (y) => {
      y.ip = { ...y.ip, class1Applied: 0 };
      y.institution = 'city';
    },
    (y, t) => (y.developmentScore = t.int(36, 47)),
    (y, t) => (y.domesticMarketRank = t.int(14, 40)),
  ],
  'little-giant': [
    (y, t) => (y.mainShare = t.between(0.82, 0.88)),
    (y, t) => (y.debtRatio = t.between(0.76, 0.79)),
    (y, t) => (y.rdRatio = t.between(0.023, 0.028)),
    (y, t) => (y.ip = { ...y.ip, class1OwnFirstThree: t.int(1, 3) }),
    (y, t) => {
      y.marketShareBp = t.int(300, 900);
      y.domesticMarketRank = t.int(4, 12);
    },
    (y) => (y.littleGiant = { ...y.littleGiant, chainKeyLink: false, keyDomainProduct: false }),
    (y, t) => (y.developmentScore = t.int(50, 58)),
  ],
};

function gradeOf(holding: Holding): Grade {
  return holding === 'little-giant' ? 'little-giant' : holding === 'specialized' ? 'specialized' : holding === 'innovative' || holding === 'lapsed' ? 'innovative' : 'ordinary';
}

/** The first year a holder reports: the certification's data year less the years its growth indicators read. */
function firstYear(batches: readonly Batch[]): number {
  const back = (b: Batch): number => Number(b.certifiedOn.slice(0, 4)) - (b.tier === 'innovative' ? 2 : 3);
  return Math.min(DEMO_YEARS[0]!, ...batches.map(back));
}

function drawYears(plan: Plan, group: IndustryGroup, batches: readonly Batch[], t: Tools): Year[] {
  const grade = gradeOf(plan.holding);
  const from = firstYear(batches);
  const scale = scaleOf(grade, group, plan.nonSme, t);
  const growth = grade === 'ordinary' ? t.between(-0.03, 0.18) : t.between(0.09, 0.2);
  const shape = grade === 'ordinary' ? ordinaryYear(t) : strongYear(grade, t);
  const niche0 = grade === 'ordinary' ? t.int(1, 8) : t.int(5, 12);
  const years: Year[] = [];
  for (let year = from; year <= DEMO_DATA_YEAR; year++) {
    const k = DEMO_DATA_YEAR - year;
    const wobble = (v: number, spread: number): number => v * (1 + t.between(-spread, spread));
    years.push({
      ...shape,
      ip: { ...shape.ip },
      quality: { ...shape.quality },
      littleGiant: { ...shape.littleGiant },
      year,
      revenueWan: wobble(scale.revenueWan / Math.pow(1 + growth, k), 0.01),
      employees: Math.max(3, Math.round(scale.employees / Math.pow(1 + growth * 0.4, k))),
      mainShare: Math.min(0.98, wobble(shape.mainShare, 0.01)),
      rdRatio: wobble(shape.rdRatio, 0.04),
      debtRatio: wobble(shape.debtRatio, 0.03),
      nicheYears: niche0 + (year - from),
    });
  }
  const data = years[years.length - 1]!;
  const previous = years[years.length - 2]!;
  if (plan.aim === null) return years;
  if (grade === 'ordinary' || plan.holding === 'lapsed' || plan.nonSme) {
    // Next tier 创新型: the data year's score (or a direct route) puts it in its category.
    const direct = plan.aim === 'recommend' && !plan.nonSme && t.chance(0.3);
    const draw = drawInnovativeScore(plan.nonSme ? 'watch' : plan.aim, direct, t);
    applyInnovativeDraw(data, previous, draw, direct, t);
    if (direct) data.institution = t.pick(['city', 'provincial'] as const);
    if (plan.nonSme) data.employees = Math.max(data.employees, 1_100);
  } else {
    const setbacks = [...SETBACKS[plan.holding === 'specialized' ? 'little-giant' : 'specialized']];
    const breaks = plan.aim === 'recommend' ? 0 : plan.aim === 'upgrade' ? 1 : t.int(2, 3);
    for (let k = 0; k < breaks; k++) setbacks.splice(Math.floor(t.between(0, setbacks.length)), 1)[0]!(data, t);
  }
  return years;
}

// ------------------------------------------------------------------------------------------------- the pool

const ATTEMPTS = 30;

/** Whether a drawn enterprise is what its plan says: titles earned, SME where it must be, category as aimed. */
function fits(e: DemoEnterprise, plan: Plan): boolean {
  const sizes = sizeClasses(e);
  if (plan.nonSme ? sizes[sizes.length - 1] !== 'not-sme' : sizes.some((s) => s === null || s === 'not-sme')) return false;
  if (!e.titles.every((title) => titleEarned(e, title))) return false;
  return categoryOn(e, DEMO_EVALUATION_DATE) === plan.aim;
}

/** Titles the figures earned, in order (a title whose prerequisite was not earned is not earned either). */
function earnedOnly(e: DemoEnterprise): DemoTitle[] {
  const kept: DemoTitle[] = [];
  for (const title of e.titles) {
    if (titleEarned({ ...e, titles: kept }, title)) kept.push(title);
    else break;
  }
  return kept;
}

export function generateDemoPool(count = 330, seed = 20260401): DemoEnterprise[] {
  const rand = mulberry32(seed);
  const t = tools(rand);
  const schedule = plans(count, rand);
  const used = new Set<string>();
  const out: DemoEnterprise[] = [];
  for (let i = 0; i < count; i++) {
    const plan = schedule[i]!;
    const county = COUNTIES[i % COUNTIES.length]!;
    // Some older codes carry the pre-2021 division code in the USCC (USCCs are not re-issued).
    const division = county.code === '350404' && t.chance(0.3) ? t.pick(['350402', '350403']) : county.code === '350405' && t.chance(0.3) ? '350427' : county.code;
    let uscc: string;
    do uscc = completeUscc(`91${division}${organisationCode(rand)}`);
    while (used.has(uscc));
    used.add(uscc);
    const holder = plan.holding !== 'none';
    const group: IndustryGroup = holder ? (t.chance(0.85) ? 'industry' : 'software-it') : plan.nonSme ? 'industry' : pickWeighted(t.rand, GROUP_WEIGHTS);
    const name = `三明${t.pick(TRADE_NAMES)}${t.pick(BUSINESS[group])}有限公司`;
    const countyChains: IndustryChainCode[] = COUNTY_CHAINS[county.code] ?? ['other'];
    const chains: IndustryChainCode[] = group === 'industry' || t.chance(0.3) ? [t.pick(countyChains)] : [];
    const enterprise: CreateEnterpriseBody = {
      uscc,
      name: name.length > 100 ? name.slice(0, 100) : name,
      countyCode: county.code,
      industryGroup: group,
      chains,
      mainProduct: group === 'industry' ? t.pick(['数控机床主轴', '氟化工中间体', '石墨电极', '原料药', '竹纤维面料', '铝合金型材', '汽车制动盘', '铸件']) : undefined,
      legalRepresentative: `${t.pick(['林', '陈', '黄', '张', '李', '王', '吴', '刘', '郑', '杨'])}${t.pick(['建', '明', '华', '国', '志', '海', '平', '秀'])}${t.pick(['军', '英', '强', '芳', '伟', '兰', '东', '生'])}`,
      establishedOn: `${t.int(1998, 2016)}-${String(t.int(1, 12)).padStart(2, '0')}-${String(t.int(1, 28)).padStart(2, '0')}`,
      address: `三明市${county.name}${t.pick(['工业园区', '经济开发区', '高新区', '城关'])}${t.int(1, 200)}号`,
      independentLegalPerson: true,
      contacts: [{ name: `${t.pick(['林', '陈', '黄', '张'])}${t.pick(['女士', '先生'])}`, phone: `0598-${t.int(2000000, 8999999)}` }],
    };
    const batches = titleBatches(plan.holding, t);
    const titles = batches.map((b): DemoTitle => ({ uscc, tier: b.tier, issuer: b.issuer, docNo: b.docNo, certifiedOn: b.certifiedOn }));
    let drawn: DemoEnterprise | undefined;
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      drawn = { enterprise, years: drawYears(plan, group, batches, t).map((y) => ({ year: y.year, facts: toFacts(y) })), titles };
      if (fits(drawn, plan)) break;
      // Out of attempts: keep only what the figures earned (nothing if it is not an SME every year).
      if (attempt === ATTEMPTS - 1) drawn = { ...drawn, titles: sizeClasses(drawn).every((c) => c !== null && c !== 'not-sme') ? earnedOnly(drawn) : [] };
    }
    out.push(drawn!);
  }
  return out;
}
