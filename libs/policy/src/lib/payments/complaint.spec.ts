import { PROVISIONAL_WORKING_CALENDAR } from '../calendar/working-calendar';
import { complaintReviewDeadline, complaintReviewVersionOn } from './complaint.rules';

describe('complaint review deadline (工信部企业〔2021〕224号)', () => {
  it('should end on 2024-10-16 when received 2024-09-27 (the 调休 Sunday 9-29 and Saturday 10-12 counted)', () => {
    const d = complaintReviewDeadline('2024-09-27');
    expect(d.end).toBe('2024-10-16');
    expect(d.adjustedWorkdaysCounted).toEqual(['2024-09-29', '2024-10-12']);
    expect(d.rule.source.docNo).toBe('工信部企业〔2021〕224号');
  });

  it('should refuse a receipt day before the rule when none is in force', () => {
    expect(() => complaintReviewVersionOn('2021-01-01')).toThrow(RangeError);
  });

  it('should count a year without its notice Monday to Friday when the calendar is provisional', () => {
    expect(complaintReviewDeadline('2030-03-01', PROVISIONAL_WORKING_CALENDAR).provisional).toBe(true);
  });
});
