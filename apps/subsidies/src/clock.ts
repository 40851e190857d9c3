import { Inject, Injectable } from '@nestjs/common';
import { todayInShanghai } from '@ladder/policy';

import { SubsidiesEnv } from './config/subsidies.env';
import { SUBSIDIES_ENV } from './subsidies.tokens';

@Injectable()
export class Clock {
  constructor(@Inject(SUBSIDIES_ENV) private readonly env: SubsidiesEnv) {}

  today(): string {
    return this.env.SUBSIDIES_DATE ?? todayInShanghai();
  }
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
