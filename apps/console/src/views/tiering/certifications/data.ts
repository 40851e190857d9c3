import { validateUscc } from '@ladder/shared-domain';
import type { Tier } from '@ladder/shared-domain';
import type { ComputedRef } from 'vue';
import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import type { LocationQuery } from 'vue-router';

import type { ColumnSchema, SearchFieldSchema, SearchModel } from '@/components/schema';
import { isChinese, translate } from '@/locales';
import { EMPTY_TEXT, formatDate } from '@/utils/format';
import { countyLabel, countyOptions, tierOptions } from '@/utils/labels';
import {
  addDays,
  CERTIFICATION_STATUSES,
  certificationKindLabel,
  certificationStatusLabel,
  certificationStatusOptions,
  isTier,
  tierText,
} from '@/utils/tiering';

export type CertificationRow = Api.Tiering.Certification;

/** Titles expiring within this many days are shown in orange, within {@link EXPIRY_DANGER_DAYS} in red. */
export const EXPIRY_WARNING_DAYS = 90;
export const EXPIRY_DANGER_DAYS = 30;
/** Years a fraud revocation bars new applications (the service computes `barredUntil`). */
export const FRAUD_BAR_YEARS = 3;

export type ExpiryTone = 'normal' | 'warning' | 'danger' | 'expired' | 'muted';

/**
 * Colour of the days to expiry: red at ≤ 30 days, orange at ≤ 90, grey once past; titles that are not valid
 * (revoked, superseded) are not coloured at all.
 */
export function expiryTone(days: number, status: Api.Tiering.CertificationState = 'valid'): ExpiryTone {
  if (status === 'revoked' || status === 'superseded') return 'muted';
  if (days < 0) return 'expired';
  if (days <= EXPIRY_DANGER_DAYS) return 'danger';
  if (days <= EXPIRY_WARNING_DAYS) return 'warning';
  return 'normal';
}

export function daysText(days: number): string {
  return days < 0
    ? translate('tiering.certifications.expiredDays', { days: -days })
    : translate('tiering.certifications.days', { days });
}

// ---------------------------------------------------------------- filters

export function filtersFromQuery(query: LocationQuery): SearchModel {
  const uscc = Array.isArray(query['uscc']) ? query['uscc'][0] : query['uscc'];
  return typeof uscc === 'string' && uscc ? { uscc } : {};
}

/** "90天内到期" asks the valid titles whose validity ends by today + 90 days. */
export function toCertificationQuery(
  model: SearchModel,
  expiringSoon: boolean,
  scopedCounty: string | null,
  today: string,
): Omit<Api.Tiering.CertificationListQuery, 'page' | 'pageSize'> {
  const out: Omit<Api.Tiering.CertificationListQuery, 'page' | 'pageSize'> = {};
  const uscc = model['uscc']?.trim().toUpperCase();
  const status = model['status'];
  const tier = model['tier'];
  const county = model['county'];
  if (uscc) out.uscc = uscc;
  if (status && (CERTIFICATION_STATUSES as readonly string[]).includes(status))
    out.status = status as Api.Tiering.CertificationState;
  if (isTier(tier)) out.tier = tier;
  if (county && !scopedCounty) out.county = county;
  if (expiringSoon) {
    out.expiringBy = addDays(today, EXPIRY_WARNING_DAYS);
    out.status = 'valid';
  }
  return out;
}

export function useSearchSchema(options: { countyLocked: ComputedRef<boolean> }): ComputedRef<SearchFieldSchema[]> {
  const { t } = useI18n();
  return computed(() => {
    const schema: SearchFieldSchema[] = [
      { field: 'uscc', label: t('tiering.field.uscc'), component: 'input', width: '200px', testId: 'certification-search-uscc' },
      {
        field: 'status',
        label: t('tiering.field.status'),
        component: 'select',
        options: certificationStatusOptions(),
        width: '130px',
      },
      { field: 'tier', label: t('tiering.field.tier'), component: 'select', options: tierOptions(), width: '220px' },
    ];
    if (!options.countyLocked.value) {
      schema.push({ field: 'county', label: t('tiering.field.county'), component: 'select', options: countyOptions() });
    }
    return schema;
  });
}

