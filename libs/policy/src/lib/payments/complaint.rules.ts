import type { SourceRef } from '../common/source';
import { DEFAULT_WORKING_CALENDAR } from '../calendar/working-calendar';
import type { WorkingCalendar, WorkingDayDeadline } from '../calendar/working-calendar';

// ---------------------------------------------------------------------------------------------------------------
// Complaints about late payment to SMEs (rules.md §3): 《保障中小企业款项支付投诉处理暂行办法》(工信部企业〔2021〕224号)
// — "受理投诉部门收到投诉后，应当在10个工作日内进行审查", then accept and forward, or reject. Dated, so that a changed
// limit is a new entry, never an edit.
// ---------------------------------------------------------------------------------------------------------------

export interface ComplaintReviewVersion {
  readonly id: string;
  readonly effectiveFrom: string;
  readonly effectiveTo?: string;
  readonly source: SourceRef;
  /** Working days from receipt (the receipt day not counted) to decide: accept and forward, or reject. */
  readonly reviewWorkingDays: number;
}

export const COMPLAINT_REVIEW_VERSIONS: readonly ComplaintReviewVersion[] = [
  {
    id: 'payment-complaint-review-2021',
    effectiveFrom: '2021-12-30',
    source: {
      title: '保障中小企业款项支付投诉处理暂行办法',
      docNo: '工信部企业〔2021〕224号',
      article: '受理投诉部门收到投诉后，应当在10个工作日内进行审查',
      url: 'http://an.kmanhang.cn//Content.aspx?id=6703398b-cb10-4e29-a6d9-152358541d43',
      confidence: 'secondary',
    },
    reviewWorkingDays: 10,
  },
];

/** The review rule in force on the receipt day of a complaint. */
export function complaintReviewVersionOn(date: string, versions: readonly ComplaintReviewVersion[] = COMPLAINT_REVIEW_VERSIONS): ComplaintReviewVersion {
  const v = [...versions]
    .filter((x) => x.effectiveFrom <= date && (x.effectiveTo === undefined || x.effectiveTo >= date))
    .sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? 1 : -1))[0];
  if (!v) throw new RangeError(`${date}没有施行中的款项支付投诉审查时限`);
  return v;
}

/** The last day to review a complaint received on `receivedOn` (a CalendarNotLoadedError beyond the calendar). */
export function complaintReviewDeadline(receivedOn: string, calendar: WorkingCalendar = DEFAULT_WORKING_CALENDAR): WorkingDayDeadline & { readonly rule: ComplaintReviewVersion } {
  const rule = complaintReviewVersionOn(receivedOn);
  return { ...calendar.workingDayDeadline(receivedOn, rule.reviewWorkingDays), rule };
}
