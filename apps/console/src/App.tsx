import { Suspense, lazy, useEffect, useMemo, useState } from 'react';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router';
import { ApolloProvider } from '@apollo/client/react';
import { App as AntApp, ConfigProvider, Result, Skeleton, Button } from 'antd';
import zhCN from 'antd/es/locale/zh_CN';
import enUS from 'antd/es/locale/en_US';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { I18nProvider, useI18n } from './i18n';
import { createApolloClient } from './apollo';
import { accessFor, homePath, sectionPaths, type PageAccess } from './access';
import { loadSession, onSessionChange, type Session } from './session';
import { AVAILABLE_PAGES, PAGE_COMPONENTS } from './pages/registry';

const LoginPage = lazy(() => import('./pages/LoginPage'));
const PublicRecordsPage = lazy(() => import('./pages/PublicRecordsPage'));
const ConsoleLayout = lazy(() => import('./ConsoleLayout'));

const client = createApolloClient();

function Fallback() {
  return <Skeleton active paragraph={{ rows: 8 }} style={{ padding: 24 }} />;
}

function Forbidden() {
  const { t } = useI18n();
  return (
    <Result
      status="403"
      title="403"
      subTitle={t('common.forbidden')}
      extra={<Button href="/">{t('common.home')}</Button>}
    />
  );
}

function NotFound() {
  const { t } = useI18n();
  return (
    <Result
      status="404"
      title="404"
      subTitle={t('common.notFound')}
      extra={<Button href="/">{t('common.home')}</Button>}
    />
  );
}

function RequireLogin({ session, children }: { session: Session | null; children: React.ReactNode }) {
  const location = useLocation();
  if (!session) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  return <>{children}</>;
}

function Routed() {
  const [session, setSession] = useState<Session | null>(() => loadSession());
  const [expired, setExpired] = useState(false);
  useEffect(
    () =>
      onSessionChange((next, reason) => {
        setSession(next);
        setExpired(reason === 'expired');
        if (!next) void client.clearStore();
      }),
    [],
  );
  const pages: PageAccess[] = useMemo(() => accessFor(session?.user ?? null, AVAILABLE_PAGES), [session]);
  const home = homePath(pages);

  return (
    <Suspense fallback={<Fallback />}>
      <Routes>
        <Route path="/login" element={session ? <Navigate to={home} replace /> : <LoginPage expired={expired} />} />
        <Route path="/public" element={<PublicRecordsPage />} />
        <Route
          element={
            <RequireLogin session={session}>
              <ConsoleLayout pages={pages} session={session!} />
            </RequireLogin>
          }
        >
          <Route index element={<Navigate to={home} replace />} />
          {pages
            .filter((p) => p.id !== 'public')
            .map((p) => {
              const Page = PAGE_COMPONENTS[p.id]!;
              return <Route key={p.id} path={`${p.path}/*`} element={<Page write={p.write} />} />;
            })}
          {/* a section the user may not open is 403, not 404 */}
          {sectionPaths().map((prefix) => (
            <Route key={prefix} path={`${prefix}/*`} element={<Forbidden />} />
          ))}
          <Route path="*" element={<NotFound />} />
        </Route>
      </Routes>
    </Suspense>
  );
}

function Themed() {
  const { locale } = useI18n();
  useEffect(() => {
    dayjs.locale(locale === 'zh-CN' ? 'zh-cn' : 'en');
  }, [locale]);
  return (
    <ConfigProvider
      locale={locale === 'zh-CN' ? zhCN : enUS}
      theme={{ token: { colorPrimary: '#b71c1c', borderRadius: 4 } }}
    >
      <AntApp>
        <ApolloProvider client={client}>
          <BrowserRouter>
            <Routed />
          </BrowserRouter>
        </ApolloProvider>
      </AntApp>
    </ConfigProvider>
  );
}

export default function Root() {
  return (
    <I18nProvider>
      <Themed />
    </I18nProvider>
  );
}
