/**
 * Display helpers. Dates are shown in Asia/Shanghai as `YYYY-MM-DD HH:mm` whatever the browser's zone;
 * money arrives as integer 分 and is shown in 万元 (`formatWanYuan` of @ladder/shared-domain).
 */
import { formatWanYuan, toFen } from '@ladder/shared-domain';

export const EMPTY_TEXT = '—';
export const TIME_ZONE = 'Asia/Shanghai';

const dateTimeFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

type DateInput = string | number | Date | null | undefined;

function toDate(value: DateInput): Date | null {
  if (value === null || value === undefined || value === '') return null;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

function parts(date: Date): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of dateTimeFormat.formatToParts(date)) out[p.type] = p.value;
  return out;
}

/** `2025-03-01T02:05:00Z` → `2025-03-01 10:05` (Beijing time). */
export function formatDateTime(value: DateInput, withSeconds = false): string {
  const date = toDate(value);
  if (!date) return EMPTY_TEXT;
  const p = parts(date);
  const time = `${p['hour']}:${p['minute']}${withSeconds ? `:${p['second']}` : ''}`;
  return `${p['year']}-${p['month']}-${p['day']} ${time}`;
}

/** A calendar date (`YYYY-MM-DD`) is shown as is; an instant is shown as its Beijing date. */
export function formatDate(value: DateInput): string {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const date = toDate(value);
  if (!date) return EMPTY_TEXT;
  const p = parts(date);
  return `${p['year']}-${p['month']}-${p['day']}`;
}

/** Today in Beijing as `YYYY-MM-DD`. */
export function todayInShanghai(now: Date = new Date()): string {
  return formatDate(now);
}

/** Integer 分 → 万元 text, `—` when absent. */
export function formatWan(fen: number | null | undefined): string {
  return fen === null || fen === undefined ? EMPTY_TEXT : formatWanYuan(fen);
}

/** Integer 分 → the exact 万元 text to put back in an input (up to 6 decimals, no grouping). */
export function fenToWanInput(fen: number): string {
  const negative = fen < 0;
  const abs = Math.abs(fen);
  const whole = Math.trunc(abs / 1_000_000);
  const frac = String(abs % 1_000_000)
    .padStart(6, '0')
    .replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${frac ? `.${frac}` : ''}`;
}

/** 万元 text → integer 分; throws RangeError (Chinese message) when not a number or finer than 1 分. */
export function wanInputToFen(text: string): number {
  return toFen(text, 'wan-yuan');
}

const PERCENT = /^(\d+)(?:\.(\d{1,2}))?$/;

/** `12.5` (%) → 1250 basis points; throws RangeError on more than two decimals or a non-number. */
export function percentToBp(text: string): number {
  const m = PERCENT.exec(text.trim());
  if (!m) throw new RangeError(`不是有效的百分比：${text}`);
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}

/** 1250 → `12.5` (the number to put back in a % input). */
export function bpToPercentInput(bp: number): string {
  const whole = Math.trunc(bp / 100);
  const frac = String(bp % 100)
    .padStart(2, '0')
    .replace(/0+$/, '');
  return `${whole}${frac ? `.${frac}` : ''}`;
}

/** 1250 → `12.5%`, `—` when absent. */
export function formatPercentBp(bp: number | null | undefined): string {
  return bp === null || bp === undefined ? EMPTY_TEXT : `${bpToPercentInput(bp)}%`;
}

/** Any value as display text: scalars as is, objects as JSON, nothing as an empty string. */
export function toText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  try {
    return JSON.stringify(value);
  } catch {
    return '';
  }
}

export function formatNumber(value: number | null | undefined): string {
  return value === null || value === undefined ? EMPTY_TEXT : value.toLocaleString('zh-CN');
}
