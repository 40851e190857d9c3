import { COUNTIES, findCounty, resolveCountyCode } from '@ladder/shared-domain';

import type { PendingConfirmation } from '../common/source';
import { isEffectiveOn, isIsoDate } from '../common/source';
import { PLAN_PERIOD } from '../plan/plan-targets';
import { formatRate, formatWan, isValidRate } from './award-money';
import type { FundRates, RateFraction } from './award-types';
import { FUND_KIND_LABELS, FUND_KINDS } from './award-types';

/**
 * One row of the S-19 county matching table: what a county pays on a new recognition of `tier`, from
 * `effectiveFrom` to `effectiveTo` (inclusive). The plan names no amounts ("各县（市、区）政府相应予以配套奖励"), so
 * every row starts as a placeholder of 0 with `confirmed: false`; a county's policy document replaces it.
 */
export interface CountyMatchingEntry {
  readonly countyCode: string;
  readonly tier: 'specialized' | 'little-giant';
  readonly amountFen: number;
  readonly effectiveFrom: string;
  readonly effectiveTo?: string;
  /** The county's policy document (文号), once known. */
  readonly docNo?: string;
  /** `true` once 市工信局/the county confirmed the amount; a confirmed 0 means the county gives no matching. */
  readonly confirmed: boolean;
}

/**
 * S-44 "在项目完工投产后且较上一年度营业收入增长的": which two years are compared (rules.md §8.7-6).
 * - `completion-year`: 完工投产当年 vs the year before (default);
 * - `year-after-completion`: the year after completion vs the completion year;
 * - `before-application`: the year before the request date vs the year before that (上年度 vs 上上年度).
 */
export type RevenueComparison = 'completion-year' | 'year-after-completion' | 'before-application';
export const REVENUE_COMPARISONS: readonly RevenueComparison[] = [
  'completion-year',
  'year-after-completion',
  'before-application',
];

/**
 * S-47 "…按照实际到资额分别给予5‰、1%省级专项资金奖励，最高100万元": what the 100万 cap applies to.
 * - `per-enterprise` (default): the cap is per enterprise (the sentence's subject is "企业"); the caller reports what
 *   the enterprise already received under S-47 (`priorGrantedFen`, absent = 0) and the cap leaves `cap − prior`;
 * - `per-investment`: the cap applies to each paid-in investment separately (`priorGrantedFen` is not deducted).
 */
export type FundCapScope = 'per-enterprise' | 'per-investment';
export const FUND_CAP_SCOPES: readonly FundCapScope[] = ['per-enterprise', 'per-investment'];

/**
 * Readings of the award texts that the plan leaves open (rules.md §8.7). Each default is pending 市工信局
 * confirmation; every computation lists the ones it depended on, with the values used.
 */
export interface AwardParameters {
  /**
   * S-17, S-18, S-19, FJ-LG-50 pay on "新认定". `false` (default): a 复核 pass (certification kind `renewal`) is not a
   * new recognition and gets nothing (rules.md §8.7-1); `true`: it is paid like a new one.
   */
  readonly renewalCountsAsNew: boolean;
  /**
   * S-23 "聚集5家以上专精特新中小企业": `true` (default) counts 小巨人 enterprises too — a 小巨人 must hold a valid
   * 专精特新 title, so it is one; `false` counts only enterprises whose highest title is 专精特新.
   */
  readonly parkCountsLittleGiants: boolean;
  /** S-44 revenue growth comparison (see `RevenueComparison`). Default `completion-year`. */
  readonly revenueComparison: RevenueComparison;
  /**
   * S-47 "分别给予5‰、1%": the fund → rate mapping. `null` (default) uses the version's own mapping — for the plan:
   * 国家制造业转型升级基金 → 5‰, 国家中小企业发展基金 and its 一级子基金 → 1%, 转型升级基金的子基金 → not covered. A value
   * here replaces the mapping of the plan's base version only (a successor version is an explicit document).
   */
  readonly fundRates: FundRates | null;
  /** S-47 "最高100万元": per enterprise (default) or per paid-in investment (see `FundCapScope`). */
  readonly fundCapScope: FundCapScope;
  /** S-43 "不超过5%": the rate the province applies; `null` (default) = the version's maximum (5%). */
  readonly technicalRenovationSubsidyRate: RateFraction | null;
  /** S-44 "不超过5%": the rate the province applies; `null` (default) = the version's maximum (5%). */
  readonly technicalRenovationRewardRate: RateFraction | null;
  /** S-19: the county matching table (default: 0 for every county and tier over the plan period, unconfirmed). */
  readonly countyMatching: readonly CountyMatchingEntry[];
}

