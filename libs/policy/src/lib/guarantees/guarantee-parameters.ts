import type { PendingConfirmation } from '../common/source';
import { isEffectiveOn, isIsoDate } from '../common/source';
import { PLAN_PERIOD } from '../plan/plan-targets';
import { formatRate, isValidRate, rateAtMost } from '../awards/award-money';
import type { RateFraction } from '../awards/award-types';
import type { GuaranteeTier } from './guarantee-types';

/**
 * S-49: what the ceiling ("500万元以下担保贷款") caps.
 * - `total-outstanding` (default): the enterprise's total outstanding policy-guaranteed principal including the new
 *   loan (在保余额 + 本次申请 ≤ 额度); the headroom is ceiling − outstanding;
 * - `per-loan`: each loan on its own (本次申请 ≤ 额度); outstanding principal is not read.
 */
export type CeilingScope = 'total-outstanding' | 'per-loan';
export const CEILING_SCOPES: readonly CeilingScope[] = ['total-outstanding', 'per-loan'];

/** How the annual fee rate is prorated: months ÷ 12 (default) or days ÷ 365. */
export type TermBasis = 'months' | 'days';
export const TERM_BASES: readonly TermBasis[] = ['months', 'days'];

/**
 * One dated row of guarantee fee rates (annual). The plan says only "减收或免收融资担保费": every default row is a
 * reading with `confirmed: false` until 市工信局/市金融监管局 and the guarantee institutions confirm the rates.
 */
export interface FeeScheduleEntry {
  readonly id: string;
  readonly effectiveFrom: string;
  readonly effectiveTo?: string;
  /** The guarantor's standard annual rate (what an enterprise without the measure pays). */
  readonly standardRate: RateFraction;
  /** The rate charged per tier (≤ standard: reduced; 0: waived). */
  readonly tierRates: Readonly<Record<GuaranteeTier, RateFraction>>;
  /** The document that sets the rates (文号), once known. */
  readonly docNo?: string;
  readonly confirmed: boolean;
}

/** Readings of the guarantee text that the plan leaves open; every default is pending confirmation. */
export interface GuaranteeParameters {
  readonly ceilingScope: CeilingScope;
  readonly termBasis: TermBasis;
  readonly feeSchedule: readonly FeeScheduleEntry[];
}

/** Standard 1%/year; 专精特新 reduced to 0.5%; 小巨人 waived — from the plan's first day, open-ended, unconfirmed. */
export const DEFAULT_FEE_SCHEDULE: readonly FeeScheduleEntry[] = [
  {
    id: 'fee-reading-2022',
    effectiveFrom: PLAN_PERIOD.from,
    standardRate: { num: 1, den: 100 },
    tierRates: { specialized: { num: 5, den: 1000 }, 'little-giant': { num: 0, den: 100 } },
    confirmed: false,
  },
];

export const DEFAULT_GUARANTEE_PARAMETERS: GuaranteeParameters = {
  ceilingScope: 'total-outstanding',
  termBasis: 'months',
  feeSchedule: DEFAULT_FEE_SCHEDULE,
};

/** The defaults overridden by the given values (an `undefined` value keeps the default). */
export function resolveGuaranteeParameters(params?: Partial<GuaranteeParameters>): GuaranteeParameters {
  const given = Object.fromEntries(
    Object.entries(params ?? {}).filter(([, v]) => v !== undefined),
  ) as Partial<GuaranteeParameters>;
  return { ...DEFAULT_GUARANTEE_PARAMETERS, ...given };
}

/** The fee row in force on `date`, or undefined. Overlapping rows are rejected by `validateGuaranteeParameters`. */
export function findFeeSchedule(
  schedule: readonly FeeScheduleEntry[],
  date: string,
): FeeScheduleEntry | undefined {
  return schedule.find((row) => isEffectiveOn(row, date));
}

export function ceilingScopeConfirmation(p: GuaranteeParameters): PendingConfirmation {
  return {
    parameter: 'ceilingScope',
    value: p.ceilingScope,
    note:
      p.ceilingScope === 'total-outstanding'
        ? '“500万元以下担保贷款”读作企业政府性融资担保贷款在保本金合计（含本次申请）不超过额度；另一读法 per-loan 为单笔贷款不超过额度'
        : '“500万元以下担保贷款”读作单笔贷款本金不超过额度（不计在保余额）；默认读法 total-outstanding 为在保本金合计（含本次）不超过额度',
    confirmBy: '市工信局',
  };
}

export function termBasisConfirmation(p: GuaranteeParameters): PendingConfirmation {
  return {
    parameter: 'termBasis',
    value: p.termBasis,
    note:
      p.termBasis === 'months'
        ? '担保费 = 担保本金 × 年费率 × 期限月数 ÷ 12，按分向下取整；另一读法 days 为 × 天数 ÷ 365'
        : '担保费 = 担保本金 × 年费率 × 期限天数 ÷ 365，按分向下取整；默认读法 months 为 × 月数 ÷ 12',
    confirmBy: '政府性融资担保机构（经市金融监管局）',
  };
}

