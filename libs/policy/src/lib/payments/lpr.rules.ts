import type { RateFraction } from '../awards/award-types';
import type { SourceRef } from '../common/source';

// The one-year loan prime rate (1年期贷款市场报价利率, LPR) as dated data: each quote from the day it was published
// (the 20th of a month, or the next working day) until the next change. The payment regulation compares an agreed
// late-interest rate with the quote in force on the day the contract was signed.

export interface LprQuote {
  /** First day the quote is in force (its publication day). */
  readonly from: string;
  /** In basis points: 345 = 3.45 %. */
  readonly oneYearBp: number;
}

export const LPR_SOURCE: SourceRef = {
  title: '贷款市场报价利率（LPR）公告',
  docNo: '中国人民银行授权全国银行间同业拆借中心公布',
  confidence: 'secondary',
};

/** Only the changes of the one-year quote; a month without a change keeps the previous quote. */
export const LPR_ONE_YEAR: readonly LprQuote[] = [
  { from: '2020-04-20', oneYearBp: 385 },
  { from: '2021-12-20', oneYearBp: 380 },
  { from: '2022-01-20', oneYearBp: 370 },
  { from: '2022-08-22', oneYearBp: 365 },
  { from: '2023-06-20', oneYearBp: 355 },
  { from: '2023-08-21', oneYearBp: 345 },
  { from: '2024-07-22', oneYearBp: 335 },
  { from: '2024-10-21', oneYearBp: 310 },
  { from: '2025-05-20', oneYearBp: 300 },
];

/**
 * The last publication day known to keep the last quote (3.0 % on 2026-06-22: monthly quotes unchanged since
 * 2025-05-20 — news of March 2026 "连续第十个月按兵不动", a data table listing 2026-06-22). After this day the quote
 * in force is not loaded: an agreed rate cannot be checked against it (flagged, never guessed).
 */
export const LPR_CONFIRMED_THROUGH = '2026-06-22';

export type LprLookup =
  | { readonly status: 'loaded'; readonly quote: LprQuote; readonly rate: RateFraction }
  | { readonly status: 'not-loaded'; readonly reason: string };

/** The one-year LPR in force on `date`. */
export function oneYearLprOn(date: string): LprLookup {
  const first = LPR_ONE_YEAR[0];
  if (first === undefined || date < first.from) {
    return { status: 'not-loaded', reason: `${date}早于已载入的1年期LPR数据（自${first?.from ?? '—'}起）` };
  }
  if (date > LPR_CONFIRMED_THROUGH) {
    return {
      status: 'not-loaded',
      reason: `1年期LPR仅核实至${LPR_CONFIRMED_THROUGH}的报价，${date}适用的报价未载入`,
    };
  }
  const quote = [...LPR_ONE_YEAR].reverse().find((q) => q.from <= date) ?? first;
  return { status: 'loaded', quote, rate: { num: quote.oneYearBp, den: 10_000 } };
}
