import { CalendarNotLoadedError } from '../calendar/calendar.exception';
import { HOLIDAY_ARRANGEMENTS, HOLIDAY_MEASURES } from '../calendar/holiday-arrangements.rules';
import { DEFAULT_WORKING_CALENDAR, PROVISIONAL_WORKING_CALENDAR, WorkingCalendar } from '../calendar/working-calendar';
import { SERVICEDESK_SLA_VERSIONS, slaVersionOn } from './servicedesk.rules';
import { computeSlaClock } from './sla-clock';
import type { SlaClockInput } from './sla-clock';

const sla = slaVersionOn('2026-01-01');
const clock = (input: Partial<SlaClockInput> & Pick<SlaClockInput, 'kind' | 'startedOn'>, calendar = PROVISIONAL_WORKING_CALENDAR) =>
  computeSlaClock({ pauses: [], metOn: null, today: input.startedOn, ...input }, sla, calendar);

describe('servicedesk SLA clocks', () => {
  it('should use 1/2/5 working days pending confirmation when no other version is dated', () => {
    // Act / Assert
    expect(sla.workingDays).toEqual({ acknowledge: 1, answer: 2, resolve: 5 });
    expect(SERVICEDESK_SLA_VERSIONS[0]?.source.confidence).toBe('unconfirmed');
  });

  it('should skip the National Day week and count the 调休 Saturday when routed the day before it', () => {
    // Act
    const ack = clock({ kind: 'acknowledge', startedOn: '2026-09-30' });
    const answer = clock({ kind: 'answer', startedOn: '2026-09-30' });
    const resolve = clock({ kind: 'resolve', startedOn: '2026-09-30' });
    // Assert: 10-01…10-07 off; 10-10 (Saturday) is a 调休 working day
    expect(ack.dueOn).toBe('2026-10-08');
    expect(answer.dueOn).toBe('2026-10-09');
    expect(resolve.dueOn).toBe('2026-10-13');
    expect(resolve.provisional).toBe(false);
  });

  it('should count the working days left to a running deadline across a holiday', () => {
    // Act: routed 2026-09-30, resolve due 10-13; on 10-09 only 10-10 (调休 Saturday), 10-12 and 10-13 are left
    const running = clock({ kind: 'resolve', startedOn: '2026-09-30', today: '2026-10-09' });
    const dueToday = clock({ kind: 'resolve', startedOn: '2026-09-30', today: '2026-10-13' });
    const met = clock({ kind: 'resolve', startedOn: '2026-09-30', metOn: '2026-10-09' });
    // Assert
    expect(running.workingDaysLeft).toBe(3);
    expect(dueToday.workingDaysLeft).toBe(0);
    expect(met.workingDaysLeft).toBeNull();
  });

  it('should show an acknowledgement late on the right day when the deadline is a 调休 working Saturday', () => {
    // Act: routed Friday 2026-02-13; Saturday 02-14 is a working day; 02-15…02-23 is the Spring Festival
    const onTime = clock({ kind: 'acknowledge', startedOn: '2026-02-13', metOn: '2026-02-14' });
    const late = clock({ kind: 'acknowledge', startedOn: '2026-02-13', metOn: '2026-02-24' });
    const open = clock({ kind: 'acknowledge', startedOn: '2026-02-13', today: '2026-02-20' });
    // Assert
    expect(onTime.dueOn).toBe('2026-02-14');
    expect(onTime.state).toBe('met-on-time');
    expect(late.state).toBe('met-late');
    expect(late.workingDaysLate).toBe(1);
    expect(open.state).toBe('overdue');
    expect(open.workingDaysLate).toBe(0);
  });

  it('should push the deadline back by the working days spent waiting for the enterprise', () => {
    // Act: routed Monday 2026-03-02; waiting Wednesday and Thursday (resumed Friday 03-06)
    const plain = clock({ kind: 'resolve', startedOn: '2026-03-02' });
    const paused = clock({ kind: 'resolve', startedOn: '2026-03-02', pauses: [{ from: '2026-03-04', to: '2026-03-06' }] });
    const waiting = clock({ kind: 'resolve', startedOn: '2026-03-02', pauses: [{ from: '2026-03-04', to: null }], today: '2026-03-20' });
    // Assert
    expect(plain.dueOn).toBe('2026-03-09');
    expect(paused.dueOn).toBe('2026-03-11');
    expect(paused.pausedWorkingDays).toBe(2);
    expect(waiting.state).toBe('paused');
    expect(waiting.dueOn).toBeNull();
  });

  it('should not count a pause over a holiday twice when the enterprise was asked before the Labour Day break', () => {
    // Act: routed 2026-04-29 (Wed); waiting 04-30 … 05-06 (05-01…05-05 off): paused working days = 04-30 only
    const c = clock({ kind: 'resolve', startedOn: '2026-04-29', pauses: [{ from: '2026-04-30', to: '2026-05-06' }] });
    // Assert: 5 + 1 working days after 04-29 → 04-30, 05-06, 05-07, 05-08, 05-09 (调休 Saturday), 05-11
    expect(c.pausedWorkingDays).toBe(1);
    expect(c.dueOn).toBe('2026-05-11');
  });

  it('should let an approved committed date replace the resolve deadline', () => {
    // Act
    const c = clock({ kind: 'resolve', startedOn: '2026-03-02', committedDate: '2026-03-31', today: '2026-03-20' });
    // Assert
    expect(c.committed).toBe(true);
    expect(c.dueOn).toBe('2026-03-31');
    expect(c.state).toBe('running');
  });

  it('should count 2027 Monday–Friday and mark the clock provisional when the 2027 notice is not loaded', () => {
    // Act: routed Wednesday 2026-12-30
    const c = clock({ kind: 'resolve', startedOn: '2026-12-30' });
    // Assert: 12-31, 01-01 (provisionally a working day), 01-04, 01-05, 01-06
    expect(c.dueOn).toBe('2027-01-06');
    expect(c.provisional).toBe(true);
    expect(c.provisionalNote).toBe('2027年节假日安排尚未载入，按周一至周五计算，待国务院办公厅通知载入后重算');
    expect(c.explanation).toContain('暂定');
  });

  it('should refuse the same clock with POLICY_CALENDAR_YEAR_NOT_LOADED when the calendar is strict', () => {
    // Act / Assert
    expect(() => clock({ kind: 'resolve', startedOn: '2026-12-30' }, DEFAULT_WORKING_CALENDAR)).toThrow(CalendarNotLoadedError);
  });

  it('should not be provisional when every day counted lies before the last days of December', () => {
    // Act
    const c = clock({ kind: 'resolve', startedOn: '2026-12-14' });
    // Assert
    expect(c.dueOn).toBe('2026-12-21');
    expect(c.provisional).toBe(false);
  });

  it('should give the real deadline on the next computation when the missing notice is loaded', () => {
    // Arrange: the library as it was before the 2026 notice (2022–2025), provisional; then with 2026 loaded
    const before = new WorkingCalendar(HOLIDAY_ARRANGEMENTS.filter((a) => a.year <= 2025), HOLIDAY_MEASURES, { provisional: true });
    const input = { kind: 'resolve', startedOn: '2025-12-30', pauses: [], metOn: null, today: '2025-12-30' } as const;
    // Act
    const provisional = computeSlaClock(input, sla, before);
    const loaded = computeSlaClock(input, sla, PROVISIONAL_WORKING_CALENDAR);
    // Assert: 01-01…01-03 元旦 off and Sunday 01-04 a 调休 working day move the deadline from 01-06 to 01-07
    expect(provisional).toMatchObject({ dueOn: '2026-01-06', provisional: true });
    expect(loaded).toMatchObject({ dueOn: '2026-01-07', provisional: false, provisionalNote: null });
  });
});
