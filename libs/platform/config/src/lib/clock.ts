import { todayInShanghai } from '@ladder/shared-domain';

/**
 * A service's "today": the Asia/Shanghai calendar date, or a fixed date from the service's configuration
 * (backdated batches, demos, tests — tiering's `EVALUATION_DATE`, subsidies' `SUBSIDIES_DATE`). Each service
 * provides one, e.g. `{ provide: Clock, useFactory: (env: TieringEnv) => new Clock(env.EVALUATION_DATE), inject: [TIERING_ENV] }`,
 * and its use cases ask it instead of reading the system time.
 */
export class Clock {
  constructor(private readonly fixedToday?: string) {}

  /** Today as `YYYY-MM-DD`. */
  today(): string {
    return this.fixedToday ?? todayInShanghai();
  }
}
