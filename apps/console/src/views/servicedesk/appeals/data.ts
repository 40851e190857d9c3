import type { LocationQuery, LocationQueryRaw } from 'vue-router';

import type { SearchFieldSchema, SearchModel } from '@/components/schema';
import { translate } from '@/locales';
import { formatDate } from '@/utils/format';
import { countyOptions } from '@/utils/labels';
import type { Option } from '@/utils/labels';
import {
  categoryOptions,
  isAppealCategory,
  isAppealStatus,
  nextClock,
  statusOptions,
} from '@/utils/servicedesk';

export type AppealRow = Api.Servicedesk.Appeal;

/** `queue`: a department's open appeals (我的待办); `all`: every appeal the user may see (诉求台账). */
export type ListMode = 'queue' | 'all';

export const FILTER_KEYS = ['status', 'category', 'departmentCode', 'countyCode', 'uscc', 'overdue'] as const;
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

export function stateFromQuery(query: LocationQuery): ListState {
  const filters: SearchModel = {};
  for (const key of FILTER_KEYS) filters[key] = firstString(query[key]);
  if (!isAppealStatus(filters['status'])) filters['status'] = undefined;
  if (!isAppealCategory(filters['category'])) filters['category'] = undefined;
  if (filters['overdue'] !== 'true') filters['overdue'] = undefined;
  const page = Number(firstString(query['page']) ?? 1);
  const pageSize = Number(firstString(query['pageSize']) ?? DEFAULT_PAGE_SIZE);
  return {
    filters,
    page: Number.isInteger(page) && page > 0 ? page : 1,
    pageSize: (PAGE_SIZES as readonly number[]).includes(pageSize) ? pageSize : DEFAULT_PAGE_SIZE,
  };
}

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

/** The filters as the API wants them: a county-scoped user never sends a county, USCC upper-cased. */
export function toFilters(filters: SearchModel, scopedCounty: string | null): Api.Servicedesk.AppealFilters {
  const out: Api.Servicedesk.AppealFilters = {};
  const status = filters['status'];
  const category = filters['category'];
  if (isAppealStatus(status)) out.status = status;
  if (isAppealCategory(category)) out.category = category;
  if (filters['departmentCode']) out.departmentCode = filters['departmentCode'];
  if (filters['countyCode'] && !scopedCounty) out.countyCode = filters['countyCode'];
  if (filters['uscc']) out.uscc = filters['uscc'].trim().toUpperCase();
  if (filters['overdue'] === 'true') out.overdue = true;
  return out;
}

export function useSearchSchema(opts: {
  mode: ListMode;
  countyLocked: boolean;
  departments: readonly Option[];
}): SearchFieldSchema[] {
  const t = translate;
  const yes: Option[] = [{ value: 'true', label: t('common.yes') }];
  const fields: SearchFieldSchema[] = [
    {
      field: 'status',
      label: t('servicedesk.field.status'),
      component: 'select',
      options: statusOptions(),
      testId: 'sd-search-status',
    },
    {
      field: 'category',
      label: t('servicedesk.field.category'),
      component: 'select',
      options: categoryOptions(),
      width: '140px',
    },
  ];
  if (opts.mode === 'all')
    fields.push({
      field: 'departmentCode',
      label: t('servicedesk.field.department'),
      component: 'select',
      options: opts.departments,
    });
  if (opts.mode === 'all' && !opts.countyLocked)
    fields.push({
      field: 'countyCode',
      label: t('servicedesk.field.county'),
      component: 'select',
      options: countyOptions(),
      width: '140px',
    });
  fields.push({ field: 'uscc', label: t('servicedesk.field.uscc'), component: 'input', width: '200px' });
  fields.push({
    field: 'overdue',
    label: t('servicedesk.field.overdue'),
    component: 'select',
    options: yes,
    width: '100px',
  });
  return fields;
}

/** `2026-10-13（剩余3个工作日）` or the paused/late text of the clock to watch. */
export function nextDueText(row: AppealRow): string {
  const c = nextClock(row);
  if (!c) return row.clocks.length > 0 ? translate('servicedesk.common.allDone') : '—';
  const kind = translate(`servicedesk.clockKind.${c.kind}`);
  if (c.state === 'paused') return `${kind} · ${translate('servicedesk.common.noDue')}`;
  if (c.state === 'overdue')
    return `${kind} ${formatDate(c.dueOn)} · ${translate('servicedesk.common.late', { n: c.workingDaysLate })}`;
  const left =
    c.workingDaysLeft === 0
      ? translate('servicedesk.detail.remainingToday')
      : translate('servicedesk.detail.remainingDays', { n: c.workingDaysLeft ?? 0 });
  return `${kind} ${formatDate(c.dueOn)} · ${left}`;
}
