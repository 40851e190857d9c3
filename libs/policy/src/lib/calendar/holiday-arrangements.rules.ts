import type { SourceRef } from '../common/source';

// ---------------------------------------------------------------------------------------------------------------
// The State Council's holidays and 调休 as dated data: one notice per year (国务院办公厅关于YYYY年部分节假日安排的
// 通知, 国办发明电), transcribed item by item, and the version of 《全国年节及纪念日放假办法》 that fixes which days
// of each block are statutory holidays (法定节假日) and which are rest days moved by 调休. A year that is not here is
// not loaded: the working-day calendar refuses it rather than guess from weekdays.
// ---------------------------------------------------------------------------------------------------------------

export const FESTIVALS = [
  'new-year',
  'spring-festival',
  'qingming',
  'labour-day',
  'dragon-boat',
  'mid-autumn',
  'national-day',
] as const;
export type Festival = (typeof FESTIVALS)[number];

export const FESTIVAL_ZH: Readonly<Record<Festival, string>> = {
  'new-year': '元旦',
  'spring-festival': '春节',
  qingming: '清明节',
  'labour-day': '劳动节',
  'dragon-boat': '端午节',
  'mid-autumn': '中秋节',
  'national-day': '国庆节',
};

/** A version of 《全国年节及纪念日放假办法》: the statutory holiday days of each festival (第二条). */
export interface HolidayMeasure {
  readonly id: string;
  readonly effectiveFrom: string;
  readonly effectiveTo?: string;
  readonly source: SourceRef;
  /** 全体公民放假的节日: days per festival. */
  readonly statutoryDays: Readonly<Record<Festival, number>>;
  /** How the days are placed, as 第二条 words it. */
  readonly placement: Readonly<Record<Festival, string>>;
}

export const HOLIDAY_MEASURES: readonly HolidayMeasure[] = [
  {
    id: 'holiday-measure-2013',
    effectiveFrom: '2014-01-01',
    effectiveTo: '2024-12-31',
    source: {
      title: '全国年节及纪念日放假办法（2013年12月11日第三次修订）',
      docNo: '国务院令第644号',
      article: '第二条',
      confidence: 'secondary',
    },
    statutoryDays: {
      'new-year': 1,
      'spring-festival': 3,
      qingming: 1,
      'labour-day': 1,
      'dragon-boat': 1,
      'mid-autumn': 1,
      'national-day': 3,
    },
    placement: {
      'new-year': '1月1日',
      'spring-festival': '农历正月初一、初二、初三',
      qingming: '农历清明当日',
      'labour-day': '5月1日',
      'dragon-boat': '农历端午当日',
      'mid-autumn': '农历中秋当日',
      'national-day': '10月1日、2日、3日',
    },
  },
  {
    id: 'holiday-measure-2024',
    effectiveFrom: '2025-01-01',
    source: {
      title: '国务院关于修改《全国年节及纪念日放假办法》的决定（2024年11月10日第四次修订）',
      docNo: '国务院令第795号',
      article: '第二条（春节放假4天、劳动节放假2天）',
      confidence: 'confirmed',
    },
    statutoryDays: {
      'new-year': 1,
      'spring-festival': 4,
      qingming: 1,
      'labour-day': 2,
      'dragon-boat': 1,
      'mid-autumn': 1,
      'national-day': 3,
    },
    placement: {
      'new-year': '1月1日',
      'spring-festival': '农历除夕、正月初一至初三',
      qingming: '农历清明当日',
      'labour-day': '5月1日、2日',
      'dragon-boat': '农历端午当日',
      'mid-autumn': '农历中秋当日',
      'national-day': '10月1日至3日',
    },
  },
];

/** One item of a notice: a block of days off (放假调休 / 放假 / 与周末连休). */
export interface HolidayBlock {
  /** The item of the notice, e.g. "七、国庆节". */
  readonly item: string;
  /** The festivals of the block (two when 中秋节 and 国庆节 are merged). */
  readonly festivals: readonly Festival[];
  readonly from: string;
  readonly to: string;
  /** "共N天" as the notice states it; null when it does not ("1月1日放假，与周末连休"). */
  readonly statedDays: number | null;
  /**
   * The statutory holiday days of the block under the 放假办法 in force (the lunar dates read from the calendar:
   * 春节 = 正月初一 (and from 2025 除夕), 清明/端午/中秋 = that day). Every other day of the block is a rest day
   * (a weekend, or a weekday made free by 调休).
   */
  readonly statutoryDays: readonly string[];
}