/** 11 counties × 2 tiers, 0 fen, over the plan period, unconfirmed. */
export const DEFAULT_COUNTY_MATCHING: readonly CountyMatchingEntry[] = COUNTIES.flatMap((c) =>
  (['specialized', 'little-giant'] as const).map((tier) => ({
    countyCode: c.code,
    tier,
    amountFen: 0,
    effectiveFrom: PLAN_PERIOD.from,
    effectiveTo: PLAN_PERIOD.to,
    confirmed: false,
  })),
);

/** The plan's reading of S-47 (rules.md §8.4 S-47, "most natural reading"). */
export const PLAN_FUND_RATES: FundRates = {
  'manufacturing-upgrade': { num: 5, den: 1000 },
  'manufacturing-upgrade-sub-fund': null,
  'sme-development': { num: 1, den: 100 },
  'sme-development-sub-fund': { num: 1, den: 100 },
};

export const DEFAULT_AWARD_PARAMETERS: AwardParameters = {
  renewalCountsAsNew: false,
  parkCountsLittleGiants: true,
  revenueComparison: 'completion-year',
  fundRates: null,
  fundCapScope: 'per-enterprise',
  technicalRenovationSubsidyRate: null,
  technicalRenovationRewardRate: null,
  countyMatching: DEFAULT_COUNTY_MATCHING,
};

/** The defaults overridden by the given values (an `undefined` value keeps the default). */
export function resolveAwardParameters(params?: Partial<AwardParameters>): AwardParameters {
  const given = Object.fromEntries(
    Object.entries(params ?? {}).filter(([, v]) => v !== undefined),
  ) as Partial<AwardParameters>;
  return { ...DEFAULT_AWARD_PARAMETERS, ...given };
}

const CONFIRM_BY = '市工信局';

export function renewalConfirmation(p: AwardParameters): PendingConfirmation {
  return {
    parameter: 'renewalCountsAsNew',
    value: String(p.renewalCountsAsNew),
    note: '复核通过（renewal）是否视为“新认定”：false 不奖励（本方案只奖励新认定，rules.md §8.7-1），true 按新认定奖励',
    confirmBy: CONFIRM_BY,
  };
}

export function parkCountConfirmation(p: AwardParameters): PendingConfirmation {
  return {
    parameter: 'parkCountsLittleGiants',
    value: String(p.parkCountsLittleGiants),
    note: '“聚集5家以上专精特新中小企业”是否计入园区内的专精特新“小巨人”企业：true 计入（小巨人须持有有效的专精特新称号），false 不计入',
    confirmBy: CONFIRM_BY,
  };
}

export function revenueComparisonConfirmation(p: AwardParameters): PendingConfirmation {
  const zh: Record<RevenueComparison, string> = {
    'completion-year': '完工投产当年营业收入 > 上一年度',
    'year-after-completion': '完工投产次年营业收入 > 完工投产当年',
    'before-application': '申请日上年度营业收入 > 上上年度',
  };
  return {
    parameter: 'revenueComparison',
    value: p.revenueComparison,
    note: `技改奖励“较上一年度营业收入增长”的比较年度未明确：现按“${zh[p.revenueComparison]}”`,
    confirmBy: CONFIRM_BY,
  };
}

export function fundRatesConfirmation(
  rates: FundRates,
  source: 'parameter' | 'version',
): PendingConfirmation {
  const text = FUND_KINDS.map((f) => {
    const r = rates[f];
    return `${FUND_KIND_LABELS[f]} → ${r === null ? '不适用' : formatRate(r)}`;
  }).join('；');
  return {
    parameter: 'fundRates',
    value: text,
    note: `“获得国家制造业转型升级基金、中小企业发展基金或其一级子基金股权投资…分别给予5‰、1%”的对应关系有歧义，现按${source === 'parameter' ? '参数设定' : '最自然的读法'}：${text}`,
    confirmBy: CONFIRM_BY,
  };
}

