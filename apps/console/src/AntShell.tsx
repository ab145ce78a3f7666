// Everything the signed-in console and the public page need around them, loaded only when one of them opens:
// Ant Design's theme and locale, its App (messages, modals) and the Apollo client. The login page does
// without, so its first paint downloads neither antd nor Apollo (the build budget, scripts/budget.mjs).
import { useEffect, useState, type ReactNode } from 'react';
import { ApolloProvider } from '@apollo/client/react';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/es/locale/zh_CN';
import enUS from 'antd/es/locale/en_US';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useI18n } from './i18n';
import { createApolloClient } from './apollo';
import { onSessionChange } from './session';

const client = createApolloClient();

const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';

/** Whether the user asked the system for less motion (WCAG 2.3.3); antd then opens and closes without animating. */
function usePrefersReducedMotion(): boolean {
  const [reduced, setReduced] = useState(() => window.matchMedia?.(REDUCED_MOTION).matches ?? false);
  useEffect(() => {
    const query = window.matchMedia?.(REDUCED_MOTION);
    if (!query) return;
    const update = () => setReduced(query.matches);
    query.addEventListener('change', update);
    return () => query.removeEventListener('change', update);
  }, []);
  return reduced;
}

export default function AntShell({ children }: { children: ReactNode }) {
  const { locale } = useI18n();
  const reducedMotion = usePrefersReducedMotion();
  useEffect(() => {
    dayjs.locale(locale === 'zh-CN' ? 'zh-cn' : 'en');
  }, [locale]);
  // a logout or an expired session must not leave the previous user's answers in the cache
  useEffect(
    () =>
      onSessionChange((next) => {
        if (!next) void client.clearStore();
      }),
    [],
  );
  return (
    <ConfigProvider
      locale={locale === 'zh-CN' ? zhCN : enUS}
      theme={{ token: { colorPrimary: '#b71c1c', borderRadius: 4, motion: !reducedMotion } }}
    >
      <AntApp>
        <ApolloProvider client={client}>{children}</ApolloProvider>
      </AntApp>
    </ConfigProvider>
  );
}
