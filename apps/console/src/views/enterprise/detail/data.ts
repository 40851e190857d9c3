import { INDUSTRY_CHAINS } from '@ladder/shared-domain';
import type { ComputedRef } from 'vue';
import { computed } from 'vue';
import { useI18n } from 'vue-i18n';

import { ANNUAL_FIELDS, annualFieldLabel, formatFact } from '@/components/annual-facts/annual-facts-schema';
import type { ColumnSchema } from '@/components/schema';
import { hasMessage, translate } from '@/locales';
import { EMPTY_TEXT, formatDate, formatDateTime, formatWan, toText } from '@/utils/format';
import {
  categoryLabel,
  chainLabel,
  countyLabel,
  industryGroupLabel,
  sizeClassLabel,
  tierLabel,
} from '@/utils/labels';

// ---------------------------------------------------------------- annual data table

export type AnnualRow = Api.Enterprise.AnnualData;

/** The years of annual data (fit 1366 px with the expand and edit columns). */
export function useAnnualColumns(): ComputedRef<ColumnSchema<AnnualRow>[]> {
  const { t } = useI18n();
  return computed(() => [
    { key: 'year', label: t('enterprise.annual.year'), width: 70, formatter: (r) => String(r.year) },
    {
      key: 'employees',
      label: t('enterprise.annual.field.employees'),
      minWidth: 90,
      align: 'right',
      formatter: (r) => (r.facts.employees === undefined ? EMPTY_TEXT : r.facts.employees.toLocaleString('zh-CN')),
    },
    {
      key: 'operatingRevenue',
      label: t('enterprise.annual.field.operatingRevenue'),
      minWidth: 110,
      align: 'right',
      formatter: (r) => formatWan(r.facts.operatingRevenue),
    },
    {
      key: 'rdExpense',
      label: t('enterprise.annual.field.rdExpense'),
      minWidth: 90,
      align: 'right',
      formatter: (r) => formatWan(r.facts.rdExpense),
    },
    {
      key: 'totalAssets',
      label: t('enterprise.annual.field.totalAssets'),
      minWidth: 110,
      align: 'right',
      formatter: (r) => formatWan(r.facts.totalAssets),
    },
    { key: 'sizeClass', label: t('enterprise.field.sizeClass'), width: 90, slot: 'sizeClass' },
    { key: 'revision', label: t('enterprise.annual.revision'), width: 60, align: 'center', formatter: (r) => String(r.revision) },
    {
      key: 'source',
      label: t('enterprise.annual.source'),
      width: 80,
      formatter: (r) => t(`enterprise.annual.sourceType.${r.source}`),
    },
    { key: 'submittedBy', label: t('enterprise.annual.submittedBy'), width: 90, formatter: (r) => r.submittedBy },
    {
      key: 'submittedAt',
      label: t('enterprise.annual.submittedAt'),
      width: 140,
      formatter: (r) => formatDateTime(r.submittedAt),
    },
  ]);
}

// ---------------------------------------------------------------- change log

const ENTERPRISE_FIELDS = new Set([
  'uscc',
  'name',
  'countyCode',
  'industryGroup',
  'chains',
  'sizeClass',
  'tier',
  'category',
  'status',
  'mainProduct',
  'legalRepresentative',
  'establishedOn',
  'address',
  'independentLegalPerson',
  'contacts',
  'admittedAt',
  'removedAt',
  'removalReason',
  'latestDataYear',
  'sizeClassYear',
]);

export interface ChangeRow {
  readonly field: string;
  readonly label: string;
  readonly before: string;
  readonly after: string;
}

function plain(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Nested objects (a whole `facts` change) are compared leaf by leaf so each changed fact gets its own line. */
function flatten(prefix: string, before: unknown, after: unknown, out: { field: string; before: unknown; after: unknown }[]): void {
  if ((plain(before) || before == null) && (plain(after) || after == null) && (plain(before) || plain(after))) {
    const b = plain(before) ? before : {};
    const a = plain(after) ? after : {};
    for (const key of new Set([...Object.keys(b), ...Object.keys(a)])) {
      flatten(prefix ? `${prefix}.${key}` : key, b[key], a[key], out);
    }
    return;
  }
  if (JSON.stringify(before) !== JSON.stringify(after)) out.push({ field: prefix, before, after });
}

function formatContacts(value: unknown): string {
  if (!Array.isArray(value)) return EMPTY_TEXT;
  if (value.length === 0) return EMPTY_TEXT;
  return (value as Record<string, unknown>[])
    .map((c) => [c['name'], c['position'], c['phone'], c['email']].filter((x) => typeof x === 'string' && x).join(' '))
    .join('；');
}

export function formatChangeValue(field: string, value: unknown): string {
  if (value === undefined || value === null || value === '') return EMPTY_TEXT;
  const path = field.replace(/^(facts|annual|patch)\./, '');
  switch (path) {
    case 'countyCode':
      return countyLabel(toText(value));
    case 'industryGroup':
      return industryGroupLabel(toText(value));
    case 'chains':
      if (!Array.isArray(value)) return toText(value);
      return (
        (value as string[]).map((c) => (INDUSTRY_CHAINS.some((x) => x.code === c) ? chainLabel(c) : c)).join('、') ||
        EMPTY_TEXT
      );
    case 'tier':
      return tierLabel(toText(value), EMPTY_TEXT);
    case 'category':
      return categoryLabel(toText(value), EMPTY_TEXT);
    case 'sizeClass':
      return sizeClassLabel(toText(value), EMPTY_TEXT);
    case 'status':
      return hasMessage(`enterprise.status.${toText(value)}`)
        ? translate(`enterprise.status.${toText(value)}`)
        : toText(value);
    case 'contacts':
      return formatContacts(value);
    case 'establishedOn':
    case 'admittedAt':
    case 'removedAt':
      return /T/.test(toText(value)) ? formatDateTime(toText(value)) : formatDate(toText(value));
    default:
      break;
  }
  const annual = ANNUAL_FIELDS.find((f) => f.path === path);
  if (annual) return formatFact(annual, value);
  if (path === 'scienceAwards' && Array.isArray(value)) {
    return (value as { level?: string; rank?: number }[])
      .map((a) => `${translate(`enterprise.annual.awardLevelOption.${a.level ?? ''}`)} #${a.rank ?? ''}`)
      .join('；');
  }
  if (typeof value === 'boolean') return translate(value ? 'common.yes' : 'common.no');
  return toText(value);
}

export function changeFieldLabel(field: string): string {
  const path = field.replace(/^(facts|annual|patch)\./, '');
  if (ENTERPRISE_FIELDS.has(path)) return translate(`enterprise.field.${path}`);
  if (path === 'scienceAwards') return translate('enterprise.annual.field.scienceAwards');
  return annualFieldLabel(path);
}

export function changeRows(entry: Api.Enterprise.ChangeLogEntry): ChangeRow[] {
  const flat: { field: string; before: unknown; after: unknown }[] = [];
  for (const change of entry.changes) {
    if (change.field === 'contacts' || change.field === 'chains' || change.field === 'scienceAwards') {
      flat.push(change);
    } else {
      flatten(change.field, change.before, change.after, flat);
    }
  }
  return flat.map((c) => ({
    field: c.field,
    label: changeFieldLabel(c.field),
    before: formatChangeValue(c.field, c.before),
    after: formatChangeValue(c.field, c.after),
  }));
}
