import type { Role } from '@ladder/shared-permissions';
import type { ComputedRef } from 'vue';
import { computed } from 'vue';
import { useI18n } from 'vue-i18n';

import type { ColumnSchema, SearchFieldSchema } from '@/components/schema';

export type RoleAccountRow = Api.System.Account;

export interface RoleFormModel {
  roles: Role[];
  countyCode: string;
}

/** True when one of the roles is county-scoped (then a county is required). */
export function needsCounty(roles: readonly Role[], definitions: readonly Api.System.RoleInfo[]): boolean {
  return roles.some((r) => definitions.find((d) => d.role === r)?.countyScoped === true);
}

/** PUT /accounts/:id/roles body: the county only travels with county-scoped roles. */
export function toAssignRequest(
  model: RoleFormModel,
  definitions: readonly Api.System.RoleInfo[],
): Api.System.AssignRolesRequest {
  return needsCounty(model.roles, definitions) && model.countyCode
    ? { roles: [...model.roles], countyCode: model.countyCode }
    : { roles: [...model.roles] };
}

export function useSearchSchema(): ComputedRef<SearchFieldSchema[]> {
  const { t } = useI18n();
  return computed(() => [
    {
      field: 'keyword',
      label: t('enterprise.field.q'),
      component: 'input',
      placeholder: t('system.accounts.keywordPlaceholder'),
      width: '240px',
    },
  ]);
}

export function useColumns(): ComputedRef<ColumnSchema<RoleAccountRow>[]> {
  const { t } = useI18n();
  return computed(() => [
    { key: 'username', label: t('system.accounts.username'), width: 140, slot: 'username' },
    { key: 'displayName', label: t('system.accounts.displayName'), width: 120, formatter: (r) => r.displayName },
    { key: 'department', label: t('system.accounts.department'), minWidth: 160, formatter: (r) => r.department ?? '—' },
    { key: 'roles', label: t('system.roles.roles'), minWidth: 260, slot: 'roles' },
    { key: 'county', label: t('system.roles.county'), width: 120, slot: 'county' },
  ]);
}