/** Columns that fit 1366 px: the kind sits under the tier, the validity period is one column. */
export function useColumns(): ComputedRef<ColumnSchema<CertificationRow>[]> {
  const { t } = useI18n();
  return computed(() => [
    {
      key: 'name',
      label: t('tiering.field.name'),
      minWidth: 170,
      fixed: 'left',
      slot: 'name',
      formatter: (r) => r.name || r.uscc,
    },
    { key: 'countyCode', label: t('tiering.field.county'), width: 80, formatter: (r) => countyLabel(r.countyCode) },
    {
      key: 'tier',
      label: t('tiering.field.tier'),
      width: 130,
      slot: 'tier',
      formatter: (r) => `${tierText(r.tier)}（${certificationKindLabel(r.kind)}）`,
    },
    {
      key: 'status',
      label: t('tiering.field.status'),
      width: 90,
      slot: 'status',
      formatter: (r) => certificationStatusLabel(r.status),
    },
    { key: 'docNo', label: t('tiering.certifications.docNo'), minWidth: 150, slot: 'docNo', formatter: (r) => r.docNo },
    {
      key: 'validity',
      label: t('tiering.certifications.validity'),
      width: 110,
      slot: 'validity',
      formatter: (r) => `${formatDate(r.certifiedOn)} ${t('tiering.certifications.until', { date: formatDate(r.validUntil) })}`,
    },
    {
      key: 'daysToExpiry',
      label: t('tiering.certifications.daysToExpiry'),
      width: 90,
      align: 'right',
      slot: 'days',
      formatter: (r) => daysText(r.daysToExpiry),
    },
    {
      key: 'review',
      label: t('tiering.certifications.review'),
      minWidth: 140,
      slot: 'review',
      formatter: (r) => r.review.reason,
    },
    { key: 'actions', label: t('common.actions'), width: 100, fixed: 'right', slot: 'actions' },
  ]);
}

export function canRenew(row: CertificationRow): boolean {
  return row.status === 'valid' || row.status === 'expired';
}

export function canRevoke(row: CertificationRow): boolean {
  return row.status === 'valid';
}

export function renewalLines(row: CertificationRow): string[] {
  return row.renewals.map((r) =>
    translate('tiering.certifications.renewalItem', {
      date: formatDate(r.renewedOn),
      docNo: r.docNo,
      validUntil: formatDate(r.validUntil),
    }),
  );
}

// ---------------------------------------------------------------- expiry calendar

/** Valid titles expiring on each day of `month` (`YYYY-MM`), by validUntil. */
export function groupByExpiryDay(rows: readonly CertificationRow[], month: string): Record<string, CertificationRow[]> {
  const out: Record<string, CertificationRow[]> = {};
  for (const row of rows) {
    if (!row.validUntil.startsWith(`${month}-`)) continue;
    (out[row.validUntil] ??= []).push(row);
  }
  return out;
}

/** `YYYY-MM` of a calendar Date (the calendar works in the browser's local days). */
export function monthOf(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
}

// ---------------------------------------------------------------- dialogs

export interface RecordModel {
  uscc: string;
  tier: Tier | '';
  issuer: string;
  docNo: string;
  certifiedOn: string;
  validUntil: string;
}

/** Why a USCC is not valid (null when it is), in the current language (the domain words it in Chinese). */
export function usccError(value: string): string | null {
  const r = validateUscc(value);
  if (r.valid) return null;
  if (isChinese()) return r.message;
  return translate(`enterprise.uscc.reason.${r.reason}`, {
    length: r.normalized.length,
    position: r.position ?? '',
    char: r.position ? r.normalized.charAt(r.position - 1) : '',
    expected: r.expectedCheckCharacter ?? '',
    actual: r.normalized.charAt(17),
  });
}

export function emptyRecordModel(uscc = ''): RecordModel {
  return { uscc, tier: '', issuer: '', docNo: '', certifiedOn: '', validUntil: '' };
}

export function toRecordRequest(model: RecordModel): Api.Tiering.RecordCertification {
  if (model.tier === '') throw new RangeError(translate('tiering.certifications.tierRequired'));
  return {
    uscc: model.uscc.trim().toUpperCase(),
    tier: model.tier,
    issuer: model.issuer.trim(),
    docNo: model.docNo.trim(),
    certifiedOn: model.certifiedOn,
    ...(model.validUntil ? { validUntil: model.validUntil } : {}),
  };
}

export interface RenewModel {
  docNo: string;
  renewedOn: string;
  validUntil: string;
}

export function toRenewRequest(model: RenewModel): Api.Tiering.RenewCertification {
  return { docNo: model.docNo.trim(), renewedOn: model.renewedOn, ...(model.validUntil ? { validUntil: model.validUntil } : {}) };
}

export interface RevokeModel {
  reason: string;
  fraud: boolean;
  revokedOn: string;
}

export function toRevokeRequest(model: RevokeModel): Api.Tiering.RevokeCertification {
  return { reason: model.reason.trim(), fraud: model.fraud, revokedOn: model.revokedOn };
}

/** The day a fraud revocation bars applications until (revocation date + 3 years), for the dialog's hint. */
export function barredUntilPreview(revokedOn: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(revokedOn)) return EMPTY_TEXT;
  const year = Number(revokedOn.slice(0, 4)) + FRAUD_BAR_YEARS;
  const monthDay = revokedOn.slice(5);
  // 29 February has no counterpart three years later.
  return monthDay === '02-29' ? `${year}-02-28` : `${year}-${monthDay}`;
}
