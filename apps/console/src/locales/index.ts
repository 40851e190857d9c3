import { createI18n } from 'vue-i18n';

import { en } from './en';
import { zhCN } from './zh-CN';
import type { MessageSchema } from './zh-CN';

export type { MessageSchema } from './zh-CN';

export const LOCALES = ['zh-CN', 'en'] as const;
export type AppLocale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: AppLocale = 'zh-CN';
export const LOCALE_STORAGE_KEY = 'ladder.console.locale';

export function isAppLocale(value: unknown): value is AppLocale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The saved choice, or zh-CN. */
export function readStoredLocale(): AppLocale {
  try {
    const saved = window.localStorage.getItem(LOCALE_STORAGE_KEY);
    return isAppLocale(saved) ? saved : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

export const messages: Record<AppLocale, MessageSchema> = { 'zh-CN': zhCN, en };

export const i18n = createI18n<[MessageSchema], AppLocale, false>({
  legacy: false,
  locale: readStoredLocale(),
  fallbackLocale: DEFAULT_LOCALE,
  messages,
  missingWarn: false,
  fallbackWarn: false,
});

/** The current locale (reactive when read in a render or computed). */
export function currentLocale(): AppLocale {
  return i18n.global.locale.value;
}

export function isChinese(): boolean {
  return currentLocale() === 'zh-CN';
}

/** Switches vue-i18n and `<html lang>`; persisting the choice is the app store's job. */
export function applyLocale(locale: AppLocale): void {
  i18n.global.locale.value = locale;
  document.documentElement.lang = locale;
}

/** `t` for code outside components (stores, the request client, schemas). */
export function translate(key: string, named?: Record<string, unknown>): string {
  return named ? i18n.global.t(key, named) : i18n.global.t(key);
}

export function hasMessage(key: string): boolean {
  return i18n.global.te(key);
}

/**
 * The text for a backend error. In Chinese the backend's own message is shown (it is Chinese and often more
 * precise than the code's default, e.g. "locked until 10:35"); otherwise the `error.<CODE>` text of the
 * current locale; the backend message when the code has no key; a generic text as a last resort.
 */
export function errorText(code: string, backendMessage: string): string {
  const key = `error.${code}`;
  if (isChinese() && backendMessage) return backendMessage;
  if (hasMessage(key)) return translate(key);
  return backendMessage || translate('error.UNKNOWN');
}
