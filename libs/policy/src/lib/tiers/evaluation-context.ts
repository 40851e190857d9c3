import { compare, quotient } from '../common/rational';
import type { Rational } from '../common/rational';
import { money } from './display';
import type {
  AnnualDataInput,
  AnnualFactsInput,
  EvaluationType,
  MakerChinaResultInput,
  ProfileInput,
  ScienceAwardInput,
} from './tier-input';
import type { TierParameters } from './tier-parameters';
import type { ConditionResult, ConditionStatus, Requirement } from './tier-result';
import type { BoundWording, ClauseRule, TierRuleSet } from './tier-rule-set';

/** Everything an evaluator reads: the profile, the date, the chosen rule set and the parameters. */
export interface EvalContext {
  readonly profile: ProfileInput;
  readonly asOf: string;
  readonly type: EvaluationType;
  readonly params: TierParameters;
  readonly rules: TierRuleSet;
  /** 上年度 = the calendar year before asOf. */
  readonly dataYear: number;
  readonly records: ReadonlyMap<number, AnnualDataInput>;
}

export function createContext(
  profile: ProfileInput,
  asOf: string,
  type: EvaluationType,
  params: TierParameters,
  rules: TierRuleSet,
): EvalContext {
  const records = new Map<number, AnnualDataInput>();
  for (const record of profile.annualData) {
    if (records.has(record.year)) throw new RangeError(`年度数据重复：${record.year}年有多条记录`);
    records.set(record.year, record);
  }
  return { profile, asOf, type, params, rules, dataYear: Number(asOf.slice(0, 4)) - 1, records };
}

/** "近n年": the n calendar years ending with 上年度, oldest first. */
export function windowYears(ctx: EvalContext, n: number): number[] {
  const years: number[] = [];
  for (let i = 0; i < n; i++) years.push(ctx.dataYear - n + 1 + i);
  return years;
}

// --- reading facts ---------------------------------------------------------------------------------------------

export type Read<T> =
  | { readonly ok: true; readonly value: T; readonly path: string }
  | { readonly ok: false; readonly path: string };

type FactKey = Exclude<keyof AnnualFactsInput, NestedGroup>;
type NestedGroup = 'ip' | 'quality' | 'honours' | 'compliance' | 'littleGiant';
type Nested<G extends NestedGroup> = NonNullable<AnnualFactsInput[G]>;

export function factPath(year: number, key: string): string {
  return `annualData[${year}].${key}`;
}

/** A fact of one year; null (as JSON may carry) counts as missing. */
export function fact<K extends FactKey>(
  ctx: EvalContext,
  year: number,
  key: K,
): Read<NonNullable<AnnualFactsInput[K]>> {
  const path = factPath(year, key);
  const value = ctx.records.get(year)?.[key];
  return value === undefined || value === null ? { ok: false, path } : { ok: true, value, path };
}

export function nested<G extends NestedGroup, F extends keyof Nested<G> & string>(
  ctx: EvalContext,
  year: number,
  group: G,
  field: F,
): Read<NonNullable<Nested<G>[F]>> {
  const path = factPath(year, `${group}.${field}`);
  const holder = ctx.records.get(year)?.[group] as Readonly<Record<string, unknown>> | undefined | null;
  const value = holder?.[field] as Nested<G>[F] | undefined | null;
  return value === undefined || value === null ? { ok: false, path } : { ok: true, value, path };
}

/** Paths of the reads that failed. */
export function missingOf(...reads: readonly Read<unknown>[]): string[] {
  return reads.filter((r) => !r.ok).map((r) => r.path);
}

export function unique(paths: readonly string[]): string[] {
  return [...new Set(paths)];
}

// --- three-valued logic (Kleene) ---------------------------------------------------------------------------------

export function allOf(statuses: readonly ConditionStatus[]): ConditionStatus {
  if (statuses.includes('not-met')) return 'not-met';
  if (statuses.includes('unknown')) return 'unknown';
  return 'met';
}

