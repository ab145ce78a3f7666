// The entry: routing, the session and the language only. Ant Design and Apollo arrive with the page that needs
// them (AntShell), so the login page paints from React, the router and its own small chunk.
import { Suspense, lazy, useEffect, useMemo, useState } from 'react';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router';
import { I18nProvider } from './i18n';
import { accessFor, homePath, sectionPaths, type PageAccess } from './access';
import { loadSession, onSessionChange, type Session } from './session';
import { AVAILABLE_PAGES, PAGE_COMPONENTS } from './pages/registry';

const AntShell = lazy(() => import('./AntShell'));
const LoginPage = lazy(() => import('./pages/LoginPage'));
const PublicRecordsPage = lazy(() => import('./pages/PublicRecordsPage'));
const ComplaintPage = lazy(() => import('./pages/complaint/ComplaintPage'));
const ConsoleLayout = lazy(() => import('./ConsoleLayout'));
const StatusPage = lazy(() => import('./pages/StatusPage'));

/** While a chunk loads: a quiet grey page (no antd yet to draw a skeleton with). */
function Fallback() {
  return <div aria-busy="true" style={{ minHeight: '100vh', background: '#f5f5f5' }} />;
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
      }),
    [],
  );
  const pages: PageAccess[] = useMemo(() => accessFor(session?.user ?? null, AVAILABLE_PAGES), [session]);
  const home = homePath(pages);

  return (
    <Suspense fallback={<Fallback />}>
      <Routes>
        <Route path="/login" element={session ? <Navigate to={home} replace /> : <LoginPage expired={expired} />} />
        <Route
          path="/public"
          element={
            <AntShell>
              <PublicRecordsPage />
            </AntShell>
          }
        />
        <Route
          path="/public/complaint"
          element={
            <AntShell>
              <ComplaintPage />
            </AntShell>
          }
        />
        <Route
          element={
            <RequireLogin session={session}>
              <AntShell>
                <ConsoleLayout pages={pages} session={session!} />
              </AntShell>
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
            <Route key={prefix} path={`${prefix}/*`} element={<StatusPage status="403" />} />
          ))}
          <Route path="*" element={<StatusPage status="404" />} />
        </Route>
      </Routes>
    </Suspense>
  );
}

export default function Root() {
  return (
    <I18nProvider>
      <BrowserRouter>
        <Routed />
      </BrowserRouter>
    </I18nProvider>
  );
}
