import { addCalendarDays, daysBetween } from '../calendar/calendar-date';
import { provisionalNote } from '../calendar/working-calendar';
import type { WorkingCalendar } from '../calendar/working-calendar';
import type { ServiceDeskSlaVersion, SlaKind } from './servicedesk.rules';
import { SLA_KIND_ZH } from './servicedesk.rules';

// The SLA clocks of an appeal, as pure functions over the working-day calendar. A clock starts the day an appeal is
// routed to a department (that day not counted) and runs N working days; days spent waiting for the enterprise
// (pauses) push it back by the working days they covered. A clock met on or before its deadline day is on time.

/** A stretch of waiting for the enterprise: from `from` up to `to` (exclusive; null while still waiting). */
export interface ClockPause {
  readonly from: string;
  readonly to: string | null;
}

export interface SlaClockInput {
  readonly kind: SlaKind;
  /** The day the clock starts (routing, or re-routing on transfer / reopening). */
  readonly startedOn: string;
  readonly pauses: readonly ClockPause[];
  /** The day the step was done, or null. */
  readonly metOn: string | null;
  /** A committed date approved for a complex case (resolve only): replaces the computed deadline. */
  readonly committedDate?: string | null;
  /** Today, to tell whether the clock is overdue. */
  readonly today: string;
}

export type SlaClockState = 'running' | 'paused' | 'met-on-time' | 'met-late' | 'overdue';

export interface SlaClockResult {
  readonly kind: SlaKind;
  readonly kindZh: string;
  readonly startedOn: string;
  readonly workingDays: number;
  /** The working days paused (waiting for the enterprise) before the deadline. */
  readonly pausedWorkingDays: number;
  /** The deadline day (inclusive). Null while paused (it moves as long as the pause lasts). */
  readonly dueOn: string | null;
  /** The day a warning is due (the deadline minus the warning lead, at least the start day + 1). */
  readonly warnOn: string | null;
  readonly committed: boolean;
  readonly metOn: string | null;
  readonly state: SlaClockState;
  /** Working days after the deadline the step was done, or is still not done (0 when on time). */
  readonly workingDaysLate: number;
  /** Running clocks: working days left after today up to the deadline (0 = due today); otherwise null. */
  readonly workingDaysLeft: number | null;
  readonly provisional: boolean;
  readonly provisionalNote: string | null;
  readonly explanation: string;
}

/** Working days in (from, to]: the days after `from` up to and including `to`. */
export function workingDaysBetween(calendar: WorkingCalendar, from: string, to: string, provisionalYears?: Set<number>): number {
  let n = 0;
  for (let d = addCalendarDays(from, 1); d <= to; d = addCalendarDays(d, 1)) {
    const day = calendar.day(d);
    if (day.provisional) provisionalYears?.add(provisionalYearOf(calendar, d));
    if (day.working) n++;
  }
  return n;
}

function provisionalYearOf(calendar: WorkingCalendar, date: string): number {
  const year = Number(date.slice(0, 4));
  return calendar.loadedYears.includes(year) ? year + 1 : year;
}

/** Working days of [from, to) that lie in a pause. */
function pausedWorkingDaysIn(calendar: WorkingCalendar, pauses: readonly ClockPause[], until: string, years: Set<number>): number {
  let n = 0;
  for (const p of pauses) {
    const end = p.to ?? addCalendarDays(until, 1);
    for (let d = p.from; d < end && d <= until; d = addCalendarDays(d, 1)) {
      const day = calendar.day(d);
      if (day.provisional) years.add(provisionalYearOf(calendar, d));
      if (day.working) n++;
    }
  }
  return n;
}

/**
 * One clock: its deadline after pauses, whether it was met in time, or how late it is. The deadline is the
 * N-th working day after the start plus one working day for each working day spent waiting for the enterprise
 * before it; a committed date, when approved, replaces the computed resolve deadline.
 */
export function computeSlaClock(input: SlaClockInput, sla: ServiceDeskSlaVersion, calendar: WorkingCalendar): SlaClockResult {
  const n = sla.workingDays[input.kind];
  const years = new Set<number>();
  const openPause = input.pauses.some((p) => p.to === null) && input.metOn === null;
  // Grow the deadline by the working days paused before it, until it no longer moves.
  let paused = 0;
  let due = calendar.workingDayDeadline(input.startedOn, n);
  for (let i = 0; i < 50; i++) {
    const next = pausedWorkingDaysIn(calendar, input.pauses.filter((p) => p.from >= input.startedOn), due.end, years);
    if (next === paused) break;
    paused = next;
    due = calendar.workingDayDeadline(input.startedOn, n + paused);
  }
  for (const y of due.provisionalYears) years.add(y);
  const committed = input.kind === 'resolve' && !!input.committedDate;
  const dueOn = committed ? input.committedDate : due.end;
  const lead = sla.warnWorkingDaysBefore;
  const warnOn = lead === 0 ? dueOn : earlierWorkingDay(calendar, dueOn, lead, input.startedOn);
  const checkDay = input.metOn ?? input.today;
  let state: SlaClockState;
  let late = 0;
  if (input.metOn !== null) {
    late = input.metOn > dueOn ? workingDaysBetween(calendar, dueOn, input.metOn, years) : 0;
    state = input.metOn > dueOn ? 'met-late' : 'met-on-time';
  } else if (openPause) {
    state = 'paused';
  } else if (input.today > dueOn) {
    late = workingDaysBetween(calendar, dueOn, checkDay, years);
    state = 'overdue';
  } else {
    state = 'running';
  }
  const sorted = [...years].sort((a, b) => a - b);
  const note = sorted.length > 0 ? provisionalNote(sorted) : null;
  const parts = [
    `${SLA_KIND_ZH[input.kind]}时限：自${input.startedOn}次日起${n}个工作日`,
    paused > 0 ? `等待企业补充材料暂停${paused}个工作日` : '',
    committed ? `经批准的承诺办结日${dueOn}` : `至${dueOn}止`,
    state === 'met-late' ? `${input.metOn}办理，超期${late}个工作日` : '',
    state === 'met-on-time' ? `${input.metOn}按时办理` : '',
    state === 'overdue' ? `已超期${late}个工作日` : '',
    state === 'paused' ? '等待企业中，时限暂停' : '',
    note ? `暂定：${note}` : '',
  ].filter((p) => p !== '');
  return {
    kind: input.kind,
    kindZh: SLA_KIND_ZH[input.kind],
    startedOn: input.startedOn,
    workingDays: n,
    pausedWorkingDays: paused,
    dueOn: openPause ? null : dueOn,
    warnOn: openPause ? null : warnOn,
    committed,
    metOn: input.metOn,
    state,
    workingDaysLate: late,
    workingDaysLeft: state === 'running' ? workingDaysBetween(calendar, input.today, dueOn, years) : null,
    provisional: sorted.length > 0,
    provisionalNote: note,
    explanation: `${parts.join('；')}。`,
  };
}

/** The working day `lead` working days before `date`, but not before the day after `floor`. */
function earlierWorkingDay(calendar: WorkingCalendar, date: string, lead: number, floor: string): string {
  let d = date;
  let left = lead;
  while (left > 0 && daysBetween(floor, d) > 1) {
    d = addCalendarDays(d, -1);
    if (calendar.day(d).working) left--;
  }
  return d;
}
