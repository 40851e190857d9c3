import { ROLE_DEFINITIONS } from '@ladder/shared-permissions';
import type { Permission } from '@ladder/shared-permissions';
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';

import { hasAnyPermission } from '@/utils/permission';

export const TOKEN_STORAGE_KEY = 'ladder.console.token';
export const USER_STORAGE_KEY = 'ladder.console.user';

function readToken(): string | null {
  try {
    return window.sessionStorage.getItem(TOKEN_STORAGE_KEY);
  } catch {
    return null;
  }
}

function readUser(): Api.Auth.User | null {
  try {
    const text = window.sessionStorage.getItem(USER_STORAGE_KEY);
    return text ? (JSON.parse(text) as Api.Auth.User) : null;
  } catch {
    return null;
  }
}

/**
 * The signed-in session. The token lives in sessionStorage (one browser tab, gone when it closes); the user is
 * cached next to it so a reload can render the menu before GET /auth/me answers.
 */
export const useAuthStore = defineStore('auth', () => {
  const token = ref<string | null>(readToken());
  const user = ref<Api.Auth.User | null>(readUser());

  const isLoggedIn = computed(() => Boolean(token.value));
  const permissions = computed<readonly Permission[]>(() => user.value?.permissions ?? []);
  /** The county a county-scoped account is limited to; null for city-wide accounts. */
  const scopedCountyCode = computed<string | null>(() => {
    const u = user.value;
    if (!u?.countyCode) return null;
    return u.roles.some((r) => ROLE_DEFINITIONS[r]?.countyScoped) ? u.countyCode : null;
  });

  function setSession(accessToken: string, account: Api.Auth.User): void {
    token.value = accessToken;
    user.value = account;
    try {
      window.sessionStorage.setItem(TOKEN_STORAGE_KEY, accessToken);
      window.sessionStorage.setItem(USER_STORAGE_KEY, JSON.stringify(account));
    } catch {
      // Storage can be unavailable (private mode); the session then lasts until reload.
    }
  }

  function setUser(account: Api.Auth.User): void {
    user.value = account;
    try {
      window.sessionStorage.setItem(USER_STORAGE_KEY, JSON.stringify(account));
    } catch {
      // See setSession.
    }
  }

  function clearSession(): void {
    token.value = null;
    user.value = null;
    try {
      window.sessionStorage.removeItem(TOKEN_STORAGE_KEY);
      window.sessionStorage.removeItem(USER_STORAGE_KEY);
    } catch {
      // See setSession.
    }
  }

  /** True when the user holds the permission (or, for a list, any of them). */
  function hasPermission(required: Permission | readonly Permission[]): boolean {
    return hasAnyPermission(permissions.value, required);
  }

  return { token, user, isLoggedIn, permissions, scopedCountyCode, setSession, setUser, clearSession, hasPermission };
});
