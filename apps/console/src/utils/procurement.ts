/** Labels of the 政府采购监测 pages: every code shown in Chinese, never raw. */
import { hasMessage, translate } from '@/locales';

function label(group: string, code: string | null | undefined): string {
  if (!code) return '—';
  const key = `procurement.${group}.${code}`;
  return hasMessage(key) ? translate(key) : '—';
}

export const buyerKindLabel = (code: string | null | undefined): string => label('buyerKind', code);
export const sizeLabel = (code: string | null | undefined): string => label('size', code);
export const paymentStatusLabel = (code: string | null | undefined): string => label('paymentStatus', code);
export const severityLabel = (code: string | null | undefined): string => label('severity', code);
export const decisionLabel = (code: string | null | undefined): string => label('decision', code);
export const complaintStatusLabel = (code: string | null | undefined): string => label('complaintStatus', code);
export const clockLabel = (code: string | null | undefined): string => label('clock', code);
export const filedViaLabel = (code: string | null | undefined): string => label('filedVia', code);

/** Element Plus tag type of a payment status. */
export function paymentStatusType(status: string): 'danger' | 'warning' | 'success' | 'info' {
  if (status === 'overdue') return 'danger';
  if (status === 'paid-late') return 'warning';
  if (status === 'paid-on-time') return 'success';
  return 'info';
}

export const categoryLabel = (code: string | null | undefined): string => label('category', code);
export const reservedFormLabel = (code: string | null | undefined): string => label('reservedForm', code);
export const reserveDecisionLabel = (code: string | null | undefined): string => label('reserveDecision', code);
export const bidFormLabel = (code: string | null | undefined): string => label('bidForm', code);
export const deductionDecisionLabel = (code: string | null | undefined): string => label('deductionDecision', code);
export const importKindLabel = (code: string | null | undefined): string => label('importKind', code);
export const importStatusLabel = (code: string | null | undefined): string => label('importStatus', code);