export function feeScheduleConfirmation(row: FeeScheduleEntry): PendingConfirmation {
  return {
    parameter: `feeSchedule.${row.id}`,
    value: `标准${formatRate(row.standardRate)}/年；专精特新${formatRate(row.tierRates.specialized)}/年；“小巨人”${formatRate(row.tierRates['little-giant'])}/年`,
    note: row.confirmed
      ? `已确认的担保费率${row.docNo ? `（${row.docNo}）` : ''}`
      : '方案只写“减收或免收融资担保费”，未给费率：标准费率与各层级减免后费率均为待确认的取值',
    confirmBy: '市工信局、市金融监管局、政府性融资担保机构',
  };
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function rateProblems(value: unknown, label: string): string[] {
  if (!isRecord(value) || typeof value['num'] !== 'number' || typeof value['den'] !== 'number') {
    return [`${label}应为年费率 { "num": 分子, "den": 分母 }，如 0.5% 为 {"num": 5, "den": 1000}`];
  }
  const r = { num: value['num'], den: value['den'] };
  return isValidRate(r) ? [] : [`${label}的分子、分母应为整数，分母大于0，费率在0…100%之间`];
}

function overlaps(a: FeeScheduleEntry, b: FeeScheduleEntry): boolean {
  const aBefore = a.effectiveTo !== undefined && a.effectiveTo < b.effectiveFrom;
  const bBefore = b.effectiveTo !== undefined && b.effectiveTo < a.effectiveFrom;
  return !aBefore && !bBefore;
}

function feeScheduleProblems(value: unknown): string[] {
  if (!Array.isArray(value)) return ['参数 feeSchedule 应为数组'];
  const problems: string[] = [];
  value.forEach((row: unknown, i) => {
    const label = `参数 feeSchedule[${i}]`;
    if (!isRecord(row)) {
      problems.push(`${label}应为对象`);
      return;
    }
    if (typeof row['id'] !== 'string' || row['id'].trim() === '') problems.push(`${label}.id 应为非空字符串`);
    const from = row['effectiveFrom'];
    const to = row['effectiveTo'];
    if (typeof from !== 'string' || !isIsoDate(from)) problems.push(`${label}.effectiveFrom 应为 YYYY-MM-DD`);
    if (to !== undefined && (typeof to !== 'string' || !isIsoDate(to)))
      problems.push(`${label}.effectiveTo 应为 YYYY-MM-DD 或省略（长期有效）`);
    if (typeof from === 'string' && typeof to === 'string' && from > to)
      problems.push(`${label}的生效日期晚于失效日期`);
    const standard = rateProblems(row['standardRate'], `${label}.standardRate（标准年费率）`);
    problems.push(...standard);
    const tierRates = row['tierRates'];
    if (!isRecord(tierRates)) problems.push(`${label}.tierRates 应为对象 { specialized, little-giant }`);
    else {
      for (const tier of ['specialized', 'little-giant'] as const) {
        const found = rateProblems(tierRates[tier], `${label}.tierRates.${tier}`);
        problems.push(...found);
        if (found.length === 0 && standard.length === 0) {
          const rate = tierRates[tier] as RateFraction;
          if (!rateAtMost(rate, row['standardRate'] as RateFraction)) {
            problems.push(
              `${label}.tierRates.${tier}（${formatRate(rate)}）高于标准费率：方案只允许减收或免收`,
            );
          }
        }
      }
      for (const k of Object.keys(tierRates)) {
        if (k !== 'specialized' && k !== 'little-giant') problems.push(`${label}.tierRates 含未知层级“${k}”`);
      }
    }
    if (typeof row['confirmed'] !== 'boolean') problems.push(`${label}.confirmed 应为 true 或 false`);
    if (row['docNo'] !== undefined && typeof row['docNo'] !== 'string')
      problems.push(`${label}.docNo 应为文号字符串`);
  });
  if (problems.length > 0) return problems;
  const rows = value as FeeScheduleEntry[];
  rows.forEach((a, i) =>
    rows.slice(i + 1).forEach((b, j) => {
      if (overlaps(a, b)) problems.push(`参数 feeSchedule[${i}] 与 [${i + j + 1}] 的有效期重叠`);
    }),
  );
  return problems;
}

/**
 * Problems (Chinese) of a parameter object read from JSON (the `--params` file of the command); empty when valid.
 * Unknown keys are problems, so a misspelt parameter is not silently ignored.
 */
export function validateGuaranteeParameters(plain: unknown): string[] {
  if (!isRecord(plain)) return ['参数应为 JSON 对象'];
  const problems: string[] = [];
  for (const [key, value] of Object.entries(plain)) {
    switch (key) {
      case 'ceilingScope':
        if (!CEILING_SCOPES.includes(value as CeilingScope))
          problems.push(`参数 ceilingScope 应为 ${CEILING_SCOPES.join(' / ')}`);
        break;
      case 'termBasis':
        if (!TERM_BASES.includes(value as TermBasis))
          problems.push(`参数 termBasis 应为 ${TERM_BASES.join(' / ')}`);
        break;
      case 'feeSchedule':
        problems.push(...feeScheduleProblems(value));
        break;
      default:
        problems.push(`未知参数“${key}”：应为 ceilingScope、termBasis、feeSchedule`);
    }
  }
  return problems;
}