/** A weekend made a working day by 调休 ("X月X日（星期六）上班"). */
export interface AdjustedWorkday {
  readonly date: string;
  readonly festival: Festival;
}

/** The notice of one year. */
export interface HolidayArrangement {
  readonly year: number;
  readonly issuedOn: string;
  readonly source: SourceRef;
  /** The 放假办法 version the notice applies. */
  readonly measureId: string;
  readonly blocks: readonly HolidayBlock[];
  readonly adjustedWorkdays: readonly AdjustedWorkday[];
  /** A remark of the notice that changes no day (e.g. 2024: 鼓励…安排职工在除夕休息 — 2月9日 stays a working day). */
  readonly note?: string;
}

const notice = (
  year: number,
  docNo: string,
  url: string,
  confidence: SourceRef['confidence'],
): SourceRef => ({
  title: `国务院办公厅关于${year}年部分节假日安排的通知`,
  docNo,
  url,
  confidence,
});

export const HOLIDAY_ARRANGEMENTS: readonly HolidayArrangement[] = [
  {
    year: 2022,
    issuedOn: '2021-10-25',
    source: notice(
      2022,
      '国办发明电〔2021〕11号',
      'http://www.beijing.gov.cn/zhengce/zhengcefagui/202110/t20211026_2520500.html',
      'confirmed',
    ),
    measureId: 'holiday-measure-2013',
    blocks: [
      {
        item: '一、元旦',
        festivals: ['new-year'],
        from: '2022-01-01',
        to: '2022-01-03',
        statedDays: 3,
        statutoryDays: ['2022-01-01'],
      },
      {
        item: '二、春节',
        festivals: ['spring-festival'],
        from: '2022-01-31',
        to: '2022-02-06',
        statedDays: 7,
        statutoryDays: ['2022-02-01', '2022-02-02', '2022-02-03'],
      },
      {
        item: '三、清明节',
        festivals: ['qingming'],
        from: '2022-04-03',
        to: '2022-04-05',
        statedDays: 3,
        statutoryDays: ['2022-04-05'],
      },
      {
        item: '四、劳动节',
        festivals: ['labour-day'],
        from: '2022-04-30',
        to: '2022-05-04',
        statedDays: 5,
        statutoryDays: ['2022-05-01'],
      },
      {
        item: '五、端午节',
        festivals: ['dragon-boat'],
        from: '2022-06-03',
        to: '2022-06-05',
        statedDays: 3,
        statutoryDays: ['2022-06-03'],
      },
      {
        item: '六、中秋节',
        festivals: ['mid-autumn'],
        from: '2022-09-10',
        to: '2022-09-12',
        statedDays: 3,
        statutoryDays: ['2022-09-10'],
      },
      {
        item: '七、国庆节',
        festivals: ['national-day'],
        from: '2022-10-01',
        to: '2022-10-07',
        statedDays: 7,
        statutoryDays: ['2022-10-01', '2022-10-02', '2022-10-03'],
      },
    ],
    adjustedWorkdays: [
      { date: '2022-01-29', festival: 'spring-festival' },
      { date: '2022-01-30', festival: 'spring-festival' },
      { date: '2022-04-02', festival: 'qingming' },
      { date: '2022-04-24', festival: 'labour-day' },
      { date: '2022-05-07', festival: 'labour-day' },
      { date: '2022-10-08', festival: 'national-day' },
      { date: '2022-10-09', festival: 'national-day' },
    ],
  },
  {
    year: 2023,
    issuedOn: '2022-12-08',
    source: notice(
      2023,
      '国办发明电〔2022〕16号',
      'http://www.mee.gov.cn/zcwj/gwywj/202212/t20221209_1007555.shtml',
      'confirmed',
    ),
    measureId: 'holiday-measure-2013',
    blocks: [
      {
        item: '一、元旦',
        festivals: ['new-year'],
        from: '2022-12-31',
        to: '2023-01-02',
        statedDays: 3,
        statutoryDays: ['2023-01-01'],
      },
      {
        item: '二、春节',
        festivals: ['spring-festival'],
        from: '2023-01-21',
        to: '2023-01-27',
        statedDays: 7,
        statutoryDays: ['2023-01-22', '2023-01-23', '2023-01-24'],
      },
      {
        item: '三、清明节',
        festivals: ['qingming'],
        from: '2023-04-05',
        to: '2023-04-05',
        statedDays: 1,
        statutoryDays: ['2023-04-05'],
      },
      {
        item: '四、劳动节',
        festivals: ['labour-day'],
        from: '2023-04-29',
        to: '2023-05-03',
        statedDays: 5,
        statutoryDays: ['2023-05-01'],
      },
      {
        item: '五、端午节',
        festivals: ['dragon-boat'],
        from: '2023-06-22',
        to: '2023-06-24',
        statedDays: 3,
        statutoryDays: ['2023-06-22'],
      },
      {
        item: '六、中秋节、国庆节',
        festivals: ['mid-autumn', 'national-day'],
        from: '2023-09-29',
        to: '2023-10-06',
        statedDays: 8,
        statutoryDays: ['2023-09-29', '2023-10-01', '2023-10-02', '2023-10-03'],
      },
    ],
    adjustedWorkdays: [
      { date: '2023-01-28', festival: 'spring-festival' },
      { date: '2023-01-29', festival: 'spring-festival' },
      { date: '2023-04-23', festival: 'labour-day' },
      { date: '2023-05-06', festival: 'labour-day' },
      { date: '2023-06-25', festival: 'dragon-boat' },
      { date: '2023-10-07', festival: 'national-day' },
      { date: '2023-10-08', festival: 'national-day' },
    ],
  },
  {
    year: 2024,
    issuedOn: '2023-10-25',
    source: notice(
      2024,
      '国办发明电〔2023〕7号',
      'http://paper.people.com.cn/rmrb/html/2023-10/26/nw.D110000renmrb_20231026_3-06.htm',
      'confirmed',
    ),
    measureId: 'holiday-measure-2013',
    blocks: [
      {
        item: '一、元旦（1月1日放假，与周末连休）',
        festivals: ['new-year'],
        from: '2024-01-01',
        to: '2024-01-01',
        statedDays: null,
        statutoryDays: ['2024-01-01'],
      },
      {
        item: '二、春节',
        festivals: ['spring-festival'],
        from: '2024-02-10',
        to: '2024-02-17',
        statedDays: 8,
        statutoryDays: ['2024-02-10', '2024-02-11', '2024-02-12'],
      },
      {
        item: '三、清明节',
        festivals: ['qingming'],
        from: '2024-04-04',
        to: '2024-04-06',
        statedDays: 3,
        statutoryDays: ['2024-04-04'],
      },
      {
        item: '四、劳动节',
        festivals: ['labour-day'],
        from: '2024-05-01',
        to: '2024-05-05',
        statedDays: 5,
        statutoryDays: ['2024-05-01'],
      },
      {
        item: '五、端午节（6月10日放假，与周末连休）',
        festivals: ['dragon-boat'],
        from: '2024-06-10',
        to: '2024-06-10',
        statedDays: null,
        statutoryDays: ['2024-06-10'],
      },
      {
        item: '六、中秋节',
        festivals: ['mid-autumn'],
        from: '2024-09-15',
        to: '2024-09-17',
        statedDays: 3,
        statutoryDays: ['2024-09-17'],
      },
      {
        item: '七、国庆节',
        festivals: ['national-day'],
        from: '2024-10-01',
        to: '2024-10-07',
        statedDays: 7,
        statutoryDays: ['2024-10-01', '2024-10-02', '2024-10-03'],
      },
    ],
    adjustedWorkdays: [
      { date: '2024-02-04', festival: 'spring-festival' },
      { date: '2024-02-18', festival: 'spring-festival' },
      { date: '2024-04-07', festival: 'qingming' },
      { date: '2024-04-28', festival: 'labour-day' },
      { date: '2024-05-11', festival: 'labour-day' },
      { date: '2024-09-14', festival: 'mid-autumn' },
      { date: '2024-09-29', festival: 'national-day' },
      { date: '2024-10-12', festival: 'national-day' },
    ],
    note: '鼓励各单位结合带薪年休假等制度落实，安排职工在除夕（2月9日）休息：2月9日仍为工作日。',
  },
  {
    year: 2025,
    issuedOn: '2024-11-12',
    source: notice(
      2025,
      '国办发明电〔2024〕12号',
      'https://m.gmw.cn/2024-11/12/content_1303894933.htm',
      'confirmed',
    ),
    measureId: 'holiday-measure-2024',
    blocks: [
      {
        item: '一、元旦（1月1日放假1天，不调休）',
        festivals: ['new-year'],
        from: '2025-01-01',
        to: '2025-01-01',
        statedDays: 1,
        statutoryDays: ['2025-01-01'],
      },
      {
        item: '二、春节（农历除夕至正月初七）',
        festivals: ['spring-festival'],
        from: '2025-01-28',
        to: '2025-02-04',
        statedDays: 8,
        statutoryDays: ['2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31'],
      },
      {
        item: '三、清明节',
        festivals: ['qingming'],
        from: '2025-04-04',
        to: '2025-04-06',
        statedDays: 3,
        statutoryDays: ['2025-04-04'],
      },
      {
        item: '四、劳动节',
        festivals: ['labour-day'],
        from: '2025-05-01',
        to: '2025-05-05',
        statedDays: 5,
        statutoryDays: ['2025-05-01', '2025-05-02'],
      },
      {
        item: '五、端午节',
        festivals: ['dragon-boat'],
        from: '2025-05-31',
        to: '2025-06-02',
        statedDays: 3,
        statutoryDays: ['2025-05-31'],
      },
      {
        item: '六、国庆节、中秋节',
        festivals: ['national-day', 'mid-autumn'],
        from: '2025-10-01',
        to: '2025-10-08',
        statedDays: 8,
        statutoryDays: ['2025-10-01', '2025-10-02', '2025-10-03', '2025-10-06'],
      },
    ],
    adjustedWorkdays: [
      { date: '2025-01-26', festival: 'spring-festival' },
      { date: '2025-02-08', festival: 'spring-festival' },
      { date: '2025-04-27', festival: 'labour-day' },
      { date: '2025-09-28', festival: 'national-day' },
      { date: '2025-10-11', festival: 'national-day' },
    ],
  },
  {
    year: 2026,
    issuedOn: '2025-11-04',
    // Dates from the 新华社 full text (光明网, 中山日报 and other copies agree); the 文号 from secondary copies citing
    // the 国务院公报 and https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm (not read here).
    source: notice(
      2026,
      '国办发明电〔2025〕7号',
      'https://politics.gmw.cn/2025-11/04/content_38391083.htm',
      'secondary',
    ),
    measureId: 'holiday-measure-2024',
    blocks: [
      {
        item: '一、元旦',
        festivals: ['new-year'],
        from: '2026-01-01',
        to: '2026-01-03',
        statedDays: 3,
        statutoryDays: ['2026-01-01'],
      },
      {
        item: '二、春节（农历腊月二十八至正月初七）',
        festivals: ['spring-festival'],
        from: '2026-02-15',
        to: '2026-02-23',
        statedDays: 9,
        statutoryDays: ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19'],
      },
      {
        item: '三、清明节',
        festivals: ['qingming'],
        from: '2026-04-04',
        to: '2026-04-06',
        statedDays: 3,
        statutoryDays: ['2026-04-05'],
      },
      {
        item: '四、劳动节',
        festivals: ['labour-day'],
        from: '2026-05-01',
        to: '2026-05-05',
        statedDays: 5,
        statutoryDays: ['2026-05-01', '2026-05-02'],
      },
      {
        item: '五、端午节',
        festivals: ['dragon-boat'],
        from: '2026-06-19',
        to: '2026-06-21',
        statedDays: 3,
        statutoryDays: ['2026-06-19'],
      },
      {
        item: '六、中秋节',
        festivals: ['mid-autumn'],
        from: '2026-09-25',
        to: '2026-09-27',
        statedDays: 3,
        statutoryDays: ['2026-09-25'],
      },
      {
        item: '七、国庆节',
        festivals: ['national-day'],
        from: '2026-10-01',
        to: '2026-10-07',
        statedDays: 7,
        statutoryDays: ['2026-10-01', '2026-10-02', '2026-10-03'],
      },
    ],
    adjustedWorkdays: [
      { date: '2026-01-04', festival: 'new-year' },
      { date: '2026-02-14', festival: 'spring-festival' },
      { date: '2026-02-28', festival: 'spring-festival' },
      { date: '2026-05-09', festival: 'labour-day' },
      { date: '2026-09-20', festival: 'national-day' },
      { date: '2026-10-10', festival: 'national-day' },
    ],
  },
];

/**
 * A notice for year Y can reach back into the end of year Y−1 (元旦 blocks and their 调休: the 2019 notice made
 * 2018-12-29 a working day, the 2023 notice starts 元旦 on 2022-12-31). Dates of year Y from this day of December
 * on are therefore only known once the notice for Y+1 is loaded.
 */
export const NEXT_NOTICE_REACHES_FROM = '12-25';

/**
 * The provisions of 《中华人民共和国民法典》 (第一编 第十章 期间计算) a statutory period follows.
 */
export const CIVIL_CODE_PERIOD: SourceRef = {
  title: '中华人民共和国民法典',
  docNo: '2020年5月28日第十三届全国人民代表大会第三次会议通过',
  article:
    '第二百零一条（按照年、月、日计算期间的，开始的当日不计入，自下一日开始计算）、第二百零三条（期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日）',
  confidence: 'confirmed',
};
