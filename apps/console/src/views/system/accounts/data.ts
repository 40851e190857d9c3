import type { FormItemRule } from 'element-plus';
import type { ComputedRef } from 'vue';
import { computed } from 'vue';
import { useI18n } from 'vue-i18n';

import type { ColumnSchema, SearchFieldSchema } from '@/components/schema';
import { formatDateTime } from '@/utils/format';

export type AccountRow = Api.System.Account;
export type AccountState = 'normal' | 'disabled' | 'locked';

const USERNAME = /^[A-Za-z0-9_.-]{3,32}$/;

export function accountState(account: AccountRow, now: number = Date.now()): AccountState {
  if (account.disabled) return 'disabled';
  if (account.lockedUntil && new Date(account.lockedUntil).getTime() > now) return 'locked';
  return 'normal';
}

/** Client-side keyword filter (GET /accounts answers the whole list). */
export function matchesKeyword(account: AccountRow, keyword: string | undefined): boolean {
  const k = keyword?.trim().toLowerCase();
  if (!k) return true;
  return [account.username, account.displayName, account.department ?? ''].some((v) => v.toLowerCase().includes(k));
}

export function useSearchSchema(): ComputedRef<SearchFieldSchema[]> {
  const { t } = useI18n();
  return computed(() => [
    {
      field: 'keyword',
      label: t('enterprise.field.q'),
      component: 'input',
      placeholder: t('system.accounts.keywordPlaceholder'),
      testId: 'account-search-keyword',
      width: '240px',
    },
  ]);
}

export function useColumns(): ComputedRef<ColumnSchema<AccountRow>[]> {
  const { t } = useI18n();
  return computed(() => [
    { key: 'username', label: t('system.accounts.username'), width: 110, slot: 'username' },
    { key: 'displayName', label: t('system.accounts.displayName'), width: 100, formatter: (r) => r.displayName },
    { key: 'department', label: t('system.accounts.department'), minWidth: 140, formatter: (r) => r.department ?? '—' },
    { key: 'roles', label: t('system.accounts.roles'), minWidth: 170, slot: 'roles' },
    { key: 'county', label: t('system.accounts.county'), width: 90, slot: 'county' },
    // The failed sign-ins are shown with the status; the creation time is in the edit form's audit trail.
    { key: 'status', label: t('system.accounts.status'), width: 110, slot: 'status' },
    { key: 'lastLoginAt', label: t('system.accounts.lastLoginAt'), width: 140, formatter: (r) => formatDateTime(r.lastLoginAt) },
  ]);
}

export interface AccountFormModel {
  username: string;
  displayName: string;
  department: string;
}

export function useFormSchema(): ComputedRef<{
  fields: { prop: keyof AccountFormModel; label: string; maxLength: number; createOnly: boolean; testId: string }[];
  rules: Record<keyof AccountFormModel, FormItemRule[]>;
}> {
  const { t } = useI18n();
  return computed(() => ({
    fields: [
      { prop: 'username', label: t('system.accounts.username'), maxLength: 32, createOnly: true, testId: 'account-form-username' },
      { prop: 'displayName', label: t('system.accounts.displayName'), maxLength: 50, createOnly: false, testId: 'account-form-name' },
      {
        prop: 'department',
        label: t('system.accounts.department'),
        maxLength: 100,
        createOnly: false,
        testId: 'account-form-department',
      },
    ],
    rules: {
      username: [
        { required: true, message: t('system.accounts.usernameRequired'), trigger: 'blur' },
        { pattern: USERNAME, message: t('system.accounts.usernameRule'), trigger: 'blur' },
      ],
      displayName: [{ required: true, whitespace: true, message: t('system.accounts.displayNameRequired'), trigger: 'blur' }],
      department: [],
    },
  }));
}
