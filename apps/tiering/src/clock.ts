import { Inject, Injectable } from '@nestjs/common';
import { todayInShanghai } from '@ladder/policy';

import { TieringEnv } from './config/tiering.env';
import { TIERING_ENV } from './tiering.tokens';

/** Today's date for evaluations and validity (Asia/Shanghai), or the configured EVALUATION_DATE. */
@Injectable()
export class Clock {
  constructor(@Inject(TIERING_ENV) private readonly env: TieringEnv) {}

  today(): string {
    return this.env.EVALUATION_DATE ?? todayInShanghai();
  }
}

/** date + n days (ISO dates, UTC arithmetic on calendar days). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** date + n years (29 Feb → 28 Feb). */
export function addYears(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y + years, m - 1, d));
  if (target.getUTCMonth() !== m - 1) target.setUTCDate(0);
  return target.toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The Asia/Shanghai calendar date of an instant. */
export function shanghaiDate(iso: string): string {
  return new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(0, 10);
}