export function fundCapScopeConfirmation(p: AwardParameters): PendingConfirmation {
  return {
    parameter: 'fundCapScope',
    value: p.fundCapScope,
    note:
      p.fundCapScope === 'per-enterprise'
        ? '“最高100万元”的适用范围未明确：现按单家企业累计计算（扣减本项已获金额 priorGrantedFen，未报送按0计）'
        : '“最高100万元”的适用范围未明确：现按每笔股权投资实际到资分别计算（不扣减已获金额）',
    confirmBy: CONFIRM_BY,
  };
}

export function renovationRateConfirmation(
  parameter: 'technicalRenovationSubsidyRate' | 'technicalRenovationRewardRate',
  rate: RateFraction,
  maxRate: RateFraction,
  fromParameter: boolean,
): PendingConfirmation {
  return {
    parameter,
    value: formatRate(rate),
    note: `“不超过${formatRate(maxRate)}的比例”由省级确定，${fromParameter ? '现按参数设定的比例' : '未设定时按上限比例'}${formatRate(rate)}计算`,
    confirmBy: '省工信厅（经市工信局）',
  };
}

export function countyMatchingConfirmation(
  entry: CountyMatchingEntry | undefined,
  countyCode: string,
  tier: string,
): PendingConfirmation {
  const name = findCounty(countyCode)?.name ?? countyCode;
  const tierZh = tier === 'little-giant' ? '专精特新“小巨人”企业' : '专精特新中小企业';
  return {
    parameter: `countyMatching[${countyCode}/${tier}]`,
    value:
      entry === undefined ? '未设定' : `${formatWan(entry.amountFen)}${entry.confirmed ? '' : '（未确认）'}`,
    note: `本方案未规定县级配套金额（“各县（市、区）政府相应予以配套奖励”）；${name}对新认定${tierZh}的配套金额待市工信局/各县确认`,
    confirmBy: '市工信局/各县（市、区）',
  };
}

/**
 * The county matching row for (county, tier) in force on `date`. Overlapping rows are a data error
 * (thrown, never resolved silently).
 */
