// One i18n layer: every visible string goes through t(key). zh-CN is the default; en-US is a switch.
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { messages, type MessageKey } from './messages';

import type { Locale } from '@integrity/rules';

export type { Locale } from '@integrity/rules';
const STORAGE_KEY = 'ig.locale';

/** `locale` says which language it writes, for texts that come from elsewhere (the reason table of @integrity/rules). */
export type Translate = ((key: MessageKey, params?: Record<string, string | number>) => string) & { readonly locale?: Locale };

/** Translate a key for a locale; `{name}` placeholders are filled from params. Unknown keys fall back to zh-CN. */
export function translate(locale: Locale, key: MessageKey, params?: Record<string, string | number>): string {
  const table = messages[locale] as Record<string, string>;
  const text = table[key] ?? (messages['zh-CN'] as Record<string, string>)[key] ?? key;
  return params ? text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m)) : text;
}

/** A Translate for one locale. */
export const translator = (locale: Locale): Translate => Object.assign((key: MessageKey, params?: Record<string, string | number>) => translate(locale, key, params), { locale });

interface I18nValue {
  locale: Locale;
  setLocale(locale: Locale): void;
  t: Translate;
}

const I18nContext = createContext<I18nValue>({
  locale: 'zh-CN',
  setLocale: () => undefined,
  t: translator('zh-CN'),
});

export function initialLocale(): Locale {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en-US' ? 'en-US' : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

export function I18nProvider({ children, locale: fixed }: { children: ReactNode; locale?: Locale }) {
  const [locale, setLocaleState] = useState<Locale>(fixed ?? initialLocale());
  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      /* private mode */
    }
    document.documentElement.lang = next;
  }, []);
  const value = useMemo<I18nValue>(() => ({ locale, setLocale, t: translator(locale) }), [locale, setLocale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export const useI18n = () => useContext(I18nContext);
export const useT = () => useContext(I18nContext).t;
