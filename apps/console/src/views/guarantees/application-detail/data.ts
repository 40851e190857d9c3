import { translate } from '@/locales';
import { formatFen } from '@/utils/money';
import type { TagType } from '@/utils/guarantees';

/** One line of the 办理记录 timeline, derived from the application's fields. */
export interface TimelineItem {
  readonly key: string;
  readonly label: string;
  readonly who: string | null;
  readonly date: string | null;
  readonly detail: string | null;
  readonly type: TagType;
}

/**
 * The application's steps so far: 受理 → 初审 → 审批 → 放款 → 结清 | 代偿 → 追偿. A rejection is the step whose
 * actor is the last one recorded.
 */
export function timeline(app: Api.Guarantees.Application): TimelineItem[] {
  const out: TimelineItem[] = [];
  const rejected = app.status === 'rejected';
  out.push({ key: 'submitted', label: translate('guarantees.detail.received'), who: app.submittedBy, date: app.applicationDate, detail: null, type: 'primary' });
  if (app.reviewedBy) {
    const rejectedHere = rejected && !app.decidedBy;
    out.push({
      key: 'reviewed',
      label: `${translate('guarantees.detail.reviewed')} · ${translate(rejectedHere ? 'guarantees.detail.rejectOption' : 'guarantees.detail.approveOption')}`,
      who: app.reviewedBy,
      date: null,
      detail: rejectedHere ? app.note : null,
      type: rejectedHere ? 'danger' : 'success',
    });
  }
  if (app.decidedBy) {
    out.push({
      key: 'decided',
      label: `${translate('guarantees.detail.decided')} · ${translate(rejected ? 'guarantees.detail.rejectOption' : 'guarantees.detail.approveOption')}`,
      who: app.decidedBy,
      date: null,
      detail: app.note,
      type: rejected ? 'danger' : 'success',
    });
  }
  if (app.issuedOn) {
    out.push({ key: 'issued', label: translate('guarantees.detail.issued'), who: null, date: app.issuedOn, detail: app.loanNo, type: 'success' });
  }
  if (app.status === 'repaid') {
    out.push({ key: 'repaid', label: translate('guarantees.detail.closedRepaid'), who: null, date: app.closedOn, detail: null, type: 'success' });
  }
  if (app.compensatedFen > 0) {
    out.push({
      key: 'compensated',
      label: translate('guarantees.detail.closedCompensated'),
      who: null,
      date: app.closedOn,
      detail: formatFen(app.compensatedFen),
      type: 'danger',
    });
  }
  if (app.recoveredFen > 0) {
    out.push({
      key: 'recovered',
      label: app.status === 'recovered' ? translate('guarantees.detail.closedRecovered') : translate('guarantees.detail.recovering', { amount: formatFen(app.recoveredFen) }),
      who: null,
      date: null,
      detail: formatFen(app.recoveredFen),
      type: 'warning',
    });
  }
  return out;
}
