import { addCalendarDays, datesFromTo, daysBetween, isWeekend, weekdayZh, yearOf } from './calendar-date';
import { CalendarArrangementError, CalendarNotLoadedError } from './calendar.exception';
import type { Festival, HolidayArrangement, HolidayMeasure } from './holiday-arrangements.rules';
import {
  CIVIL_CODE_PERIOD,
  FESTIVALS,
  FESTIVAL_ZH,
  HOLIDAY_ARRANGEMENTS,
  HOLIDAY_MEASURES,
  NEXT_NOTICE_REACHES_FROM,
} from './holiday-arrangements.rules';
import { isIsoDate } from '../common/source';

// The working-day calendar: a day is a statutory holiday, a rest day (a weekend, or a weekday made free by 调休) or
// a working day (a weekday, or a weekend made a working day by 调休), as the State Council's notice for its year
// says. Periods are counted as 《民法典》 第二百零一条 and 第二百零三条 say. Pure functions over dated data.

/** statutory-holiday: 法定节假日; rest-day: 休息日 (weekend or 调休 rest); working-day: 工作日. */
export type DayKind = 'working-day' | 'rest-day' | 'statutory-holiday';

export const DAY_KIND_ZH: Readonly<Record<DayKind, string>> = {
  'working-day': '工作日',
  'rest-day': '休息日',
  'statutory-holiday': '法定节假日',
};

export interface CalendarDay {
  readonly date: string;
  /** 周一 … 周日 */
  readonly weekday: string;
  readonly kind: DayKind;
  readonly working: boolean;
  /** A weekend made a working day by 调休 (“X月X日（星期六）上班”). */
  readonly adjustedWorkday: boolean;
  /** The festival(s) of the holiday block the day is in, or the 调休 working day is for; null for ordinary days. */
  readonly holiday: string | null;
  /** The notice that decided the day (文号); null for an ordinary weekday or weekend. */
  readonly docNo: string | null;
  /**
   * Decided provisionally (Monday–Friday) because the notice of its year (or, in late December, of the next
   * year) is not loaded: only in a calendar built with `provisional: true`.
   */
  readonly provisional?: boolean;
}

/** How a calendar treats a year whose State Council notice is not loaded. */
export interface WorkingCalendarOptions {
  /**
   * false (the default): refuse with CalendarNotLoadedError (POLICY_CALENDAR_YEAR_NOT_LOADED) — what money paths
   * (the payment command, late interest) must do. true: count Monday–Friday as working days and mark every
   * result that used such a day `provisional`, with `provisionalNote` — for service clocks (servicedesk SLA) that
   * must keep running across a new year whose notice is not out yet, and are recomputed when it is loaded.
   */
  readonly provisional?: boolean;
}

/** The Chinese note on a result that counted days of years without a loaded notice. */
export function provisionalNote(years: readonly number[]): string {
  const list = [...new Set(years)].sort((a, b) => a - b);
  return `${list.map((y) => `${y}年`).join('、')}节假日安排尚未载入，按周一至周五计算，待国务院办公厅通知载入后重算`;
}

/** A statutory period (N days from a start day) and how its end was found. */
export interface StatutoryPeriod {
  readonly start: string;
  readonly days: number;
  /** start + days (the start day not counted). */
  readonly nominalEnd: string;
  /** The last day of the period: nominalEnd, or the first working day after it. */
  readonly end: string;
  readonly extended: boolean;
  /** The non-working days the end moved over (empty when not extended). */
  readonly skipped: readonly CalendarDay[];
  /** One Chinese sentence. */
  readonly explanation: string;
  readonly clause: string;
  /** The notices (文号) whose days decided the result. */
  readonly sources: readonly string[];
  /** As in WorkingDayDeadline: a day of a year without its notice was taken as Monday–Friday. */
  readonly provisional: boolean;
  readonly provisionalYears: readonly number[];
  readonly provisionalNote: string | null;
}

/** N working days after a start day, and which days were counted. */
export interface WorkingDayDeadline {
  readonly start: string;
  readonly workingDays: number;
  readonly end: string;
  /** The working days counted, in order (the last one is `end`). */
  readonly counted: readonly string[];
  /** Weekends among them that 调休 made working days. */
  readonly adjustedWorkdaysCounted: readonly string[];
  /** Statutory holidays and rest days passed over (weekends as well). */
  readonly skipped: readonly CalendarDay[];
  readonly explanation: string;
  readonly sources: readonly string[];
  /** Some day counted or passed over was decided provisionally (Monday–Friday): recompute when loaded. */
  readonly provisional: boolean;
  /** The years counted provisionally (empty when not provisional). */
  readonly provisionalYears: readonly number[];
  /** `provisionalNote(provisionalYears)`, or null. */
  readonly provisionalNote: string | null;
}