export function anyOf(statuses: readonly ConditionStatus[]): ConditionStatus {
  if (statuses.includes('met')) return 'met';
  if (statuses.includes('unknown')) return 'unknown';
  return 'not-met';
}

export function fromBoolean(value: boolean): ConditionStatus {
  return value ? 'met' : 'not-met';
}

// --- thresholds ------------------------------------------------------------------------------------------------

/** "不低于/不高于" always include the number; "以上/以下" follow `inclusiveBounds`. */
export function isInclusive(wording: BoundWording, params: TierParameters): boolean {
  return wording === '不低于' || wording === '不高于' || params.inclusiveBounds;
}

export function atLeast(
  value: Rational,
  min: Rational,
  wording: BoundWording,
  params: TierParameters,
): boolean {
  const c = compare(value, min);
  return c > 0 || (c === 0 && isInclusive(wording, params));
}

export function atMost(
  value: Rational,
  max: Rational,
  wording: BoundWording,
  params: TierParameters,
): boolean {
  const c = compare(value, max);
  return c < 0 || (c === 0 && isInclusive(wording, params));
}

export function minSign(wording: BoundWording, params: TierParameters): string {
  return isInclusive(wording, params) ? '≥' : '>';
}

/** The comparison a failing value stands in: below a minimum, above a maximum. */
export function belowSign(wording: BoundWording, params: TierParameters): string {
  return isInclusive(wording, params) ? '<' : '≤';
}

export function aboveSign(wording: BoundWording, params: TierParameters): string {
  return isInclusive(wording, params) ? '>' : '≥';
}

// --- ratios, sums and events over years --------------------------------------------------------------------------

export interface SumRead {
  /** Sum of the known years. */
  readonly known: bigint;
  readonly missing: string[];
  readonly values: Record<string, string>;
}

/** A non-negative money fact summed over years; missing years are listed (the known part is a lower bound). */
export function sumOverYears(
  ctx: EvalContext,
  years: readonly number[],
  key: 'equityFinancing' | 'rdExpense',
  label: string,
): SumRead {
  let known = 0n;
  const missing: string[] = [];
  const values: Record<string, string> = {};
  for (const year of years) {
    const r = fact(ctx, year, key);
    if (r.ok) {
      known += BigInt(r.value);
      values[`${year}年${label}`] = money(r.value);
    } else {
      missing.push(r.path);
      values[`${year}年${label}`] = '缺失';
    }
  }
  return { known, missing, values };
}

/**
 * "sum ≥ threshold" for amounts that cannot be negative: met as soon as the known years reach it, not met only
 * when every year is known.
 */
export function sumStatus(
  sum: SumRead,
  thresholdFen: bigint,
  wording: BoundWording,
  params: TierParameters,
): ConditionStatus {
  if (atLeast(quotient(sum.known), quotient(thresholdFen), wording, params)) return 'met';
  return sum.missing.length > 0 ? 'unknown' : 'not-met';
}

export interface EventRead {
  readonly status: ConditionStatus;
  readonly missing: string[];
  readonly values: Record<string, string>;
}

const AWARD_LEVEL_ZH: Readonly<Record<ScienceAwardInput['level'], string>> = {
  national: '国家级',
  provincial: '省级',
};

/** Whether a qualifying S&T award was received in any of `years` (a year without the list is unknown). */
export function awardInYears(
  ctx: EvalContext,
  years: readonly number[],
  qualifies: (award: ScienceAwardInput) => boolean,
): EventRead {
  const statuses: ConditionStatus[] = [];
  const missing: string[] = [];
  const listed: string[] = [];
  for (const year of years) {
    const r = fact(ctx, year, 'scienceAwards');
    if (!r.ok) {
      statuses.push('unknown');
      missing.push(r.path);
      continue;
    }
    for (const a of r.value) listed.push(`${year}年${AWARD_LEVEL_ZH[a.level]}第${a.rank}名`);
    statuses.push(fromBoolean(r.value.some(qualifies)));
  }
  const status = anyOf(statuses);
  return {
    status,
    missing: status === 'unknown' ? missing : [],
    values: {
      [`${years[0]}–${years[years.length - 1]}年科技奖励`]: listed.length > 0 ? listed.join('、') : '无',
    },
  };
}

