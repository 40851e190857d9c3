/** Labels of the 人才支持 pages: every code shown in Chinese, never raw. */
import { hasMessage, translate } from '@/locales';

function label(group: string, code: string | null | undefined): string {
  if (!code) return '—';
  const key = `talent.${group}.${code}`;
  return hasMessage(key) ? translate(key) : '—';
}

export const measureLabel = (code: string | null | undefined): string => label('measure', code);
export const measureStatusLabel = (code: string | null | undefined): string => label('status', code);
export const titleStateLabel = (code: string | null | undefined): string => label('titleState', code);
export const titleEventLabel = (code: string | null | undefined): string => label('titleEvent', code);
export const caseKindLabel = (code: string | null | undefined): string => label('caseKind', code);
export const caseStatusLabel = (code: string | null | undefined): string => label('caseStatus', code);
export const roundKindLabel = (code: string | null | undefined): string => label('roundKind', code);

export type TagType = 'success' | 'warning' | 'info' | 'danger' | 'primary';

export function measureStatusType(status: string): TagType {
  if (status === 'applies') return 'success';
  if (status === 'not-covered') return 'warning';
  if (status === 'unknown') return 'info';
  return 'danger';
}

export function caseStatusType(status: string): TagType {
  if (status === 'approved') return 'success';
  if (status === 'rejected') return 'danger';
  return 'warning';
}

/** `2023-07-01 至 2026-06-30`, `2023-07-01 起`, or `—`. */
export function intervalText(from: string | null | undefined, until: string | null | undefined): string {
  if (from && until) return `${from} 至 ${until}`;
  if (from) return `${from} 起`;
  return '—';
}

/** 0.8333 → `83.33%`; null (no quality SME) → `—`. */
export function rateText(rate: number | null | undefined): string {
  if (rate === null || rate === undefined) return '—';
  return `${(rate * 100).toFixed(2)}%`;
}

/** The last day a title counts: the revocation day, else its validity end. */
export function titleLastDay(t: { revokedOn: string | null; validUntil: string }): string {
  return t.revokedOn && t.revokedOn < t.validUntil ? t.revokedOn : t.validUntil;
}
