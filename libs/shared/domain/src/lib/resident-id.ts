/**
 * 公民身份号码 (居民身份证号), GB 11643-1999.
 *
 * 18 characters: address code (6, GB/T 2260), date of birth (8, YYYYMMDD), sequence code (3; odd = male, even =
 * female) and a check character over the first 17 digits, ISO 7064:1983 MOD 11-2: weights W_i = 2^(18−i) mod 11,
 * check = (12 − Σ a_i·W_i mod 11) mod 11, written 0–9 or 'X' for 10. Browser-safe (no Node API).
 */
export const RESIDENT_ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;

export type ResidentIdErrorReason =
  'EMPTY' | 'WRONG_LENGTH' | 'INVALID_CHARACTER' | 'INVALID_BIRTH_DATE' | 'WRONG_CHECK_CHARACTER';

export interface ResidentIdValid {
  readonly valid: true;
  readonly normalized: string;
  /** Positions 1–6: the GB/T 2260 address code at issue. */
  readonly divisionCode: string;
  /** Positions 7–14 as YYYY-MM-DD. */
  readonly birthDate: string;
}

export interface ResidentIdInvalid {
  readonly valid: false;
  readonly normalized: string;
  readonly reason: ResidentIdErrorReason;
  /** Chinese, user-facing. Never contains the number itself (personal data). */
  readonly message: string;
  /** 1-based position of the offending character, when there is one. */
  readonly position?: number;
}

export type ResidentIdResult = ResidentIdValid | ResidentIdInvalid;

/** Full-width → half-width, drop whitespace, upper-case the 'x'. */
export function normalizeResidentId(input: string): string {
  let out = '';
  for (const ch of input) {
    const code = ch.codePointAt(0) ?? 0;
    if (code === 0x3000) continue;
    out += code >= 0xff01 && code <= 0xff5e ? String.fromCodePoint(code - 0xfee0) : ch;
  }
  return out.replace(/\s/g, '').toUpperCase();
}

/** The check character ('0'–'9' or 'X') of the first 17 digits. */
export function computeResidentIdCheckCharacter(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new Error('resident id body must be 17 digits');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17.charAt(i)) * (RESIDENT_ID_WEIGHTS[i] ?? 0);
  const check = (12 - (sum % 11)) % 11;
  return check === 10 ? 'X' : String(check);
}

function isRealDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * Validate an 18-character 居民身份证号. Checks length, characters (17 digits + digit or X), a real birth date not
 * before 1900-01-01 (and not after `today` when given, YYYY-MM-DD), and the check character. The 15-digit
 * first-generation numbers are not accepted.
 */
export function validateResidentId(input: string | null | undefined, today?: string): ResidentIdResult {
  const normalized = normalizeResidentId(input ?? '');
  const fail = (reason: ResidentIdErrorReason, message: string, position?: number): ResidentIdInvalid => ({
    valid: false,
    normalized,
    reason,
    message,
    ...(position !== undefined ? { position } : {}),
  });
  if (normalized.length === 0) return fail('EMPTY', '居民身份证号不能为空');
  if (normalized.length !== 18) {
    return fail('WRONG_LENGTH', `居民身份证号应为18位，当前为${normalized.length}位`);
  }
  for (let i = 0; i < 18; i++) {
    const ch = normalized.charAt(i);
    const ok = i < 17 ? /\d/.test(ch) : /[\dX]/.test(ch);
    if (!ok) {
      return fail(
        'INVALID_CHARACTER',
        i < 17 ? `第${i + 1}位应为数字` : '第18位（校验码）应为数字或字母X',
        i + 1,
      );
    }
  }
  const y = Number(normalized.slice(6, 10));
  const m = Number(normalized.slice(10, 12));
  const d = Number(normalized.slice(12, 14));
  const birthDate = `${normalized.slice(6, 10)}-${normalized.slice(10, 12)}-${normalized.slice(12, 14)}`;
  if (y < 1900 || !isRealDate(y, m, d) || (today !== undefined && birthDate > today)) {
    return fail('INVALID_BIRTH_DATE', '第7–14位出生日期无效（应为真实存在且不晚于今天的日期 YYYYMMDD）', 7);
  }
  const expected = computeResidentIdCheckCharacter(normalized.slice(0, 17));
  if (expected !== normalized.charAt(17)) {
    return fail('WRONG_CHECK_CHARACTER', '居民身份证号校验码错误，请核对号码是否录入有误', 18);
  }
  return { valid: true, normalized, divisionCode: normalized.slice(0, 6), birthDate };
}

export function isValidResidentId(input: string | null | undefined, today?: string): boolean {
  return validateResidentId(input, today).valid;
}

/** Show only the first 1 and last 1 characters: "1****************X" (lists and exports by default). */
export function maskResidentId(input: string): string {
  const n = normalizeResidentId(input);
  if (n.length <= 2) return '*'.repeat(n.length);
  return `${n.charAt(0)}${'*'.repeat(n.length - 2)}${n.charAt(n.length - 1)}`;
}
