import type { ComputedRef } from 'vue';
import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import type { LocationQuery, LocationQueryRaw } from 'vue-router';

import type { ColumnSchema, SearchFieldSchema, SearchModel } from '@/components/schema';
import { translate } from '@/locales';
import { formatDate } from '@/utils/format';
import { countyLabel, countyOptions } from '@/utils/labels';
import type { Option } from '@/utils/labels';
import { formatFen } from '@/utils/money';
import { entitlementStatusOptions, isEntitlementStatus, isPayer, payerLabel, payerOptions } from '@/utils/subsidies';

export type EntitlementRow = Api.Subsidies.Entitlement;

export const FILTER_KEYS = ['status', 'awardId', 'county', 'payer', 'uscc'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export const PAGE_SIZES = [20, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 20;

export interface ListState {
  readonly filters: SearchModel;
  readonly page: number;
  readonly pageSize: number;
}

function firstString(value: LocationQuery[string] | undefined): string | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  return typeof v === 'string' && v !== '' ? v : undefined;
}

/** URL query → filters and page (unknown statuses and payers are dropped). */
export function stateFromQuery(query: LocationQuery): ListState {
  const filters: SearchModel = {};
  for (const key of FILTER_KEYS) filters[key] = firstString(query[key]);
  if (!isEntitlementStatus(filters['status'])) filters['status'] = undefined;
  if (!isPayer(filters['payer'])) filters['payer'] = undefined;
  const page = Number(firstString(query['page']) ?? 1);
  const pageSize = Number(firstString(query['pageSize']) ?? DEFAULT_PAGE_SIZE);
  return {
    filters,
    page: Number.isInteger(page) && page > 0 ? page : 1,
    pageSize: (PAGE_SIZES as readonly number[]).includes(pageSize) ? pageSize : DEFAULT_PAGE_SIZE,
  };
}

/** Filters and page → URL query (defaults left out). */
export function stateToQuery(state: ListState): LocationQueryRaw {
  const query: LocationQueryRaw = {};
  for (const key of FILTER_KEYS) {
    const value = state.filters[key]?.trim();
    if (value) query[key] = value;
  }
  if (state.page > 1) query['page'] = String(state.page);
  if (state.pageSize !== DEFAULT_PAGE_SIZE) query['pageSize'] = String(state.pageSize);
  return query;
}

/** The filters as the API wants them; a county-scoped user never sends a county (the API scopes), USCC upper-cased. */
export function toFilters(filters: SearchModel, scopedCounty: string | null): Api.Subsidies.EntitlementFilters {
  const out: Api.Subsidies.EntitlementFilters = {};
  const status = filters['status']?.trim();
  if (isEntitlementStatus(status)) out.status = status;
  const payer = filters['payer']?.trim();
  if (isPayer(payer)) out.payer = payer;
  const awardId = filters['awardId']?.trim();
  if (awardId) out.awardId = awardId;
  const county = filters['county']?.trim();
  if (county && !scopedCounty) out.county = county;
  const uscc = filters['uscc']?.trim().toUpperCase();
  if (uscc) out.uscc = uscc;
  return out;
}

/** Rows that may go into a new 公示 list. */
export function canPublish(row: Pick<EntitlementRow, 'status'>): boolean {
  return row.status === 'pending-publicity';
}

/** `关于2025年第一批奖补项目的公示`-style default title of a new list. */
export function defaultPublicityTitle(today: string): string {
  return translate('subsidies.publicity.defaultTitle', { year: today.slice(0, 4) });
}

export function useSearchSchema(options: {
  countyLocked: ComputedRef<boolean>;
  awards: ComputedRef<Option[]>;
}): ComputedRef<SearchFieldSchema[]> {
  const { t } = useI18n();
  return computed(() => {
    const schema: SearchFieldSchema[] = [
      {
        field: 'status',
        label: t('subsidies.field.status'),
        component: 'select',
        options: entitlementStatusOptions(),
        testId: 'entitlement-search-status',
        width: '160px',
      },
      {
        field: 'awardId',
        label: t('subsidies.field.award'),
        component: 'select',
        options: options.awards.value,
        testId: 'entitlement-search-award',
        width: '260px',
      },
    ];
    if (!options.countyLocked.value) {
      schema.push({
        field: 'county',
        label: t('subsidies.field.county'),
        component: 'select',
        options: countyOptions(),
        testId: 'entitlement-search-county',
      });
    }
    schema.push(
      {
        field: 'payer',
        label: t('subsidies.field.payer'),
        component: 'select',
        options: payerOptions(),
        testId: 'entitlement-search-payer',
        width: '140px',
      },
      {
        field: 'uscc',
        label: t('subsidies.field.uscc'),
        component: 'input',
        placeholder: t('subsidies.entitlements.usccPlaceholder'),
        testId: 'entitlement-search-uscc',
        width: '220px',
      },
    );
    return schema;
  });
}

export function useColumns(): ComputedRef<ColumnSchema<EntitlementRow>[]> {
  const { t } = useI18n();
  return computed(() => [
    { key: 'award', label: t('subsidies.field.award'), minWidth: 220, slot: 'award', formatter: (row) => row.awardName },
    { key: 'enterprise', label: t('subsidies.field.enterprise'), minWidth: 220, slot: 'enterprise', formatter: (row) => row.name },
    { key: 'countyCode', label: t('subsidies.field.county'), width: 110, formatter: (row) => countyLabel(row.countyCode) },
    { key: 'amountFen', label: t('subsidies.field.amount'), width: 130, align: 'right', slot: 'amount', formatter: (row) => formatFen(row.amountFen) },
    { key: 'payer', label: t('subsidies.field.payer'), width: 90, formatter: (row) => payerLabel(row.payer) },
    { key: 'status', label: t('subsidies.field.status'), width: 130, slot: 'status', formatter: (row) => row.status },
    { key: 'triggerDate', label: t('subsidies.field.triggerDate'), width: 120, formatter: (row) => formatDate(row.triggerDate) },
  ]);
}
