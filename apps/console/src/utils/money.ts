/**
 * Money of the 奖补 pages. The API speaks integer 分 (fen); people read and type 元 or 万元. Every conversion here is
 * integer arithmetic on the decimal text (never `parseFloat(x) * 100`); floating point is used only to hand a
 * number to a chart.
 */
import { FEN_PER_WAN_YUAN, FEN_PER_YUAN, toFen } from '@ladder/shared-domain';

import { EMPTY_TEXT } from './format';

export type MoneyInputUnit = 'yuan' | 'wan-yuan';

/** 1234567 → "1,234,567" (an integer, grouped by thousands). */
function group(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** The exact decimal text of `abs / scale` (`scale` a power of ten), trailing zeros trimmed. */
function exactDecimal(abs: number, scale: number, grouped: boolean): string {
  const digits = String(scale).length - 1;
  const whole = Math.trunc(abs / scale);
  const frac = String(abs % scale)
    .padStart(digits, '0')
    .replace(/0+$/, '');
  return `${grouped ? group(whole) : String(whole)}${frac ? `.${frac}` : ''}`;
}

function sign(fen: number): string {
  return fen < 0 ? '-' : '';
}

/**
 * Fen as people read an amount: whole 元 from 1万元 up in 万元 (`5万元`, `200万元`, `12.3456万元`), anything else in
 * 元 with two decimals (`1,234.56元`, `0.01元`). Exact: 1 分 is never lost.
 */
export function formatFen(fen: number | null | undefined): string {
  if (fen === null || fen === undefined || !Number.isFinite(fen)) return EMPTY_TEXT;
  const abs = Math.abs(fen);
  if (abs >= FEN_PER_WAN_YUAN && abs % FEN_PER_YUAN === 0) {
    return `${sign(fen)}${exactDecimal(abs, FEN_PER_WAN_YUAN, true)}万元`;
  }
  const yuan = Math.trunc(abs / FEN_PER_YUAN);
  const cents = String(abs % FEN_PER_YUAN).padStart(2, '0');
  return `${sign(fen)}${group(yuan)}.${cents}元`;
}

/** Fen always in 万元, exact (up to 6 decimals): `0.0001万元`, `1,000万元`. For tables with a 万元 column. */
export function formatFenAsWan(fen: number | null | undefined): string {
  if (fen === null || fen === undefined || !Number.isFinite(fen)) return EMPTY_TEXT;
  return `${sign(fen)}${exactDecimal(Math.abs(fen), FEN_PER_WAN_YUAN, true)}`;
}

/** Fen → the exact text to put back into an input of the unit (no grouping). */
export function fenToInput(fen: number, unit: MoneyInputUnit): string {
  const scale = unit === 'wan-yuan' ? FEN_PER_WAN_YUAN : FEN_PER_YUAN;
  return `${sign(fen)}${exactDecimal(Math.abs(fen), scale, false)}`;
}

/** Fen as a 万元 number, for charts only (display; never computed with). */
export function fenToWanNumber(fen: number): number {
  return fen / FEN_PER_WAN_YUAN;
}

export type MoneyParse = { readonly ok: true; readonly fen: number } | { readonly ok: false; readonly message: string };

/**
 * A typed amount in 元 or 万元 → integer 分, read from the decimal text: `"1234.56"` 元 → 123456, `"0.000001"` 万元
 * → 1. Commas and spaces are ignored; empty, negative, non-numeric and finer-than-1-分 amounts are refused with a
 * Chinese message.
 */
export function parseMoney(text: string | null | undefined, unit: MoneyInputUnit, options: { allowZero?: boolean } = {}): MoneyParse {
  const cleaned = (text ?? '').replace(/[\s,，]/g, '');
  if (!cleaned) return { ok: false, message: '请输入金额' };
  if (cleaned.startsWith('-')) return { ok: false, message: '金额不能为负数' };
  if (!/^\+?\d+(\.\d+)?$/.test(cleaned)) return { ok: false, message: `不是有效的金额：${cleaned}` };
  let fen: number;
  try {
    fen = toFen(cleaned.replace(/^\+/, ''), unit);
  } catch (error) {
    return { ok: false, message: error instanceof RangeError ? error.message : `不是有效的金额：${cleaned}` };
  }
  if (fen === 0 && options.allowZero === false) return { ok: false, message: '金额须大于0' };
  return { ok: true, fen };
}

/** `parseMoney` that throws a RangeError (Chinese message) instead of answering `{ ok: false }`. */
export function moneyToFen(text: string, unit: MoneyInputUnit): number {
  const parsed = parseMoney(text, unit);
  if (!parsed.ok) throw new RangeError(parsed.message);
  return parsed.fen;
}

/** An exact rate `num / den` (as libs/policy keeps them: 60% = { num: 60, den: 100 }). */
export interface Rate {
  readonly num: number;
  readonly den: number;
}

/**
 * A percentage typed by a person → an exact rate: `"60"` → 60/100, `"0.5"` → 5/1000, `"12.25"` → 1225/10000. At most 4
 * decimals; 0 < rate ≤ 100%.
 */
export function parsePercent(text: string | null | undefined): { ok: true; rate: Rate } | { ok: false; message: string } {
  const cleaned = (text ?? '').trim().replace(/%$/, '');
  if (!cleaned) return { ok: false, message: '请输入比例' };
  const m = /^(\d+)(?:\.(\d{1,4}))?$/.exec(cleaned);
  if (!m) return { ok: false, message: `不是有效的比例（最多4位小数）：${cleaned}` };
  const decimals = m[2] ?? '';
  const num = Number(`${m[1] ?? '0'}${decimals}`);
  const den = 100 * 10 ** decimals.length;
  if (num <= 0) return { ok: false, message: '比例须大于0' };
  if (num > den) return { ok: false, message: '比例不能超过100%' };
  return { ok: true, rate: { num, den } };
}

/** An exact rate → its percentage text (`60/100` → `60%`, `5/1000` → `0.5%`, `1/3` → `1/3`). */
export function formatRate(rate: Rate | null | undefined): string {
  if (!rate || !Number.isInteger(rate.num) || !Number.isInteger(rate.den) || rate.den <= 0) return EMPTY_TEXT;
  // num / den × 100 = num × 100 × 10^k / den / 10^k: the smallest k (≤ 6) that makes it whole is exact.
  for (let k = 0; k <= 6; k++) {
    const scaled = rate.num * 100 * 10 ** k;
    if (scaled % rate.den === 0) {
      return `${exactDecimal(scaled / rate.den, 10 ** k, false)}%`;
    }
  }
  return `${rate.num}/${rate.den}`;
}
