/**
 * Money is integer 分 (fen) everywhere. These helpers convert user-facing decimal strings in 元 or 万元
 * to fen without floating point, and format fen for display.
 */
export const FEN_PER_YUAN = 100;
export const FEN_PER_WAN_YUAN = 1_000_000;

export type MoneyUnit = 'fen' | 'yuan' | 'wan-yuan';

const DECIMAL = /^([+-])?(\d+)(?:\.(\d+))?$/;

/**
 * Parse a decimal (string or number) in the given unit into integer fen. Throws on values that are not exact
 * in fen (for example 0.001 元) or not finite. Numbers are turned into their shortest decimal text first, so
 * 123.45 (a spreadsheet cell) is read as "123.45", not as its binary approximation.
 */
export function toFen(value: string | number, unit: MoneyUnit): number {
  const text = typeof value === 'number' ? numberToPlainString(value) : value.trim().replace(/,/g, '');
  const m = DECIMAL.exec(text);
  if (!m) throw new RangeError(`不是有效的金额：${String(value)}`);
  const sign = m[1] === '-' ? -1 : 1;
  const intPart = m[2] ?? '0';
  const frac = m[3] ?? '';
  const scaleDigits = unit === 'fen' ? 0 : unit === 'yuan' ? 2 : 6;
  if (frac.replace(/0+$/, '').length > scaleDigits) {
    throw new RangeError(`金额精度超出“分”：${String(value)}`);
  }
  const digits = intPart + frac.padEnd(scaleDigits, '0').slice(0, scaleDigits);
  const result = Number(digits.replace(/^0+(?=\d)/, ''));
  if (!Number.isSafeInteger(result)) throw new RangeError(`金额过大：${String(value)}`);
  return sign * result === 0 ? 0 : sign * result;
}

function numberToPlainString(n: number): string {
  if (!Number.isFinite(n)) throw new RangeError('金额不是有限数');
  const s = String(n);
  if (!/e/i.test(s)) return s;
  // Expand exponent notation without going through floating arithmetic.
  const [mantissa = '0', expText = '0'] = s.toLowerCase().split('e');
  const exp = Number(expText);
  const negative = mantissa.startsWith('-');
  const [i = '0', f = ''] = mantissa.replace('-', '').split('.');
  const digits = i + f;
  const point = i.length + exp;
  let out: string;
  if (point <= 0) out = '0.' + '0'.repeat(-point) + digits;
  else if (point >= digits.length) out = digits + '0'.repeat(point - digits.length);
  else out = digits.slice(0, point) + '.' + digits.slice(point);
  return (negative ? '-' : '') + out;
}

/** Format fen as 元 with two decimals, e.g. 123456 → "1,234.56". */
export function formatYuan(fen: number): string {
  const negative = fen < 0;
  const abs = Math.abs(fen);
  const yuan = Math.trunc(abs / 100);
  const cents = abs % 100;
  return `${negative ? '-' : ''}${yuan.toLocaleString('en-US')}.${String(cents).padStart(2, '0')}`;
}

/** Format fen as 万元 with up to 4 decimals (trailing zeros trimmed), e.g. 50_000_000 → "50". */
export function formatWanYuan(fen: number): string {
  const negative = fen < 0;
  const abs = Math.abs(fen);
  const whole = Math.trunc(abs / FEN_PER_WAN_YUAN);
  const rest = abs % FEN_PER_WAN_YUAN;
  const frac = String(rest).padStart(6, '0').slice(0, 4).replace(/0+$/, '');
  // No sign when the shown value is zero (e.g. -99 分 would otherwise read "-0").
  const sign = negative && (whole > 0 || frac !== '') ? '-' : '';
  return `${sign}${whole}${frac ? '.' + frac : ''}`;
}
