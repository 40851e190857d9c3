import type { ComplaintDto } from '@ladder/contracts';
import { CalendarNotLoadedError, PROVISIONAL_WORKING_CALENDAR, complaintReviewDeadline } from '@ladder/policy';

import type { Complaint } from './complaint.entity';

/** The last review day of a complaint received on `receivedOn` (Monday–Friday for a year not yet published). */
export function reviewDueOn(receivedOn: string): string {
  try {
    return complaintReviewDeadline(receivedOn).end;
  } catch (error) {
    if (!(error instanceof CalendarNotLoadedError)) throw error;
    return complaintReviewDeadline(receivedOn, PROVISIONAL_WORKING_CALENDAR).end;
  }
}

/** running until decided; met when decided by the due day; overdue when past it undecided or decided late. */
export function reviewClockOf(c: Complaint, today: string): ComplaintDto['reviewClock'] {
  if (c.reviewedOn !== null) return c.reviewedOn <= c.reviewDueOn ? 'met' : 'overdue';
  return today > c.reviewDueOn ? 'overdue' : 'running';
}

export function complaintDto(c: Complaint, today: string): ComplaintDto {
  return {
    id: c.id,
    number: c.number,
    complainantUscc: c.complainantUscc,
    complainantName: c.complainantName,
    respondentName: c.respondentName,
    contractId: c.contractId,
    amountFen: c.amountFen,
    summary: c.summary,
    filedVia: c.filedVia,
    status: c.status,
    receivedOn: c.receivedOn,
    reviewDueOn: c.reviewDueOn,
    reviewClock: reviewClockOf(c, today),
    reviewedOn: c.reviewedOn,
    reason: c.reason,
    forwardTo: c.forwardTo,
    outcome: c.outcome,
    informedOn: c.informedOn,
    timeline: [...c.timeline],
  };
}
