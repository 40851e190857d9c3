/**
 * Makes anything a client sent safe to store in the audit trail, whatever it is: control characters become
 * visible escapes (`\u0000`), broken UTF-16 becomes U+FFFD, text is cut to the column's length (never inside a
 * surrogate pair), JSON is bounded in depth, width and size. PostgreSQL refuses NUL in text and lone
 * surrogates in JSON; a column length is a hard limit there — so the writer never sees such input.
 */

// Personal data (talent: 居民身份证号, phone numbers) never reaches the audit trail either.
const SECRET_KEYS = /password|secret|token|authorization|residentid|phone/i;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const MAX_DEPTH = 5;
const MAX_ITEMS = 50;
const MAX_STRING = 500;
export const MAX_JSON_CHARS = 4_000;

/** Text safe for a column of `max` characters. */
export function cleanText(value: unknown, max: number): string {
  const text = textOf(value);
  const visible = text
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (visible.length <= max) return visible;
  let cut = visible.slice(0, Math.max(max - 1, 0));
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}…`;
}

function textOf(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return value;
    case 'number':
    case 'boolean':
    case 'bigint':
      return String(value);
    case 'object':
      return value === null ? '' : safeStringify(value);
    case 'undefined':
      return '';
    default:
      return `<${typeof value}>`;
  }
}

function safeStringify(value: object): string {
  try {
    return JSON.stringify(value) ?? '';
  } catch {
    return Object.prototype.toString.call(value);
  }
}

export function cleanOptionalText(value: unknown, max: number): string | null {
  return value === undefined || value === null || value === '' ? null : cleanText(value, max);
}

/** A JSON-safe copy: secrets masked, strings cleaned, depth and width bounded, odd values described. */
export function cleanJson(value: unknown, depth = 0): unknown {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return cleanText(value, MAX_STRING);
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'boolean') return value;
  if (typeof value === 'bigint') return value.toString();
  if (Buffer.isBuffer(value)) return `<${value.length} bytes>`;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (typeof value !== 'object') return `<${typeof value}>`;
  if (depth >= MAX_DEPTH) return '…';
  if (Array.isArray(value)) {
    const items = value.slice(0, MAX_ITEMS).map((v) => cleanJson(v, depth + 1));
    return value.length > MAX_ITEMS ? [...items, `…（共${value.length}项）`] : items;
  }
  const entries = Object.entries(value as Record<string, unknown>);
  const out: Record<string, unknown> = {};
  for (const [key, v] of entries.slice(0, MAX_ITEMS)) {
    const k = cleanText(key, 100);
    out[k] = SECRET_KEYS.test(key) ? '******' : cleanJson(v, depth + 1);
  }
  if (entries.length > MAX_ITEMS) out['…'] = `共${entries.length}项`;
  return out;
}

/** `cleanJson`, then cut to `MAX_JSON_CHARS` of JSON text (kept as a string under `truncated`). */
export function boundedJson(value: unknown): unknown {
  const clean = cleanJson(value);
  if (clean === null) return null;
  const text = JSON.stringify(clean);
  return text.length > MAX_JSON_CHARS ? { truncated: cleanText(text, MAX_JSON_CHARS) } : clean;
}
