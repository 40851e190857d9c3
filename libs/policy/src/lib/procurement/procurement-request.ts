import type { RateFraction } from '../awards/award-types';
import { isIsoDate } from '../common/source';
import type {
  BidderKind,
  EvaluationMethod,
  ProcurementCategory,
  ProcurementParameters,
} from './procurement.rules';
import {
  BIDDER_KINDS,
  EVALUATION_METHODS,
  PROCUREMENT_CATEGORIES,
  WORKS_RESERVE_40_READINGS,
} from './procurement.rules';

// Requests of the procurement command (docs/procurement-request.schema.json): a reserved-share check of a project,
// or a price-deduction decision for one bid. Validated here with Chinese problems (no contract class yet).

/** The reserved share of one project (or 采购包) suitable for SMEs, and optionally the planned reservation. */
export interface ReserveRequest {
  readonly kind: 'reserve';
  /** The procurement date (采购活动开始之日: 采购公告或采购文件发布日), YYYY-MM-DD. */
  readonly date: string;
  readonly category: ProcurementCategory;
  readonly budgetFen: number;
  /** 主管预算单位 assessed the project as suitable for SMEs (适宜由中小企业提供). */
  readonly suitableForSme: boolean;
  /** The amount the purchaser reserves for SMEs (checked when given). */
  readonly reservedFen?: number | null;
  /** Of it, the amount reserved for 小微企业. */
  readonly reservedForSmallMicroFen?: number | null;
}

/** The price deduction of one bid on a project (or 采购包) not reserved for SMEs. */
export interface DeductionRequest {
  readonly kind: 'deduction';
  readonly date: string;
  readonly category: ProcurementCategory;
  /** The project or 采购包 is reserved for SMEs (then no deduction applies). */
  readonly projectReserved: boolean;
  readonly bidder: BidderKind;
  readonly bidFen: number;
  /** The deduction rate the tender documents fix, e.g. 15% = { "num": 15, "den": 100 }. */
  readonly rate: RateFraction;
  /** 工程 under 招标投标法 with 综合评估法 and no 低价优先法: `price-score-bonus`. Default `price-deduction`. */
  readonly evaluation?: EvaluationMethod | null;
  /** Consortium / subcontract: 小微企业's share of the contract amount in the agreement. */
  readonly smallMicroShare?: RateFraction | null;
  /** Consortium / subcontract: a 小微 member has a direct control or management relationship with the others. */
  readonly controlledRelationship?: boolean | null;
  /** 货物 from a 小微 bidder: every item is made by a 小微企业 (46号: a mix gets no deduction). */
  readonly goodsMadeBySmallMicro?: boolean | null;
}

export type ProcurementRequest = ReserveRequest | DeductionRequest;

export type ProcurementRequestValidation =
  | { readonly ok: true; readonly value: ProcurementRequest }
  | { readonly ok: false; readonly problems: readonly string[] };

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isFen = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const shown = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v));

/** A rate `{ num, den }`: safe integers, den > 0, 0 ≤ num ≤ den. */
export function isRateFraction(v: unknown): v is RateFraction {
  if (!isRecord(v)) return false;
  const { num, den } = v;
  return (
    typeof num === 'number' &&
    typeof den === 'number' &&
    Number.isSafeInteger(num) &&
    Number.isSafeInteger(den) &&
    den > 0 &&
    num >= 0 &&
    num <= den &&
    Object.keys(v).every((k) => k === 'num' || k === 'den')
  );
}

const COMMON = ['kind', 'date', 'category'] as const;
const RESERVE_KEYS = [...COMMON, 'budgetFen', 'suitableForSme', 'reservedFen', 'reservedForSmallMicroFen'];
const DEDUCTION_KEYS = [
  ...COMMON,
  'projectReserved',
  'bidder',
  'bidFen',
  'rate',
  'evaluation',
  'smallMicroShare',
  'controlledRelationship',
  'goodsMadeBySmallMicro',
];

function optionalBoolean(
  plain: Record<string, unknown>,
  key: string,
  label: string,
  problems: string[],
): void {
  const v = plain[key];
  if (v !== undefined && v !== null && typeof v !== 'boolean')
    problems.push(`${label}（${key}）应为 true 或 false`);
}

/**
 * Validate a request read from JSON: `{ kind: "reserve" | "deduction", date, category, … }`. Unknown fields are
 * problems (a misspelt field is not silently ignored); optional facts may be absent or null.
 */
