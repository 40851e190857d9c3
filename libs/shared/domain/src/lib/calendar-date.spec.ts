import { addDays, addYears, daysBetween, shanghaiDate, todayInShanghai } from './calendar-date';

describe('calendar dates', () => {
  it('should add days across month, year and leap-day boundaries when given a calendar date', () => {
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-12-15', 90)).toBe('2026-03-15');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
  });

  it('should turn 29 February into 28 February when adding years lands in a common year', () => {
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(addDays(addYears('2025-06-15', 3), -1)).toBe('2028-06-14');
  });

  it('should count whole days between two dates, negative when the second is earlier', () => {
    expect(daysBetween('2025-01-01', '2025-12-31')).toBe(364);
    expect(daysBetween('2025-03-10', '2025-03-01')).toBe(-9);
  });

  it('should read an instant as a Beijing date when it is past 16:00 UTC', () => {
    expect(shanghaiDate('2025-06-30T15:59:59Z')).toBe('2025-06-30');
    expect(shanghaiDate('2025-06-30T16:00:00Z')).toBe('2025-07-01');
    expect(todayInShanghai(new Date('2025-12-31T17:00:00Z'))).toBe('2026-01-01');
  });
});
