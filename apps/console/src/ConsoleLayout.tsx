import { Suspense, useEffect, useMemo, useState } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { useMutation } from '@apollo/client/react';
import { Button, Layout, Menu, Skeleton, Space, Tag, Typography } from 'antd';
import type { MenuProps } from 'antd';
import { GlobalOutlined, LogoutOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { useI18n } from './i18n';
import { pageForPath, type PageAccess } from './access';
import { clearSession, type Session } from './session';
import { graphql } from './gql';
import { PageBoundary } from './components/PageBoundary';
import { SessionContext } from './session-context';
import { taskPagesFor } from './pages/task-pages';
import { ROLE } from './labels';
import { useLabel } from './labels/useLabel';

const LOGOUT = graphql(`
  mutation Logout {
    logout
  }
`);

/** The signed-in frame: a menu built only from the pages the access function grants. */
export default function ConsoleLayout({ pages, session }: { pages: PageAccess[]; session: Session }) {
  const { t, locale, setLocale } = useI18n();
  const { label } = useLabel();
  const navigate = useNavigate();
  const location = useLocation();
  const [collapsed, setCollapsed] = useState(false);

  const tasks = useMemo(() => taskPagesFor(pages), [pages]);
  const items: MenuProps['items'] = useMemo(() => {
    const out: NonNullable<MenuProps['items']> = [];
    const groups = new Map<string, { key: string; label: string; children: { key: string; label: string }[] }>();
    // a task page follows its host in the menu
    const entries = pages.flatMap((p) => [
      { id: p.id as string, path: p.path, label: p.label, group: p.group },
      ...tasks
        .filter((tp) => tp.host === p.id)
        .map((tp) => ({ id: tp.id, path: tp.path, label: tp.label, group: tp.group })),
    ]);
    for (const p of entries) {
      const item = { key: p.path, label: t(p.label), 'data-page': p.id };
      if (!p.group) {
        out.push(item);
        continue;
      }
      let g = groups.get(p.group);
      if (!g) {
        g = { key: p.group, label: t(p.group), children: [] };
        groups.set(p.group, g);
        out.push(g);
      }
      g.children.push(item);
    }
    return out;
  }, [pages, tasks, t]);

  const task = tasks.find((tp) => location.pathname === tp.path || location.pathname.startsWith(`${tp.path}/`));
  const selected = task?.path ?? pageForPath(pages, location.pathname)?.path;
  const user = session.user;
  const [logout] = useMutation(LOGOUT);
  // on a short screen the menu scrolls: keep the page being shown in view
  useEffect(() => {
    document.querySelector('[data-testid="main-menu"] .ant-menu-item-selected')?.scrollIntoView?.({ block: 'nearest' });
  }, [selected]);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      {/* one screen tall and scrolling on its own: the collapse trigger at the bottom never hides a menu item */}
      <Layout.Sider
        collapsible
        collapsed={collapsed}
        onCollapse={setCollapsed}
        width={220}
        theme="dark"
        style={{ position: 'sticky', top: 0, height: '100vh' }}
      >
        <div style={{ color: '#fff', padding: '16px 20px', fontWeight: 600, whiteSpace: 'nowrap', overflow: 'hidden' }}>
          <SafetyCertificateOutlined /> {collapsed ? null : t('app.short')}
        </div>
        <div style={{ height: 'calc(100% - 54px)', overflowY: 'auto' }}>
          <Menu
            theme="dark"
            mode="inline"
            data-testid="main-menu"
            items={items}
            selectedKeys={selected ? [selected] : []}
            defaultOpenKeys={pages.map((p) => p.group).filter((g): g is NonNullable<typeof g> => Boolean(g))}
            onClick={({ key }) => void navigate(key)}
          />
        </div>
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{
            background: '#fff',
            padding: '0 24px',
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'space-between',
          }}
        >
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('app.title')}
          </Typography.Title>
          <Space>
            <span data-testid="current-user">{user.displayName}</span>
            {user.department ? <Typography.Text type="secondary">{user.department.name}</Typography.Text> : null}
            {user.roles.map((r) => (
              <Tag key={r} color="red">
                {label(ROLE, r)}
              </Tag>
            ))}
            <Button
              icon={<GlobalOutlined />}
              onClick={() => setLocale(locale === 'zh-CN' ? 'en-US' : 'zh-CN')}
              data-testid="lang-switch"
            >
              {t('lang.switch')}
            </Button>
            <Button
              icon={<LogoutOutlined />}
              onClick={() => {
                // end the session on the server (the token stops working everywhere), then here — even when the
                // server does not answer within a few seconds
                const ended = logout().catch(() => undefined);
                void Promise.race([ended, new Promise((r) => setTimeout(r, 3000))]).then(() => {
                  clearSession();
                  void navigate('/login');
                });
              }}
              data-testid="logout"
            >
              {t('nav.logout')}
            </Button>
          </Space>
        </Layout.Header>
        <Layout.Content style={{ margin: 24 }}>
          <PageBoundary resetKey={location.pathname} title={t('error.unknown')}>
            <SessionContext.Provider value={session}>
              {task ? (
                <Suspense fallback={<Skeleton active paragraph={{ rows: 8 }} />}>
                  <task.component write={task.write} />
                </Suspense>
              ) : (
                <Outlet />
              )}
            </SessionContext.Provider>
          </PageBoundary>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
