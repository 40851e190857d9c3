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

const MEASURE_ID = 'S-5[345][a-d]?';

/**
 * A text of the talent rules for people: `现有版本 S-53@plan-2022：…` → `现有版本 “2+3+N”人才政策重点支持（2022年版）：…`,
 * other measure numbers in words. The rules' prose is Chinese already; only the ids go (they stay in the API's JSON).
 */
export function talentText(text: string | null | undefined): string {
  if (!text) return '';
  return text
    .replace(new RegExp(`(${MEASURE_ID})@[a-z]+-(\\d{4})`, 'g'), (_m, id: string, year: string) => `${measureLabel(id)}（${year}年版）`)
    .replace(new RegExp(`(?<![A-Za-z0-9-])${MEASURE_ID}(?![A-Za-z0-9-])`, 'g'), (id) => measureLabel(id));
}
