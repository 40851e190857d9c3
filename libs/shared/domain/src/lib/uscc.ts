/**
 * 统一社会信用代码 (Unified Social Credit Code), GB 32100-2015.
 *
 * 18 characters: registration authority (1), entity type (1), administrative division (6, GB/T 2260),
 * organisation code (9, GB 11714) and a check character computed over the first 17 characters, mod 31.
 */
export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
export const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const FORBIDDEN_LETTERS = ['I', 'O', 'S', 'V', 'Z'];

export type UsccErrorReason =
  | 'EMPTY'
  | 'WRONG_LENGTH'
  | 'FORBIDDEN_LETTER'
  | 'INVALID_CHARACTER'
  | 'DIVISION_NOT_DIGITS'
  | 'WRONG_CHECK_CHARACTER';

export interface UsccValid {
  readonly valid: true;
  readonly normalized: string;
  /** Positions 3–8: the registering authority's GB/T 2260 division code. */
  readonly divisionCode: string;
}

export interface UsccInvalid {
  readonly valid: false;
  readonly normalized: string;
  readonly reason: UsccErrorReason;
  /** Human-readable explanation in Chinese (user-facing). */
  readonly message: string;
  /** 1-based position of the offending character, when there is one. */
  readonly position?: number;
  readonly expectedCheckCharacter?: string;
}

export type UsccResult = UsccValid | UsccInvalid;

/** Full-width → half-width, drop whitespace and hyphens, upper-case. */
export function normalizeUscc(input: string): string {
  let out = '';
  for (const ch of input) {
    const code = ch.codePointAt(0) ?? 0;
    if (code === 0x3000) continue; // ideographic space
    if (code >= 0xff01 && code <= 0xff5e) {
      out += String.fromCodePoint(code - 0xfee0);
    } else {
      out += ch;
    }
  }
  return out.replace(/[\s\-‐‑–—]/g, '').toUpperCase();
}

export function computeUsccCheckCharacter(first17: string): string {
  // Without this, a short body silently counts its missing characters as '0' ("".indexOf('') === 0).
  if (first17.length !== 17) throw new Error(`USCC body must have 17 characters, got ${first17.length}`);
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = USCC_ALPHABET.indexOf(first17.charAt(i));
    if (value < 0) throw new Error(`invalid USCC character at position ${i + 1}`);
    sum += value * (USCC_WEIGHTS[i] ?? 0);
  }
  return USCC_ALPHABET.charAt((31 - (sum % 31)) % 31);
}

export function validateUscc(input: string | null | undefined): UsccResult {
  const normalized = normalizeUscc(input ?? '');
  if (normalized.length === 0) {
    return { valid: false, normalized, reason: 'EMPTY', message: '统一社会信用代码不能为空' };
  }
  if (normalized.length !== 18) {
    return {
      valid: false,
      normalized,
      reason: 'WRONG_LENGTH',
      message: `统一社会信用代码应为18位，当前为${normalized.length}位`,
    };
  }
  for (let i = 0; i < 18; i++) {
    const ch = normalized.charAt(i);
    if (FORBIDDEN_LETTERS.includes(ch)) {
      return {
        valid: false,
        normalized,
        reason: 'FORBIDDEN_LETTER',
        position: i + 1,
        message: `第${i + 1}位“${ch}”不可用：统一社会信用代码不使用字母 I、O、S、V、Z`,
      };
    }
    if (!USCC_ALPHABET.includes(ch)) {
      return {
        valid: false,
        normalized,
        reason: 'INVALID_CHARACTER',
        position: i + 1,
        message: `第${i + 1}位“${ch}”不是统一社会信用代码允许的字符（数字或除 I、O、S、V、Z 外的大写字母）`,
      };
    }
  }
  const division = normalized.slice(2, 8);
  if (!/^\d{6}$/.test(division)) {
    return {
      valid: false,
      normalized,
      reason: 'DIVISION_NOT_DIGITS',
      position: 3,
      message: '第3–8位应为6位数字的登记管理机关行政区划码',
    };
  }
  const expected = computeUsccCheckCharacter(normalized.slice(0, 17));
  const actual = normalized.charAt(17);
  if (expected !== actual) {
    return {
      valid: false,
      normalized,
      reason: 'WRONG_CHECK_CHARACTER',
      position: 18,
      expectedCheckCharacter: expected,
      message: `校验码错误：第18位应为“${expected}”，实际为“${actual}”，请核对代码是否录入有误`,
    };
  }
  return { valid: true, normalized, divisionCode: division };
}

export function isValidUscc(input: string | null | undefined): boolean {
  return validateUscc(input).valid;
}

/** Build a valid USCC from its first 17 characters (used by demo data and tests). */
export function completeUscc(first17: string): string {
  const body = normalizeUscc(first17);
  if (body.length !== 17) throw new Error('USCC body must have 17 characters');
  return body + computeUsccCheckCharacter(body);
}
