import { Inject, Injectable } from '@nestjs/common';
import type { SlaClockDto, SlaClockKind } from '@ladder/contracts';
import { DomainException } from '@ladder/platform-messaging';
import {
  CalendarNotLoadedError,
  DEFAULT_WORKING_CALENDAR,
  PROVISIONAL_WORKING_CALENDAR,
  SLA_KINDS,
  computeSlaClock,
  slaVersionOn,
  workingDaysBetween,
} from '@ladder/policy';
import type { WorkingCalendar } from '@ladder/policy';

import type { Appeal } from '../appeals/appeal.entity';
import { ServicedeskEnv } from '../config/servicedesk.env';
import { SERVICEDESK_ENV } from '../servicedesk.tokens';

/**
 * The clocks of an appeal's current cycle, computed on every read from the appeal's dates and the working-day
 * calendar (nothing about a deadline is stored): when the notice of a year that was counted provisionally is
 * loaded (a new release of libs/policy), every clock is right on the next read, and the next SLA scan warns or
 * escalates by the corrected deadline.
 */
@Injectable()
export class AppealClocks {
  readonly calendar: WorkingCalendar;

  constructor(@Inject(SERVICEDESK_ENV) env: ServicedeskEnv) {
    this.calendar = env.WORKING_CALENDAR_PROVISIONAL ? PROVISIONAL_WORKING_CALENDAR : DEFAULT_WORKING_CALENDAR;
  }

  /** The met day of a clock in the current cycle. */
  private metOn(a: Appeal, kind: SlaClockKind): string | null {
    return kind === 'acknowledge' ? a.acknowledgedOn : kind === 'answer' ? a.answeredOn : a.resolvedOn;
  }

  clocks(a: Appeal, today: string): SlaClockDto[] {
    if (!a.cycleStartedOn) return [];
    const startedOn = a.cycleStartedOn;
    const sla = slaVersionOn(startedOn);
    const committed = a.commitment?.status === 'approved' ? a.commitment.committedDate : null;
    return this.guard(() =>
      SLA_KINDS.map((kind) => ({
        ...computeSlaClock({ kind, startedOn, pauses: a.pauses, metOn: this.metOn(a, kind), committedDate: committed, today }, sla, this.calendar),
      })),
    );
  }

  /** Working days from `from` to `to` (the first day not counted) and whether they were counted provisionally. */
  workingDays(from: string, to: string): { days: number; provisional: boolean } {
    const years = new Set<number>();
    const days = this.guard(() => workingDaysBetween(this.calendar, from, to, years));
    return { days, provisional: years.size > 0 };
  }

  /** Calendar refusals become the service's error code. */
  guard<T>(work: () => T): T {
    try {
      return work();
    } catch (error) {
      if (error instanceof CalendarNotLoadedError) throw new DomainException('SERVICEDESK_CALENDAR_NOT_LOADED', error.message);
      throw error;
    }
  }
}
