import type { ComputedRef } from 'vue';
import { computed } from 'vue';
import { useI18n } from 'vue-i18n';

import type { ColumnSchema, SearchFieldSchema, SearchModel } from '@/components/schema';
import { hasMessage, translate } from '@/locales';
import { EMPTY_TEXT, formatDateTime } from '@/utils/format';

export type AuditRow = Api.System.AuditEntry;
export type DateRange = [string, string] | null;

/**
 * Filters → query. The day range is Beijing time: `from` is the start of the first day, `to` the end of the
 * last, both as ISO 8601 instants with +08:00.
 */
export function toAuditFilters(model: SearchModel, range: DateRange): Api.System.AuditFilters {
  const out: Api.System.AuditFilters = {};
  const actor = model['actor']?.trim();
  const action = model['action']?.trim();
  const result = model['result'];
  if (actor) out.actor = actor;
  if (action) out.action = action;
  if (result === 'success' || result === 'failure') out.result = result;
  if (range) {
    out.from = `${range[0]}T00:00:00.000+08:00`;
    out.to = `${range[1]}T23:59:59.999+08:00`;
  }
  return out;
}

export function formatJson(value: unknown): string {
  if (value === undefined || value === null) return EMPTY_TEXT;
  try {
    return JSON.stringify(value, null, 2);
  } catch {
    return EMPTY_TEXT;
  }
}

export function useSearchSchema(): ComputedRef<SearchFieldSchema[]> {
  const { t } = useI18n();
  return computed(() => [
    { field: 'actor', label: t('system.audit.actor'), component: 'input', testId: 'audit-search-actor', width: '160px' },
    { field: 'action', label: t('system.audit.action'), component: 'input', testId: 'audit-search-action', width: '200px' },
    {
      field: 'result',
      label: t('system.audit.result'),
      component: 'select',
      width: '120px',
      testId: 'audit-search-result',
      options: [
        { value: 'success', label: t('system.audit.success') },
        { value: 'failure', label: t('system.audit.failure') },
      ],
    },
  ]);
}

/** `subsidies.publicity.create` → 发起公示; an action without a name (a route's method and path) → 其他操作. */
export function actionLabel(action: string): string {
  const key = `system.audit.actionName.${action}`;
  return /^[a-z-]+(?:\.[a-z-]+)+$/.test(action) && hasMessage(key) ? translate(key) : translate('system.audit.otherAction');
}

/** A backend error code in words (`error.<CODE>`), or the code when the console does not know it. */
export function errorText(code: string): string {
  return hasMessage(`error.${code}`) ? translate(`error.${code}`) : code;
}

/**
 * Columns that fit 1366 px (the result holds the status, the error and its reason); the request line, IP address
 * and the before/after values are in the expanded row.
 */
export function useColumns(): ComputedRef<ColumnSchema<AuditRow>[]> {
  const { t } = useI18n();
  return computed(() => [
    { key: 'at', label: t('system.audit.at'), width: 160, formatter: (r) => formatDateTime(r.at, true) },
    { key: 'actor', label: t('system.audit.actor'), width: 100, formatter: (r) => r.actor },
    { key: 'roles', label: t('system.audit.roles'), minWidth: 170, slot: 'roles' },
    { key: 'action', label: t('system.audit.action'), minWidth: 150, slot: 'action', formatter: (r) => actionLabel(r.action) },
    { key: 'target', label: t('system.audit.target'), minWidth: 170, slot: 'target', formatter: (r) => r.target ?? EMPTY_TEXT },
    { key: 'result', label: t('system.audit.result'), minWidth: 180, slot: 'result' },
  ]);
}
