import { CALENDAR_ERROR_CODES, CalendarArrangementError, CalendarNotLoadedError } from './calendar.exception';
import type { HolidayArrangement } from './holiday-arrangements.rules';
import { HOLIDAY_ARRANGEMENTS, HOLIDAY_MEASURES } from './holiday-arrangements.rules';
import {
  WorkingCalendar,
  addWorkingDays,
  calendarDay,
  isWorkingDay,
  statutoryPeriodEnd,
  validateHolidayArrangements,
} from './working-calendar';

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

describe('working-day calendar', () => {
  it('should validate the bundled notices without a problem when loaded', () => {
    // Act / Assert
    expect(validateHolidayArrangements(HOLIDAY_ARRANGEMENTS)).toEqual([]);
    expect(new WorkingCalendar().loadedYears).toEqual([2022, 2023, 2024, 2025, 2026]);
  });

  it('should give 11 statutory days a year until 2024 and 13 from 2025 when the 放假办法 changed', () => {
    // Arrange
    const total = (year: number): number =>
      (HOLIDAY_ARRANGEMENTS.find((a) => a.year === year)?.blocks ?? []).reduce(
        (sum, b) => sum + b.statutoryDays.length,
        0,
      );
    // Act / Assert
    expect([2022, 2023, 2024].map(total)).toEqual([11, 11, 11]);
    expect([2025, 2026].map(total)).toEqual([13, 13]);
    expect(HOLIDAY_MEASURES.map((m) => m.source.docNo)).toEqual(['国务院令第644号', '国务院令第795号']);
  });

  it('should count the 调休 Sunday 9-29 and Saturday 10-12 when a complaint received 2024-09-27 gets 10 working days', () => {
    // Act
    const deadline = new WorkingCalendar().workingDayDeadline('2024-09-27', 10);
    // Assert
    expect(deadline.end).toBe('2024-10-16');
    expect(deadline.counted).toEqual([
      '2024-09-29',
      '2024-09-30',
      '2024-10-08',
      '2024-10-09',
      '2024-10-10',
      '2024-10-11',
      '2024-10-12',
      '2024-10-14',
      '2024-10-15',
      '2024-10-16',
    ]);
    expect(deadline.adjustedWorkdaysCounted).toEqual(['2024-09-29', '2024-10-12']);
    expect(deadline.sources).toContain('国办发明电〔2023〕7号');
    expect(addWorkingDays('2024-09-27', 10)).toBe('2024-10-16');
  });

  it('should end a 30-day period on 2024-10-08 when its 30th day (10-01) falls in 国庆', () => {
    // Act
    const period = statutoryPeriodEnd('2024-09-01', 30);
    // Assert
    expect(period.nominalEnd).toBe('2024-10-01');
    expect(period.end).toBe('2024-10-08');
    expect(period.extended).toBe(true);
    expect(period.skipped.map((d) => d.date)).toEqual([
      '2024-10-01',
      '2024-10-02',
      '2024-10-03',
      '2024-10-04',
      '2024-10-05',
      '2024-10-06',
      '2024-10-07',
    ]);
    expect(period.explanation).toContain('第二百零三条');
  });

  it.each([
    // [start, days, end, why]
    ['2024-08-01', 30, '2024-09-02', 'last day Saturday 08-31: the following Monday'],
    ['2024-08-30', 30, '2024-09-29', 'last day the 调休 working Sunday 09-29: not moved'],
    [
      '2023-08-30',
      30,
      '2023-10-07',
      'last day 09-29 (中秋): the block ends 10-06, 10-07 is a 调休 working Saturday',
    ],
    ['2024-12-02', 30, '2025-01-02', 'last day 2025-01-01 (元旦, 1 day, no 调休)'],
    ['2025-01-01', 27, '2025-02-05', 'last day 01-28 (除夕, a statutory holiday from 2025)'],
    ['2025-01-01', 7, '2025-01-08', 'an ordinary Wednesday'],
    ['2026-01-17', 30, '2026-02-24', 'last day 02-16 (除夕) in the 9-day 春节 block ending 02-23'],
    ['2026-01-14', 30, '2026-02-13', 'last day a Friday before 春节: not moved'],
  ])('should end a period from %s of %i days on %s (%s)', (start, days, end) => {
    // Act / Assert
    expect(statutoryPeriodEnd(start, days).end).toBe(end);
  });

  it('should read 春节 2024 as 2-10…2-17 off, 2-4 and 2-18 worked and 除夕 2-9 a working day', () => {
    // Act / Assert
    expect(isWorkingDay('2024-02-09')).toBe(true);
    expect(calendarDay('2024-02-10').kind).toBe('statutory-holiday');
    expect(calendarDay('2024-02-13').kind).toBe('rest-day');
    expect(calendarDay('2024-02-04')).toMatchObject({
      working: true,
      adjustedWorkday: true,
      weekday: '周日',
    });
    expect(addWorkingDays('2024-02-09', 1)).toBe('2024-02-18');
    expect(addWorkingDays('2024-02-08', 2)).toBe('2024-02-18');
  });

  it('should make 除夕 a statutory holiday from 2025 when the 2024 revision of the 放假办法 applies', () => {
    // Act / Assert
    expect(calendarDay('2025-01-28')).toMatchObject({ kind: 'statutory-holiday', holiday: '春节' });
    expect(calendarDay('2025-05-02').kind).toBe('statutory-holiday');
    expect(calendarDay('2024-05-02').kind).toBe('rest-day');
    expect(calendarDay('2025-02-03').kind).toBe('rest-day');
    expect(isWorkingDay('2025-01-26')).toBe(true);
    expect(isWorkingDay('2025-02-08')).toBe(true);
    expect(calendarDay('2025-10-06')).toMatchObject({ kind: 'statutory-holiday', holiday: '国庆节、中秋节' });
    expect(calendarDay('2025-10-08').kind).toBe('rest-day');
  });

  it('should read the 2026 notice: 春节 9 days from 腊月二十八, 元旦 with the working Sunday 1-4', () => {
    // Act / Assert
    expect(calendarDay('2026-02-15')).toMatchObject({ kind: 'rest-day', docNo: '国办发明电〔2025〕7号' });
    expect(calendarDay('2026-02-16').kind).toBe('statutory-holiday');
    expect(calendarDay('2026-02-23').kind).toBe('rest-day');
    expect(isWorkingDay('2026-01-04')).toBe(true);
    expect(isWorkingDay('2026-02-14')).toBe(true);
    expect(isWorkingDay('2026-02-28')).toBe(true);
    expect(addWorkingDays('2026-02-13', 1)).toBe('2026-02-14');
    expect(addWorkingDays('2026-02-14', 1)).toBe('2026-02-24');
  });

  it('should take the last day of 2022 from the 2023 notice when 元旦 reaches back into December', () => {
    // Act
    const day = calendarDay('2022-12-31');
    // Assert
    expect(day).toMatchObject({ kind: 'rest-day', holiday: '元旦', docNo: '国办发明电〔2022〕16号' });
  });

  it.each([
    ['2021-12-31', 2021],
    ['2027-01-04', 2027],
    ['2026-12-28', 2027],
  ])('should refuse %s with “工作日历未加载 %i 年” when that notice is not loaded', (date, year) => {
    // Act
    const error = thrown(() => isWorkingDay(date));
    // Assert
    expect(error).toBeInstanceOf(CalendarNotLoadedError);
    expect((error as CalendarNotLoadedError).code).toBe(CALENDAR_ERROR_CODES.YEAR_NOT_LOADED);
    expect((error as CalendarNotLoadedError).year).toBe(year);
    expect((error as Error).message).toContain(`工作日历未加载 ${year} 年`);
  });

  it('should refuse a count that runs past the loaded years rather than guess weekdays', () => {
    // Act / Assert
    expect(() => addWorkingDays('2026-12-10', 20)).toThrow(CalendarNotLoadedError);
    expect(addWorkingDays('2026-12-10', 5)).toBe('2026-12-17');
  });

  it('should report every problem when an arrangement contradicts itself or another', () => {
    // Arrange
    const base = HOLIDAY_ARRANGEMENTS.find((a) => a.year === 2024)!;
    const broken: HolidayArrangement = {
      ...base,
      blocks: base.blocks.map((b) => (b.item === '二、春节' ? { ...b, statedDays: 7 } : b)),
      adjustedWorkdays: [...base.adjustedWorkdays, { date: '2024-10-02', festival: 'national-day' }],
    };
    // Act
    const problems = validateHolidayArrangements([broken, broken]);
    // Assert
    expect(problems).toEqual(
      expect.arrayContaining([
        '2024年安排重复',
        '2024年安排“二、春节”通知写“共7天”，起止日期却有8天',
        '2024年安排调休上班日2024-10-02不是周六或周日',
      ]),
    );
    expect(() => new WorkingCalendar([broken])).toThrow(CalendarArrangementError);
  });

  it('should refuse an invalid date or count when asked', () => {
    // Act / Assert
    expect(() => isWorkingDay('2024-02-30')).toThrow(RangeError);
    expect(() => addWorkingDays('2024-01-01', 0)).toThrow('工作日数');
    expect(() => statutoryPeriodEnd('2024-01-01', -1)).toThrow('期间天数');
  });
});

describe('provisional working-day calendar', () => {
  it('should count a year without its notice Monday–Friday and say so when built provisional', () => {
    // Arrange
    const calendar = new WorkingCalendar(HOLIDAY_ARRANGEMENTS, HOLIDAY_MEASURES, { provisional: true });
    // Act
    const d = calendar.workingDayDeadline('2026-12-30', 3);
    const p = calendar.statutoryPeriodEnd('2027-01-01', 1);
    // Assert
    expect(d.end).toBe('2027-01-04');
    expect(d.provisional).toBe(true);
    expect(d.provisionalYears).toEqual([2027]);
    expect(d.provisionalNote).toBe('2027年节假日安排尚未载入，按周一至周五计算，待国务院办公厅通知载入后重算');
    expect(calendar.day('2027-01-01')).toMatchObject({ working: true, provisional: true });
    expect(p.provisional).toBe(true);
    expect(new WorkingCalendar().workingDayDeadline('2026-03-02', 2).provisional).toBe(false);
  });

  it('should still refuse a year without its notice when the calendar is the default (money paths)', () => {
    // Act / Assert
    expect(() => addWorkingDays('2026-12-30', 3)).toThrow(CalendarNotLoadedError);
  });
});