interface IndexedDay {
  readonly kind: DayKind;
  readonly adjusted: boolean;
  readonly holiday: string;
  readonly docNo: string;
}

const festivalsZh = (festivals: readonly Festival[]): string =>
  festivals.map((f) => FESTIVAL_ZH[f]).join('、');

function measureFor(
  arrangement: HolidayArrangement,
  measures: readonly HolidayMeasure[],
): HolidayMeasure | undefined {
  return measures.find((m) => m.id === arrangement.measureId);
}

/**
 * Problems of a set of holiday arrangements (Chinese): invalid dates, a block whose stated length is wrong, a
 * statutory day outside its block or a count of statutory days that is not the 放假办法's, a 调休 working day that
 * is not a weekend or lies in a block, overlapping blocks, two notices for one year, a 放假办法 not in force.
 */
export function validateHolidayArrangements(
  arrangements: readonly HolidayArrangement[],
  measures: readonly HolidayMeasure[] = HOLIDAY_MEASURES,
): string[] {
  const problems: string[] = [];
  const seenYears = new Set<number>();
  const taken = new Map<string, string>();
  for (const a of arrangements) {
    const tag = `${a.year}年安排`;
    if (seenYears.has(a.year)) problems.push(`${tag}重复`);
    seenYears.add(a.year);
    if (!a.source.docNo) problems.push(`${tag}缺少文号`);
    const measure = measureFor(a, measures);
    const jan1 = `${a.year}-01-01`;
    if (!measure) problems.push(`${tag}引用的放假办法版本“${a.measureId}”不存在`);
    else if (
      measure.effectiveFrom > jan1 ||
      (measure.effectiveTo !== undefined && measure.effectiveTo < jan1)
    ) {
      problems.push(`${tag}引用的放假办法版本“${a.measureId}”在${jan1}未施行`);
    }
    const festivalsSeen: Festival[] = [];
    for (const b of a.blocks) {
      const where = `${tag}“${b.item}”`;
      if (![b.from, b.to, ...b.statutoryDays].every(isIsoDate)) {
        problems.push(`${where}含无效日期`);
        continue;
      }
      if (b.from > b.to) problems.push(`${where}起止日期颠倒`);
      if (b.from < `${a.year - 1}-12-${NEXT_NOTICE_REACHES_FROM.slice(3)}` || b.to > `${a.year}-12-31`) {
        problems.push(`${where}超出该年安排可涉及的日期范围`);
      }
      const days = datesFromTo(b.from, b.to);
      if (b.statedDays !== null && b.statedDays !== days.length) {
        problems.push(`${where}通知写“共${b.statedDays}天”，起止日期却有${days.length}天`);
      }
      for (const d of b.statutoryDays)
        if (!days.includes(d)) problems.push(`${where}的法定节假日${d}不在放假期间内`);
      if (measure) {
        const expected = b.festivals.reduce((sum, f) => sum + measure.statutoryDays[f], 0);
        if (new Set(b.statutoryDays).size !== expected) {
          problems.push(
            `${where}的法定节假日应为${expected}天（${measure.source.docNo} ${b.festivals.map((f) => `${FESTIVAL_ZH[f]}${measure.placement[f]}`).join('，')}），数据为${b.statutoryDays.length}天`,
          );
        }
      }
      for (const d of days) {
        const other = taken.get(d);
        if (other !== undefined) problems.push(`${d}同时属于${other}与${where}`);
        taken.set(d, where);
      }
      festivalsSeen.push(...b.festivals);
    }
    for (const f of FESTIVALS) {
      const n = festivalsSeen.filter((x) => x === f).length;
      if (n !== 1) problems.push(`${tag}中${FESTIVAL_ZH[f]}出现${n}次（应为1次）`);
    }
    for (const w of a.adjustedWorkdays) {
      if (!isIsoDate(w.date)) {
        problems.push(`${tag}调休上班日“${w.date}”无效`);
        continue;
      }
      if (!isWeekend(w.date)) problems.push(`${tag}调休上班日${w.date}不是周六或周日`);
      const other = taken.get(w.date);
      if (other !== undefined) problems.push(`${tag}调休上班日${w.date}落在${other}内`);
      taken.set(w.date, `${tag}调休上班日`);
    }
  }
  return problems;
}

/** The calendar over a set of notices; `DEFAULT_WORKING_CALENDAR` holds this library's. */
export class WorkingCalendar {
  private readonly days = new Map<string, IndexedDay>();
  private readonly years: readonly number[];