export function validateProcurementRequest(plain: unknown): ProcurementRequestValidation {
  if (!isRecord(plain))
    return { ok: false, problems: ['政府采购测算请求应为 JSON 对象 { kind, date, category, … }'] };
  const problems: string[] = [];
  const kind = plain['kind'];
  if (kind !== 'reserve' && kind !== 'deduction') {
    problems.push(`测算类型 kind“${shown(kind)}”无效：应为 reserve（预留份额）或 deduction（价格扣除）`);
    return { ok: false, problems };
  }
  const allowed: readonly string[] = kind === 'reserve' ? RESERVE_KEYS : DEDUCTION_KEYS;
  for (const key of Object.keys(plain)) {
    if (!allowed.includes(key)) problems.push(`未知字段“${key}”：${kind} 请求只含 ${allowed.join('、')}`);
  }
  const date = plain['date'];
  if (typeof date !== 'string' || !isIsoDate(date)) {
    problems.push(
      `采购日期 date“${shown(date)}”无效：应为采购活动开始之日（采购公告或采购文件发布日）YYYY-MM-DD`,
    );
  }
  const category = plain['category'];
  if (!(PROCUREMENT_CATEGORIES as readonly unknown[]).includes(category)) {
    problems.push(
      `采购类别 category“${shown(category)}”无效：应为 goods（货物）、services（服务）或 works（工程）`,
    );
  }
  if (kind === 'reserve') {
    if (!isFen(plain['budgetFen']) || plain['budgetFen'] === 0)
      problems.push('预算金额 budgetFen 应为大于0的整数（单位：分）');
    if (typeof plain['suitableForSme'] !== 'boolean') {
      problems.push('是否适宜由中小企业提供 suitableForSme 应为 true 或 false（主管预算单位评估结论）');
    }
    for (const key of ['reservedFen', 'reservedForSmallMicroFen']) {
      const v = plain[key];
      if (v !== undefined && v !== null && !isFen(v)) problems.push(`${key} 应为不小于0的整数（单位：分）`);
    }
    if (plain['reservedForSmallMicroFen'] !== undefined && plain['reservedForSmallMicroFen'] !== null) {
      if (plain['reservedFen'] === undefined || plain['reservedFen'] === null) {
        problems.push('给出 reservedForSmallMicroFen 时须同时给出预留总额 reservedFen');
      }
    }
  } else {
    if (typeof plain['projectReserved'] !== 'boolean') {
      problems.push(
        '是否为预留份额项目 projectReserved 应为 true 或 false（专门面向中小企业的项目或采购包为 true）',
      );
    }
    if (!(BIDDER_KINDS as readonly unknown[]).includes(plain['bidder'])) {
      problems.push(`投标人类型 bidder“${shown(plain['bidder'])}”无效：应为 ${BIDDER_KINDS.join('、')}`);
    }
    if (!isFen(plain['bidFen']) || plain['bidFen'] === 0)
      problems.push('投标报价 bidFen 应为大于0的整数（单位：分）');
    if (!isRateFraction(plain['rate'])) {
      problems.push('扣除比例 rate 应为分数对象，如 15% 写作 {"num": 15, "den": 100}（0 ≤ num ≤ den，整数）');
    }
    const evaluation = plain['evaluation'];
    if (evaluation !== undefined && evaluation !== null) {
      if (!(EVALUATION_METHODS as readonly unknown[]).includes(evaluation)) {
        problems.push(`评审方式 evaluation“${shown(evaluation)}”无效：应为 ${EVALUATION_METHODS.join('、')}`);
      } else if (evaluation === 'price-score-bonus' && category !== 'works') {
        problems.push(
          '评审方式 price-score-bonus（增加价格分）仅适用于适用招标投标法、采用综合评估法的政府采购工程项目',
        );
      }
    }
    const share = plain['smallMicroShare'];
    if (share !== undefined && share !== null && !isRateFraction(share)) {
      problems.push('小微企业合同份额 smallMicroShare 应为分数对象，如 30% 写作 {"num": 30, "den": 100}');
    }
    optionalBoolean(
      plain,
      'controlledRelationship',
      '小微企业与联合体其他成员或分包企业存在直接控股、管理关系',
      problems,
    );
    optionalBoolean(plain, 'goodsMadeBySmallMicro', '货物全部由小微企业制造', problems);
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, value: plain as unknown as ProcurementRequest };
}

/** Problems with a parameter file `{ "worksReserve40": … }`. */
export function validateProcurementParameters(plain: unknown): string[] {
  if (!isRecord(plain)) return ['参数应为 JSON 对象，如 {"worksReserve40": "second-half-2022"}'];
  const problems: string[] = [];
  for (const [key, value] of Object.entries(plain)) {
    if (key !== 'worksReserve40') problems.push(`未知参数“${key}”：可用 worksReserve40`);
    else if (!(WORKS_RESERVE_40_READINGS as readonly unknown[]).includes(value)) {
      problems.push(`参数 worksReserve40“${shown(value)}”无效：应为 ${WORKS_RESERVE_40_READINGS.join('、')}`);
    }
  }
  return problems;
}

export type ProcurementParameterInput = Partial<ProcurementParameters>;

/** Invalid request: the problems in Chinese (a RangeError, so the command maps it to exit code 2). */
export class ProcurementRequestError extends RangeError {
  readonly code = 'POLICY_PROCUREMENT_INVALID_REQUEST';

  constructor(readonly problems: readonly string[]) {
    super(problems.join('；'));
    this.name = 'ProcurementRequestError';
  }
}
