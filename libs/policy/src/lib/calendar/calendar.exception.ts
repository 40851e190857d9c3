/**
 * Errors of the working-day calendar. Policy-local codes (libs/contracts has no policy error codes yet): the
 * services that use the calendar map them to their own error codes.
 */
export const CALENDAR_ERROR_CODES = {
  /** A date of a year whose State Council holiday notice is not loaded (never guessed from weekdays). */
  YEAR_NOT_LOADED: 'POLICY_CALENDAR_YEAR_NOT_LOADED',
  /** A holiday arrangement that contradicts itself or another (overlap, a working weekend inside a block…). */
  INVALID_ARRANGEMENT: 'POLICY_CALENDAR_INVALID_ARRANGEMENT',
} as const;
export type CalendarErrorCode = (typeof CALENDAR_ERROR_CODES)[keyof typeof CALENDAR_ERROR_CODES];

/** "工作日历未加载 X 年": a RangeError, so the policy command maps it to exit code 2. */
export class CalendarNotLoadedError extends RangeError {
  readonly code: CalendarErrorCode = CALENDAR_ERROR_CODES.YEAR_NOT_LOADED;

  constructor(
    /** The year whose notice is missing. */
    readonly year: number,
    /** The date that needed it. */
    readonly date: string,
    /** The years that are loaded. */
    readonly loadedYears: readonly number[],
  ) {
    const loaded =
      loadedYears.length > 0 ? `${loadedYears[0]}—${loadedYears[loadedYears.length - 1]}年` : '无';
    const reach =
      Number(date.slice(0, 4)) === year
        ? ''
        : `（${date}在${year}年元旦放假调休安排可能涉及的${year - 1}年12月下旬）`;
    super(
      `工作日历未加载 ${year} 年${reach}：已载入${loaded}的国务院办公厅节假日安排；${year}年的安排须在国务院办公厅公布后补录，不按星期推算。`,
    );
    this.name = 'CalendarNotLoadedError';
  }
}

export class CalendarArrangementError extends RangeError {
  readonly code: CalendarErrorCode = CALENDAR_ERROR_CODES.INVALID_ARRANGEMENT;

  constructor(readonly problems: readonly string[]) {
    super(`节假日安排数据无效：${problems.join('；')}`);
    this.name = 'CalendarArrangementError';
  }
}