  constructor(
    readonly arrangements: readonly HolidayArrangement[] = HOLIDAY_ARRANGEMENTS,
    readonly measures: readonly HolidayMeasure[] = HOLIDAY_MEASURES,
    readonly options: WorkingCalendarOptions = {},
  ) {
    const problems = validateHolidayArrangements(arrangements, measures);
    if (problems.length > 0) throw new CalendarArrangementError(problems);
    this.years = arrangements.map((a) => a.year).sort((x, y) => x - y);
    for (const a of arrangements) {
      const docNo = a.source.docNo;
      for (const b of a.blocks) {
        const holiday = festivalsZh(b.festivals);
        for (const d of datesFromTo(b.from, b.to)) {
          const kind: DayKind = b.statutoryDays.includes(d) ? 'statutory-holiday' : 'rest-day';
          this.days.set(d, { kind, adjusted: false, holiday, docNo });
        }
      }
      for (const w of a.adjustedWorkdays) {
        this.days.set(w.date, {
          kind: 'working-day',
          adjusted: true,
          holiday: FESTIVAL_ZH[w.festival],
          docNo,
        });
      }
    }
  }

  /** The years whose notice is loaded, ascending. */
  get loadedYears(): readonly number[] {
    return this.years;
  }

  /** Whether years without a notice are counted Monday–Friday (provisional) rather than refused. */
  get provisional(): boolean {
    return this.options.provisional === true;
  }

  /**
   * The years a date needs: its own, and the next one from the last days of December (元旦 arrangements). The
   * missing year, if any: a strict calendar throws; a provisional one returns it.
   */
  private missingYear(date: string): number | null {
    const year = yearOf(date);
    let missing: number | null = null;
    if (!this.years.includes(year)) missing = year;
    else if (date.slice(5) >= NEXT_NOTICE_REACHES_FROM && !this.years.includes(year + 1)) missing = year + 1;
    if (missing !== null && !this.provisional) throw new CalendarNotLoadedError(missing, date, this.years);
    return missing;
  }

  /** What kind of day `date` is; a CalendarNotLoadedError outside the loaded years. */
  day(date: string): CalendarDay {
    if (!isIsoDate(date)) throw new RangeError(`日期“${date}”无效：应为 YYYY-MM-DD（须为真实存在的日期）`);
    const missing = this.missingYear(date);
    const weekday = weekdayZh(date);
    const hit = missing === yearOf(date) ? undefined : this.days.get(date);
    if (hit) {
      return {
        date,
        weekday,
        kind: hit.kind,
        working: hit.kind === 'working-day',
        adjustedWorkday: hit.adjusted,
        holiday: hit.holiday,
        docNo: hit.docNo,
        ...(missing !== null ? { provisional: true } : {}),
      };
    }
    const kind: DayKind = isWeekend(date) ? 'rest-day' : 'working-day';
    return {
      date,
      weekday,
      kind,
      working: kind === 'working-day',
      adjustedWorkday: false,
      holiday: null,
      docNo: null,
      ...(missing !== null ? { provisional: true } : {}),
    };
  }

  /** The year whose notice a provisional day lacked (its own, or the next one in late December). */
  private provisionalYearOf(d: CalendarDay): number | null {
    if (d.provisional !== true) return null;
    const year = yearOf(d.date);
    return this.years.includes(year) ? year + 1 : year;
  }

  private provisionalOf(days: readonly CalendarDay[]): Pick<WorkingDayDeadline, 'provisional' | 'provisionalYears' | 'provisionalNote'> {
    const years = [...new Set(days.map((d) => this.provisionalYearOf(d)).filter((y): y is number => y !== null))].sort((a, b) => a - b);
    return { provisional: years.length > 0, provisionalYears: years, provisionalNote: years.length > 0 ? provisionalNote(years) : null };
  }

  isWorkingDay(date: string): boolean {
    return this.day(date).working;
  }

  /** The n-th working day after `start` (the start day is not counted); n ≥ 1. */
  addWorkingDays(start: string, n: number): string {
    return this.workingDayDeadline(start, n).end;
  }

  /** As `addWorkingDays`, with the days counted and passed over. */
  workingDayDeadline(start: string, workingDays: number): WorkingDayDeadline {
    if (!Number.isSafeInteger(workingDays) || workingDays < 1 || workingDays > 3660) {
      throw new RangeError(`工作日数“${workingDays}”无效：应为1至3660之间的整数`);
    }
    if (!isIsoDate(start)) throw new RangeError(`日期“${start}”无效：应为 YYYY-MM-DD（须为真实存在的日期）`);
    const counted: string[] = [];
    const skipped: CalendarDay[] = [];
    const seen: CalendarDay[] = [];
    const sources = new Set<string>();
    let date = start;
    while (counted.length < workingDays) {
      date = addCalendarDays(date, 1);
      const d = this.day(date);
      seen.push(d);
      if (d.docNo) sources.add(d.docNo);
      if (d.working) counted.push(date);
      else skipped.push(d);
    }
    const adjusted = counted.filter((c) => this.days.get(c)?.adjusted === true);
    const holidays = skipped.filter((s) => s.holiday !== null);
    const parts = [
      `自${start}次日起算${workingDays}个工作日，至${date}（${weekdayZh(date)}）止`,
      adjusted.length > 0 ? `计入调休上班日${adjusted.map((a) => `${a}（${weekdayZh(a)}）`).join('、')}` : '',
      holidays.length > 0
        ? `不计节假日${holidays.length}天（${[...new Set(holidays.map((h) => h.holiday))].join('、')}）`
        : '',
    ].filter((p) => p !== '');
    const provisional = this.provisionalOf(seen);
    if (provisional.provisionalNote) parts.push(`暂定：${provisional.provisionalNote}`);
    return {
      start,
      workingDays,
      end: date,
      counted,
      adjustedWorkdaysCounted: adjusted,
      skipped,
      explanation: `${parts.join('；')}。`,
      sources: [...sources],
      ...provisional,
    };
  }

