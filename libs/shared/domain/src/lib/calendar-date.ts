/**
 * Calendar dates as ISO `YYYY-MM-DD` strings (no time of day, no time zone): the arithmetic is done on UTC
 * midnight so that it never shifts a day. The plan's dates are Beijing dates: `todayInShanghai` and
 * `shanghaiDate` turn an instant into one (Asia/Shanghai is UTC+8 all year, no daylight saving).
 */

const DAY_MS = 86_400_000;
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

function utcMidnight(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** `date` + `days` calendar days (negative goes back). */
export function addDays(date: string, days: number): string {
  const d = utcMidnight(date);
  d.setUTCDate(d.getUTCDate() + days);
  return isoDay(d);
}

/** `date` + `years` years; 29 February becomes 28 February in a common year. */
export function addYears(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y + years, m - 1, d));
  if (target.getUTCMonth() !== m - 1) target.setUTCDate(0);
  return isoDay(target);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcMidnight(to).getTime() - utcMidnight(from).getTime()) / DAY_MS);
}

/** The Asia/Shanghai calendar date of an instant (an ISO timestamp or a Date). */
export function shanghaiDate(instant: string | Date): string {
  const ms = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  return isoDay(new Date(ms + SHANGHAI_OFFSET_MS));
}

/** Today's date in Asia/Shanghai. */
export function todayInShanghai(now: Date = new Date()): string {
  return shanghaiDate(now);
}
