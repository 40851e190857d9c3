import type { PendingConfirmation, RuleVersionRef } from '../common/source';
import { selectVersion } from '../common/source';

// ---------------------------------------------------------------------------------------------------------------
// Repeat offenders (屡次拖欠): buyers the annual disclosure lists (overdue and unpaid on 31 December, published by
// 31 March, 《保障中小企业款项支付条例》) name in several years, or on many contracts. Neither the regulation nor the
// plan sets the thresholds: both are a reading pending 市工信局 confirmation, dated so a confirmed value is a new
// entry, never an edit.
// ---------------------------------------------------------------------------------------------------------------

export interface RepeatOffenderVersion extends RuleVersionRef {
  /** Named when overdue-unpaid in at least this many years' lists. */
  readonly minYears: number;
  /** …or on at least this many distinct contracts over those lists. */
  readonly minContracts: number;
  /** The first year a disclosure list exists (the regulation in force from 2020-09-01). */
  readonly firstYear: number;
  readonly pending: readonly PendingConfirmation[];
}

export const REPEAT_OFFENDER_VERSIONS: readonly RepeatOffenderVersion[] = [
  {
    id: 'repeat-offender@2020',
    effectiveFrom: '2020-09-01',
    source: {
      title: '保障中小企业款项支付条例（逾期未支付合同的年度公开）；屡次拖欠的认定口径为市工信局待确认的工作口径',
      docNo: '国务院令第728号 / 第802号',
      confidence: 'unconfirmed',
    },
    minYears: 2,
    minContracts: 3,
    firstYear: 2020,
    pending: [
      {
        parameter: 'repeatOffender.minYears',
        value: '2',
        note: '在2个及以上年度的逾期未支付清单中出现即认定为屡次拖欠',
        confirmBy: '市工信局',
      },
      {
        parameter: 'repeatOffender.minContracts',
        value: '3',
        note: '各年度清单合计3份及以上不同合同逾期未支付即认定为屡次拖欠（N 待确认）',
        confirmBy: '市工信局',
      },
    ],
  },
];

/** The repeat-offender thresholds in force on `date` (31 December of the year judged). */
export function repeatOffenderVersionOn(date: string, versions: readonly RepeatOffenderVersion[] = REPEAT_OFFENDER_VERSIONS): RepeatOffenderVersion {
  const v = selectVersion(versions, date);
  if (!v) throw new RangeError(`${date}没有施行中的屡次拖欠认定口径`);
  return v;
}

export interface RepeatOffenderJudgement {
  readonly offender: boolean;
  /** Which tests named the buyer, in Chinese, with the thresholds. */
  readonly reasons: readonly string[];
  readonly rule: RepeatOffenderVersion;
}

/**
 * Whether a buyer is a repeat offender on `date`: listed in `years` distinct years and on `contracts` distinct
 * contracts; either test suffices (both ends included).
 */
export function judgeRepeatOffender(years: number, contracts: number, date: string): RepeatOffenderJudgement {
  const rule = repeatOffenderVersionOn(date);
  const reasons: string[] = [];
  if (years >= rule.minYears) reasons.push(`${years}个年度逾期未支付（≥ ${rule.minYears}个年度）`);
  if (contracts >= rule.minContracts) reasons.push(`${contracts}份合同逾期未支付（≥ ${rule.minContracts}份）`);
  return { offender: reasons.length > 0, reasons, rule };
}
