// One i18n layer: every visible string goes through t(key). zh-CN is the default and ships with the app;
// en-US is a switch, its table fetched the first time it is chosen (until then zh-CN shows).
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { loadEnglish, zhMessages, type MessageKey, type MessageTable } from './messages';

import type { Locale } from '@integrity/rules';

export type { Locale } from '@integrity/rules';
const STORAGE_KEY = 'ig.locale';

/** `locale` says which language it writes, for texts that come from elsewhere (the reason table of @integrity/rules). */
export type Translate = ((key: MessageKey, params?: Record<string, string | number>) => string) & {
  readonly locale?: Locale;
};

const tables: Partial<Record<Locale, MessageTable>> = { 'zh-CN': zhMessages };

/** Make a locale's table available to translate() (the app loads en-US on demand; tests may register it). */
export function registerMessages(locale: Locale, table: MessageTable): void {
  tables[locale] = table;
}

/** Translate a key for a locale; `{name}` placeholders are filled from params. Missing keys fall back to zh-CN. */
export function translate(locale: Locale, key: MessageKey, params?: Record<string, string | number>): string {
  const text = tables[locale]?.[key] ?? zhMessages[key] ?? key;
  return params ? text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m)) : text;
}

/** A Translate for one locale. */
export const translator = (locale: Locale): Translate =>
  Object.assign((key: MessageKey, params?: Record<string, string | number>) => translate(locale, key, params), {
    locale,
  });

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
  const [, setLoaded] = useState(0);
  useEffect(() => {
    if (locale === 'en-US' && !tables['en-US']) {
      void loadEnglish().then((table) => {
        registerMessages('en-US', table);
        setLoaded((n) => n + 1);
      });
    }
  }, [locale]);
  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      /* private mode */
    }
    document.documentElement.lang = next;
  }, []);
  const ready = locale !== 'en-US' || Boolean(tables['en-US']);
  // until English has arrived the page keeps its Chinese labels, then re-renders in English
  const shown: Locale = ready ? locale : 'zh-CN';
  const value = useMemo<I18nValue>(() => ({ locale: shown, setLocale, t: translator(shown) }), [shown, setLocale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export const useI18n = () => useContext(I18nContext);
export const useT = () => useContext(I18nContext).t;