export function findCountyMatching(
  table: readonly CountyMatchingEntry[],
  countyCode: string,
  tier: 'specialized' | 'little-giant',
  date: string,
): CountyMatchingEntry | undefined {
  const hits = table.filter((e) => e.countyCode === countyCode && e.tier === tier && isEffectiveOn(e, date));
  if (hits.length > 1) {
    throw new RangeError(`县级配套奖励参数重叠：${countyCode}/${tier}在${date}有${hits.length}条有效记录`);
  }
  return hits[0];
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function rateProblems(value: unknown, label: string): string[] {
  if (!isRecord(value) || typeof value['num'] !== 'number' || typeof value['den'] !== 'number') {
    return [`${label}应为比例对象 { "num": 分子, "den": 分母 }`];
  }
  return isValidRate(value as unknown as RateFraction)
    ? []
    : [`${label}无效：分子、分母应为整数，分母大于0，比例在0至100%之间`];
}

/** The rates the plan names for S-47 ("分别给予5‰、1%"): the parameter only chooses the mapping, not new rates. */
const PLAN_FUND_RATE_VALUES: readonly RateFraction[] = [
  { num: 5, den: 1000 },
  { num: 1, den: 100 },
];

function planFundRateProblems(value: unknown, label: string): string[] {
  const problems = rateProblems(value, label);
  if (problems.length > 0) return problems;
  const r = value as RateFraction;
  const isPlanRate = PLAN_FUND_RATE_VALUES.some(
    (p) => BigInt(r.num) * BigInt(p.den) === BigInt(p.num) * BigInt(r.den),
  );
  return isPlanRate
    ? []
    : [
        `${label}（${formatRate(r)}）不是本方案规定的比例：只能为5‰或1%（该参数只决定基金与比例的对应关系，其他比例须以后续政策版本录入）`,
      ];
}

/**
 * Problems (Chinese) of a parameter object read from JSON (e.g. the `--params` file of the command); empty when
 * valid. Unknown keys are problems, so a misspelt parameter is not silently ignored.
 */
export function validateAwardParameters(plain: unknown): string[] {
  if (!isRecord(plain)) return ['参数应为 JSON 对象'];
  const problems: string[] = [];
  for (const [key, value] of Object.entries(plain)) {
    switch (key) {
      case 'renewalCountsAsNew':
      case 'parkCountsLittleGiants':
        if (typeof value !== 'boolean') problems.push(`参数 ${key} 应为 true 或 false`);
        break;
      case 'revenueComparison':
        if (!REVENUE_COMPARISONS.includes(value as RevenueComparison)) {
          problems.push(`参数 revenueComparison 应为 ${REVENUE_COMPARISONS.join(' / ')}`);
        }
        break;
      case 'fundCapScope':
        if (!FUND_CAP_SCOPES.includes(value as FundCapScope)) {
          problems.push(`参数 fundCapScope 应为 ${FUND_CAP_SCOPES.join(' / ')}`);
        }
        break;
      case 'technicalRenovationSubsidyRate':
      case 'technicalRenovationRewardRate':
        if (value !== null) problems.push(...rateProblems(value, `参数 ${key}`));
        break;
      case 'fundRates':
        if (value === null) break;
        if (!isRecord(value)) {
          problems.push('参数 fundRates 应为对象：基金类型 → 比例或 null');
          break;
        }
        for (const f of FUND_KINDS) {
          if (!(f in value)) problems.push(`参数 fundRates 缺少基金类型 ${f}（${FUND_KIND_LABELS[f]}）`);
          else if (value[f] !== null) problems.push(...planFundRateProblems(value[f], `参数 fundRates.${f}`));
        }
        for (const k of Object.keys(value)) {
          if (!(FUND_KINDS as readonly string[]).includes(k))
            problems.push(`参数 fundRates 含未知基金类型“${k}”`);
        }
        break;
      case 'countyMatching':
        problems.push(...countyMatchingProblems(value));
        break;
      default:
        problems.push(`未知参数“${key}”`);
    }
  }
  return problems;
}

function countyMatchingProblems(value: unknown): string[] {
  if (!Array.isArray(value)) return ['参数 countyMatching 应为数组'];
  const problems: string[] = [];
  value.forEach((row: unknown, i) => {
    const label = `参数 countyMatching[${i}]`;
    if (!isRecord(row)) {
      problems.push(`${label}应为对象`);
      return;
    }
    if (typeof row['countyCode'] !== 'string' || resolveCountyCode(row['countyCode']) !== row['countyCode']) {
      problems.push(`${label}.countyCode 应为三明市现行县（市、区）代码（如 350404）`);
    }
    if (row['tier'] !== 'specialized' && row['tier'] !== 'little-giant') {
      problems.push(`${label}.tier 应为 specialized 或 little-giant`);
    }
    const amount = row['amountFen'];
    if (typeof amount !== 'number' || !Number.isSafeInteger(amount) || amount < 0) {
      problems.push(`${label}.amountFen 应为不小于0的整数（分）`);
    }
    const from = row['effectiveFrom'];
    const to = row['effectiveTo'];
    if (typeof from !== 'string' || !isIsoDate(from)) problems.push(`${label}.effectiveFrom 应为 YYYY-MM-DD`);
    if (to !== undefined && (typeof to !== 'string' || !isIsoDate(to)))
      problems.push(`${label}.effectiveTo 应为 YYYY-MM-DD`);
    if (typeof from === 'string' && typeof to === 'string' && from > to) {
      problems.push(`${label}的生效日期晚于失效日期`);
    }
    if (typeof row['confirmed'] !== 'boolean') problems.push(`${label}.confirmed 应为 true 或 false`);
    if (row['docNo'] !== undefined && typeof row['docNo'] !== 'string')
      problems.push(`${label}.docNo 应为文号字符串`);
  });
  if (problems.length > 0) return problems;
  const rows = value as CountyMatchingEntry[];
  rows.forEach((a, i) =>
    rows.slice(i + 1).forEach((b, j) => {
      if (a.countyCode === b.countyCode && a.tier === b.tier && periodsOverlap(a, b)) {
        problems.push(
          `参数 countyMatching[${i}] 与 [${i + j + 1}] 的有效期重叠（${a.countyCode}/${a.tier}）`,
        );
      }
    }),
  );
  return problems;
}

/** Two inclusive periods share a day (an absent end is open). */
export function periodsOverlap(
  a: { readonly effectiveFrom: string; readonly effectiveTo?: string },
  b: { readonly effectiveFrom: string; readonly effectiveTo?: string },
): boolean {
  const aEndsBeforeB = a.effectiveTo !== undefined && a.effectiveTo < b.effectiveFrom;
  const bEndsBeforeA = b.effectiveTo !== undefined && b.effectiveTo < a.effectiveFrom;
  return !aEndsBeforeB && !bEndsBeforeA;
}
