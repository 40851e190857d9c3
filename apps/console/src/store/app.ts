import { defineStore } from 'pinia';
import { ref } from 'vue';

import { applyLocale, LOCALE_STORAGE_KEY, readStoredLocale } from '@/locales';
import type { AppLocale } from '@/locales';

const COLLAPSED_STORAGE_KEY = 'ladder.console.menuCollapsed';

function readCollapsed(): boolean {
  try {
    return window.localStorage.getItem(COLLAPSED_STORAGE_KEY) === '1';
  } catch {
    return false;
  }
}

/** UI preferences: language (zh-CN by default) and the side menu's state, both kept in localStorage. */
export const useAppStore = defineStore('app', () => {
  const locale = ref<AppLocale>(readStoredLocale());
  const collapsed = ref(readCollapsed());

  function setLocale(next: AppLocale): void {
    locale.value = next;
    applyLocale(next);
    try {
      window.localStorage.setItem(LOCALE_STORAGE_KEY, next);
    } catch {
      // Not persisted; the choice lasts until reload.
    }
  }

  function toggleLocale(): void {
    setLocale(locale.value === 'zh-CN' ? 'en' : 'zh-CN');
  }

  function toggleCollapsed(): void {
    collapsed.value = !collapsed.value;
    try {
      window.localStorage.setItem(COLLAPSED_STORAGE_KEY, collapsed.value ? '1' : '0');
    } catch {
      // Not persisted.
    }
  }

  return { locale, collapsed, setLocale, toggleLocale, toggleCollapsed };
});
