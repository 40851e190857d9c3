import { isIsoDate } from '../common/source';

// Calendar arithmetic on ISO dates (YYYY-MM-DD, Asia/Shanghai calendar days). A day is handled as a whole number
// of days since 1970-01-01, so no time zone or daylight saving time can shift it.

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of an ISO date; a RangeError for anything that is not a real YYYY-MM-DD date. */
export function dayNumber(date: string): number {
  if (!isIsoDate(date)) throw new RangeError(`日期“${date}”无效：应为 YYYY-MM-DD（须为真实存在的日期）`);
  return Date.parse(`${date}T00:00:00Z`) / MS_PER_DAY;
}

export function fromDayNumber(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** `date` plus `days` calendar days (negative goes back). */
export function addCalendarDays(date: string, days: number): string {
  return fromDayNumber(dayNumber(date) + days);
}

/** Calendar days from `from` to `to` (`to − from`; 0 for the same day, negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: string): number {
  return new Date(dayNumber(date) * MS_PER_DAY).getUTCDay();
}

export function isWeekend(date: string): boolean {
  const d = weekdayOf(date);
  return d === 0 || d === 6;
}

const WEEKDAY_ZH = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'] as const;

export function weekdayZh(date: string): string {
  return WEEKDAY_ZH[weekdayOf(date)] ?? '';
}

/** Every date from `from` to `to`, both included. */
export function datesFromTo(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = dayNumber(from), end = dayNumber(to); d <= end; d++) out.push(fromDayNumber(d));
  return out;
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}
