import type { ComputedRef } from 'vue';
import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import type { LocationQuery, LocationQueryRaw } from 'vue-router';

import type { ColumnSchema, SearchFieldSchema, SearchModel } from '@/components/schema';
import { formatDateTime } from '@/utils/format';
import {
  categoryOptions,
  chainOptions,
  countyLabel,
  countyOptions,
  industryGroupLabel,
  industryGroupOptions,
  sizeClassOptions,
  tierOptions,
} from '@/utils/labels';

export type EnterpriseRow = Api.Enterprise.Enterprise;

/** Filters kept in the URL query, in the order of the form. */
export const FILTER_KEYS = ['q', 'county', 'industryGroup', 'chain', 'sizeClass', 'tier', 'category', 'status'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export const PAGE_SIZES = [20, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 20;
export const DEFAULT_STATUS = 'active';
const SORTS = ['name', '-name', 'updatedAt', '-updatedAt', 'uscc', 'countyCode'] as const;

export interface ListState {
  readonly filters: SearchModel;
  readonly page: number;
  readonly pageSize: number;
  readonly sort: Api.Enterprise.ListQuery['sort'];
}

function firstString(value: LocationQuery[string] | undefined): string | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  return typeof v === 'string' && v !== '' ? v : undefined;
}

/** URL query → form model, page and sort (unknown values are dropped). */
export function stateFromQuery(query: LocationQuery): ListState {
  const filters: SearchModel = {};
  for (const key of FILTER_KEYS) filters[key] = firstString(query[key]);
  filters['status'] ??= DEFAULT_STATUS;
  const page = Number(firstString(query['page']) ?? 1);
  const pageSize = Number(firstString(query['pageSize']) ?? DEFAULT_PAGE_SIZE);
  const sort = firstString(query['sort']);
  return {
    filters,
    page: Number.isInteger(page) && page > 0 ? page : 1,
    pageSize: (PAGE_SIZES as readonly number[]).includes(pageSize) ? pageSize : DEFAULT_PAGE_SIZE,
    sort: (SORTS as readonly string[]).includes(sort ?? '') ? (sort as Api.Enterprise.ListQuery['sort']) : undefined,
  };
}

/** Form model, page and sort → URL query (defaults are left out to keep links short). */
export function stateToQuery(state: ListState): LocationQueryRaw {
  const query: LocationQueryRaw = {};
  for (const key of FILTER_KEYS) {
    const value = state.filters[key]?.trim();
    if (!value || (key === 'status' && value === DEFAULT_STATUS)) continue;
    query[key] = value;
  }
  if (state.page > 1) query['page'] = String(state.page);
  if (state.pageSize !== DEFAULT_PAGE_SIZE) query['pageSize'] = String(state.pageSize);
  if (state.sort) query['sort'] = state.sort;
  return query;
}

/** The filters as the API wants them; a county-scoped user never sends a county (the gateway applies it). */
export function toFilters(filters: SearchModel, scopedCounty: string | null): Api.Enterprise.Filters {
  const pick = (key: FilterKey): string | undefined => filters[key]?.trim() || undefined;
  const out: Record<string, string> = {};
  for (const key of FILTER_KEYS) {
    const value = pick(key);
    if (value !== undefined) out[key] = value;
  }
  if (scopedCounty) delete out['county'];
  return out;
}

export function useSearchSchema(options: { countyLocked: ComputedRef<boolean> }): ComputedRef<SearchFieldSchema[]> {
  const { t } = useI18n();
  return computed(() => {
    const schema: SearchFieldSchema[] = [
      {
        field: 'q',
        label: t('enterprise.field.q'),
        component: 'input',
        placeholder: t('enterprise.list.qPlaceholder'),
        testId: 'enterprise-search-q',
        width: '240px',
      },
    ];
    if (!options.countyLocked.value) {
      schema.push({
        field: 'county',
        label: t('enterprise.field.countyCode'),
        component: 'select',
        options: countyOptions(),
        testId: 'enterprise-search-county',
      });
    }
    schema.push(
      {
        field: 'industryGroup',
        label: t('enterprise.field.industryGroup'),
        component: 'select',
        options: industryGroupOptions(),
        width: '200px',
      },
      { field: 'chain', label: t('enterprise.field.chains'), component: 'select', options: chainOptions(), width: '200px' },
      { field: 'sizeClass', label: t('enterprise.field.sizeClass'), component: 'select', options: sizeClassOptions() },
      {
        field: 'tier',
        label: t('enterprise.field.tier'),
        component: 'select',
        options: [...tierOptions(), { value: 'none', label: t('enterprise.tierNone') }],
        width: '220px',
      },
      {
        field: 'category',
        label: t('enterprise.field.category'),
        component: 'select',
        options: [...categoryOptions(), { value: 'none', label: t('enterprise.categoryNone') }],
      },
      {
        field: 'status',
        label: t('enterprise.field.status'),
        component: 'select',
        clearable: false,
        options: [
          { value: 'active', label: t('enterprise.status.active') },
          { value: 'removed', label: t('enterprise.status.removed') },
          { value: 'all', label: t('enterprise.status.all') },
        ],
        width: '120px',
      },
    );
    return schema;
  });
}

export function useColumns(): ComputedRef<ColumnSchema<EnterpriseRow>[]> {
  const { t } = useI18n();
  return computed(() => [
    // The USCC sits under the name, and the status (when not 在库) next to it: the list fits 1366 px.
    { key: 'name', label: t('enterprise.field.name'), minWidth: 220, fixed: 'left', sortable: 'custom', slot: 'name' },
    {
      key: 'countyCode',
      label: t('enterprise.field.countyCode'),
      width: 90,
      formatter: (row) => countyLabel(row.countyCode),
    },
    {
      key: 'industryGroup',
      label: t('enterprise.field.industryGroup'),
      minWidth: 110,
      formatter: (row) => industryGroupLabel(row.industryGroup),
    },
    { key: 'chains', label: t('enterprise.field.chains'), minWidth: 130, slot: 'chains' },
    { key: 'sizeClass', label: t('enterprise.field.sizeClass'), width: 80, slot: 'sizeClass' },
    { key: 'tier', label: t('enterprise.field.tier'), width: 150, slot: 'tier' },
    { key: 'category', label: t('enterprise.field.category'), width: 100, slot: 'category' },
    {
      key: 'updatedAt',
      label: t('enterprise.field.updatedAt'),
      width: 140,
      sortable: 'custom',
      formatter: (row) => formatDateTime(row.updatedAt),
    },
  ]);
}
