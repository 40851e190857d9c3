/** Days before the due date from which an unpaid contract is marked 即将到期 on the contract list. */
export const DUE_SOON_DAYS = 7;

/** Unpaid, not yet due, and due within `DUE_SOON_DAYS` of the day it was judged on (`asOf`). */
export function dueSoon(c: Pick<Api.Procurement.Contract, 'paymentStatus' | 'dueDate' | 'asOf' | 'outstandingFen'>): boolean {
  if (c.paymentStatus !== 'not-yet-due' || !c.dueDate || c.outstandingFen <= 0) return false;
  const days = (Date.parse(`${c.dueDate}T00:00:00Z`) - Date.parse(`${c.asOf}T00:00:00Z`)) / 86_400_000;
  return days >= 0 && days <= DUE_SOON_DAYS;
}