const MAKER_CHINA_ZH: Readonly<Record<MakerChinaResultInput, string>> = {
  none: '未入围',
  'national-top500': '全国500强',
  'national-top50': '全国50强',
};

/** Whether a 创客中国 result in `results` was reached in any of `years`. */
export function makerChinaInYears(
  ctx: EvalContext,
  years: readonly number[],
  results: readonly MakerChinaResultInput[],
): EventRead {
  const statuses: ConditionStatus[] = [];
  const missing: string[] = [];
  const values: Record<string, string> = {};
  for (const year of years) {
    const r = fact(ctx, year, 'makerChina');
    if (!r.ok) {
      statuses.push('unknown');
      missing.push(r.path);
      values[`${year}年“创客中国”`] = '缺失';
      continue;
    }
    values[`${year}年“创客中国”`] = MAKER_CHINA_ZH[r.value];
    statuses.push(fromBoolean(results.includes(r.value)));
  }
  const status = anyOf(statuses);
  return { status, missing: status === 'unknown' ? missing : [], values };
}

// --- building results --------------------------------------------------------------------------------------------

export interface ConditionDraft {
  readonly id: string;
  readonly zh: string;
  readonly group: string;
  readonly rule: ClauseRule;
  readonly status: ConditionStatus;
  readonly values?: Readonly<Record<string, string>>;
  readonly missing?: readonly string[];
  /** Shown when the condition is not met: the text, or how to write it (written only then). */
  readonly gap?: string | (() => string);
  readonly onBoundary?: boolean;
  readonly note?: string;
}

/** A condition result; missing facts are kept only while the status is unknown, the gap only when not met. */
export function condition(d: ConditionDraft): ConditionResult {
  const gap = d.status === 'not-met' ? (typeof d.gap === 'function' ? d.gap() : d.gap) : undefined;
  return {
    id: d.id,
    zh: d.zh,
    group: d.group,
    clause: d.rule.clause,
    confidence: d.rule.confidence,
    status: d.status,
    values: d.values ?? {},
    missing: d.status === 'unknown' ? unique(d.missing ?? []) : [],
    ...(gap ? { gap } : {}),
    ...(d.onBoundary ? { onBoundary: true } : {}),
    ...(d.note ? { note: d.note } : {}),
  };
}

export function requirementOf(c: ConditionResult): Requirement {
  return { id: c.id, zh: c.zh, status: c.status, gaps: c.gap ? [c.gap] : [], missing: c.missing };
}

/** Several ways to satisfy one requirement ("直通条件之一或评价得分"): one requirement, met if any is. */
export function anyRequirement(
  id: string,
  zh: string,
  parts: readonly (ConditionResult | Requirement)[],
): Requirement {
  const status = anyOf(parts.map((p) => p.status));
  const gaps = parts.flatMap((p) => ('gaps' in p ? p.gaps : p.gap ? [p.gap] : []));
  return {
    id,
    zh,
    status,
    gaps: status === 'not-met' ? [`${zh}均未满足：${gaps.join('；')}`] : [],
    missing:
      status === 'unknown'
        ? unique(parts.filter((p) => p.status === 'unknown').flatMap((p) => p.missing))
        : [],
  };
}

/** Several conditions that must all hold, as one requirement. */
export function allRequirement(id: string, zh: string, parts: readonly ConditionResult[]): Requirement {
  const status = allOf(parts.map((p) => p.status));
  return {
    id,
    zh,
    status,
    gaps: parts.flatMap((p) => (p.gap ? [p.gap] : [])),
    missing:
      status === 'unknown'
        ? unique(parts.filter((p) => p.status === 'unknown').flatMap((p) => p.missing))
        : [],
  };
}