  /**
   * A period of `days` days from `start` (《民法典》第二百零一条: the start day is not counted, so the nominal last
   * day is start + days; 第二百零三条: if that day is a statutory holiday or rest day, the period ends on the first
   * working day after it). `days` ≥ 0.
   */
  statutoryPeriodEnd(start: string, days: number): StatutoryPeriod {
    if (!Number.isSafeInteger(days) || days < 0 || days > 36600) {
      throw new RangeError(`期间天数“${days}”无效：应为0至36600之间的整数`);
    }
    if (!isIsoDate(start)) throw new RangeError(`日期“${start}”无效：应为 YYYY-MM-DD（须为真实存在的日期）`);
    const nominalEnd = addCalendarDays(start, days);
    const skipped: CalendarDay[] = [];
    const sources = new Set<string>();
    let end = nominalEnd;
    for (let d = this.day(end); !d.working; d = this.day(end)) {
      skipped.push(d);
      if (d.docNo) sources.add(d.docNo);
      end = addCalendarDays(end, 1);
    }
    const last = this.day(end);
    if (last.docNo) sources.add(last.docNo);
    const provisional = this.provisionalOf([...skipped, last]);
    const first = skipped[0];
    const explanation =
      first === undefined
        ? `自${start}次日起算${days}日，最后一日为${nominalEnd}（${weekdayZh(nominalEnd)}，工作日）。`
        : `自${start}次日起算${days}日，第${days}日为${nominalEnd}（${weekdayZh(nominalEnd)}，${first.holiday ?? ''}${DAY_KIND_ZH[first.kind]}），依《民法典》第二百零三条顺延至休假日结束的次日${end}（${weekdayZh(end)}${last.adjustedWorkday ? '，调休上班日' : ''}）。`;
    return {
      start,
      days,
      nominalEnd,
      end,
      extended: skipped.length > 0,
      skipped,
      explanation: provisional.provisionalNote ? `${explanation}暂定：${provisional.provisionalNote}。` : explanation,
      ...provisional,
      clause: `《${CIVIL_CODE_PERIOD.title}》第二百零一条、第二百零三条`,
      sources: [...sources],
    };
  }

  /** Calendar days from `from` to `to` (late days: the day after the due date through the payment date). */
  daysBetween(from: string, to: string): number {
    return daysBetween(from, to);
  }
}

/** The calendar of this library's notices (2022 onward); refuses a year without its notice. */
export const DEFAULT_WORKING_CALENDAR = new WorkingCalendar();

/**
 * The same notices, counting a year without its notice Monday–Friday and marking the results `provisional`.
 * For service clocks only (servicedesk SLA, when its WORKING_CALENDAR_PROVISIONAL is on); never for money.
 */
export const PROVISIONAL_WORKING_CALENDAR = new WorkingCalendar(HOLIDAY_ARRANGEMENTS, HOLIDAY_MEASURES, { provisional: true });

/** Whether `date` is a working day (a CalendarNotLoadedError for a year without its notice). */
export function isWorkingDay(date: string, calendar: WorkingCalendar = DEFAULT_WORKING_CALENDAR): boolean {
  return calendar.isWorkingDay(date);
}

/** The n-th working day after `start`, the start day not counted. */
export function addWorkingDays(
  start: string,
  n: number,
  calendar: WorkingCalendar = DEFAULT_WORKING_CALENDAR,
): string {
  return calendar.addWorkingDays(start, n);
}

/** The last day of a period of `days` days from `start` under 《民法典》第二百零一条、第二百零三条. */
export function statutoryPeriodEnd(
  start: string,
  days: number,
  calendar: WorkingCalendar = DEFAULT_WORKING_CALENDAR,
): StatutoryPeriod {
  return calendar.statutoryPeriodEnd(start, days);
}

/** The day's kind, weekday, festival and notice. */
export function calendarDay(date: string, calendar: WorkingCalendar = DEFAULT_WORKING_CALENDAR): CalendarDay {
  return calendar.day(date);
}
