import { heldTitleProblems } from '../common/held-titles';
import { isIsoDate } from '../common/source';
import type { GuaranteeRequest } from './guarantee-types';

/** The request fields, with their Chinese labels (also used to name missing facts). */
export const GUARANTEE_FIELDS = {
  date: '申请日期',
  titles: '企业称号（层级、认定日期、有效期至、撤销日期）',
  outstandingGuaranteedFen: '政府性融资担保贷款在保本金（分）',
  requestedPrincipalFen: '本次申请担保本金（分）',
  termMonths: '贷款期限（月）',
  termDays: '贷款期限（天）',
} as const satisfies Readonly<Record<keyof GuaranteeRequest, string>>;

export type GuaranteeField = keyof typeof GUARANTEE_FIELDS;

/** "requestedPrincipalFen（本次申请担保本金（分））". */
export function guaranteeFieldLabel(name: string): string {
  const zh = (GUARANTEE_FIELDS as Readonly<Record<string, string>>)[name];
  return zh ? `${name}（${zh}）` : name;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Money and term limits: safe integers; a term of at most 30 years. */
const LIMITS = { termMonths: 360, termDays: 10_950 } as const;

export type GuaranteeRequestValidation =
  | { readonly ok: true; readonly value: GuaranteeRequest }
  | { readonly ok: false; readonly problems: readonly string[] };

/**
 * Validate a guarantee request read from JSON. Returns a copy or every problem in Chinese. Unknown fields are
 * problems (a misspelt field is not silently ignored); an absent or null fact is not — the answer is `unknown`.
 */
export function validateGuaranteeRequest(plain: unknown): GuaranteeRequestValidation {
  if (!isRecord(plain)) {
    return {
      ok: false,
      problems: ['融资担保测算请求应为 JSON 对象 { date, titles, outstandingGuaranteedFen, … }'],
    };
  }
  const problems: string[] = [];
  const known = Object.keys(GUARANTEE_FIELDS);
  for (const key of Object.keys(plain)) {
    if (!known.includes(key)) problems.push(`未知字段“${key}”：请求只含 ${known.join('、')}`);
  }
  const date = plain['date'];
  if (date === undefined || date === null) problems.push('缺少申请日期 date（YYYY-MM-DD）');
  else if (typeof date !== 'string' || !isIsoDate(date))
    problems.push(
      `申请日期“${typeof date === 'string' ? date : JSON.stringify(date)}”无效：应为 YYYY-MM-DD（须为真实存在的日期）`,
    );
  const titles = plain['titles'];
  if (titles !== undefined && titles !== null) problems.push(...heldTitleProblems(titles));
  const money = (name: 'outstandingGuaranteedFen' | 'requestedPrincipalFen', min: number): void => {
    const v = plain[name];
    if (v === undefined || v === null) return;
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < min) {
      problems.push(`${guaranteeFieldLabel(name)}应为${min > 0 ? '大于0' : '不小于0'}的整数（单位：分）`);
    }
  };
  money('outstandingGuaranteedFen', 0);
  money('requestedPrincipalFen', 1);
  for (const name of ['termMonths', 'termDays'] as const) {
    const v = plain[name];
    if (v === undefined || v === null) continue;
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 1 || v > LIMITS[name]) {
      problems.push(`${guaranteeFieldLabel(name)}应为1至${LIMITS[name]}之间的整数`);
    }
  }
  if (problems.length > 0 || typeof date !== 'string') return { ok: false, problems };
  const value: GuaranteeRequest = {
    ...(plain as unknown as GuaranteeRequest),
    ...(Array.isArray(titles) ? { titles: titles.map((t: unknown) => ({ ...(t as object) })) } : {}),
  } as GuaranteeRequest;
  return { ok: true, value };
}

/** Invalid request or parameters: the problems in Chinese (a RangeError, so the command exits with code 2). */
export class GuaranteeRequestError extends RangeError {
  constructor(readonly problems: readonly string[]) {
    super(problems.join('；'));
    this.name = 'GuaranteeRequestError';
  }
}
