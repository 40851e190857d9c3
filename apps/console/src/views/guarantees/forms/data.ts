import { validateUscc } from '@ladder/shared-domain';

import { parseMoney } from '@/utils/money';

/**
 * The data entry of 融资担保: 受理担保申请 (with the ceiling and fee check before sending) and 人工纳入“白名单”. Each
 * check answers the body to send or the first problem in Chinese; the service checks again (and holds the ceiling
 * in the database).
 */
export type FormCheck<T> = { readonly ok: true; readonly body: T } | { readonly ok: false; readonly message: string };

const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** The contract's upper bound of a principal: 10亿元. */
export const MAX_PRINCIPAL_FEN = 100_000_000_000;

/** A calendar date that exists and is not after `today`, or the problem in Chinese. */
export function checkDate(text: string, today: string, field: string): string | null {
  if (!DATE.test(text)) return `请选择${field}`;
  const d = new Date(`${text}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== text) return `${field}不是有效日期：${text}`;
  if (text > today) return `${field}不能晚于今天（${today}）`;
  return null;
}

/** The principal typed in 元 → integer 分, read from the decimal text (never through a float): "5000000.01" → 500000001. */
export function principalToFen(text: string): { ok: true; fen: number } | { ok: false; message: string } {
  const parsed = parseMoney(text, 'yuan', { allowZero: false });
  if (!parsed.ok) return { ok: false, message: `担保本金：${parsed.message}` };
  if (parsed.fen > MAX_PRINCIPAL_FEN) return { ok: false, message: '担保本金不能超过10亿元' };
  return parsed;
}

// ---------------------------------------------------------------- 受理担保申请

export interface SubmitGuaranteeModel {
  uscc: string;
  guarantorId: string;
  bankId: string;
  /** 元, as typed. */
  principalYuan: string;
  termMonths: number | null;
  purpose: string;
  applicationDate: string;
}

export function emptySubmitGuarantee(today: string): SubmitGuaranteeModel {
  return { uscc: '', guarantorId: '', bankId: '', principalYuan: '', termMonths: 12, purpose: '', applicationDate: today };
}

export function toSubmitGuaranteeBody(model: SubmitGuaranteeModel, today: string): FormCheck<Api.Guarantees.SubmitRequest> {
  const uscc = validateUscc(model.uscc);
  if (!uscc.valid) return { ok: false, message: uscc.message };
  if (!model.guarantorId) return { ok: false, message: '请选择担保机构' };
  if (!model.bankId) return { ok: false, message: '请选择合作银行' };
  const principal = principalToFen(model.principalYuan);
  if (!principal.ok) return principal;
  const term = model.termMonths;
  if (term === null || !Number.isInteger(term) || term < 1 || term > 120) return { ok: false, message: '期限应为1至120个月的整数' };
  const purpose = model.purpose.trim();
  if (!purpose) return { ok: false, message: '请填写借款用途' };
  if (purpose.length > 200) return { ok: false, message: '借款用途不能超过200字' };
  const date = checkDate(model.applicationDate, today, '申请日期');
  if (date) return { ok: false, message: date };
  return {
    ok: true,
    body: {
      uscc: uscc.normalized,
      guarantorId: model.guarantorId,
      bankId: model.bankId,
      principalFen: principal.fen,
      termMonths: term,
      purpose,
      ...(model.applicationDate !== today ? { applicationDate: model.applicationDate } : {}),
    },
  };
}

/**
 * The 测算 request that previews what receiving the application will decide: the title of the enterprise's white-list
 * entry (none known → titles not reported) and its committed principal (在审 + 在保, from the exposure; unknown →
 * not reported, and the policy answers `unknown`). The service decides on receipt with its own records.
 */
export function toPrecheckRequest(
  body: Api.Guarantees.SubmitRequest,
  entry: Api.Guarantees.WhiteListEntry | null,
  committedFen: number | null,
  today: string,
): Api.Guarantees.ComputeRequest {
  const titles: Api.Guarantees.HeldTitle[] | null =
    entry?.tier && entry.since ? [{ tier: entry.tier, certifiedOn: entry.since, ...(entry.until ? { validUntil: entry.until } : {}) }] : null;
  return {
    date: body.applicationDate ?? today,
    titles,
    outstandingGuaranteedFen: committedFen,
    requestedPrincipalFen: body.principalFen,
    termMonths: body.termMonths,
  };
}

/**
 * Whether the form may be received after its check: the service refuses whatever it does not find `eligible`, so a
 * check that says not eligible or not covered blocks; `unknown` (facts the console could not see) lets the service
 * decide with its own records.
 */
export function mayReceive(decision: Api.Guarantees.Decision): boolean {
  return decision === 'eligible' || decision === 'unknown';
}

/** 在审 + 在保 principal of one enterprise from the exposure (null when the enterprise has none visible: 0). */
export function committedOf(exposure: Api.Guarantees.Exposure, uscc: string): number {
  const row = exposure.byEnterprise.find((r) => r.key === uscc);
  return row ? row.pendingFen + row.outstandingFen : 0;
}

// ---------------------------------------------------------------- 人工纳入白名单

export interface AddWhiteListModel {
  uscc: string;
  countyCode: string;
  reason: string;
  effectiveOn: string;
}

export function emptyAddWhiteList(today: string): AddWhiteListModel {
  return { uscc: '', countyCode: '', reason: '', effectiveOn: today };
}

export function toAddWhiteListBody(model: AddWhiteListModel, today: string): FormCheck<Api.Guarantees.AddWhiteListRequest> {
  const uscc = validateUscc(model.uscc);
  if (!uscc.valid) return { ok: false, message: uscc.message };
  if (!model.countyCode) return { ok: false, message: '请选择所属县（市、区）' };
  const reason = model.reason.trim();
  if (!reason) return { ok: false, message: '请填写纳入“白名单”的原因' };
  if (reason.length > 500) return { ok: false, message: '原因不能超过500字' };
  const date = checkDate(model.effectiveOn, today, '生效日期');
  if (date) return { ok: false, message: date };
  return {
    ok: true,
    body: { uscc: uscc.normalized, countyCode: model.countyCode, reason, ...(model.effectiveOn !== today ? { effectiveOn: model.effectiveOn } : {}) },
  };
}
