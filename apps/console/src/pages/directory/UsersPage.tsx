// 用户: the console's users, searched and filtered by department; create and edit in their own dialog.
import { useState } from 'react';
import { Button, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { graphql } from '../../gql';
import { useT } from '../../i18n';
import { ListPage } from '../../components/ListPage';
import type { PageProps } from '../page-props';
import { useDepartmentOptions } from './common';
import { DOMAIN, ROLE } from '../../labels';
import { useLabel } from '../../labels/useLabel';
import { UserDialog, type User } from './UserDialog';

const USERS = graphql(`
  query Users($page: Int, $pageSize: Int, $search: String, $departmentId: ID) {
    users(page: $page, pageSize: $pageSize, search: $search, departmentId: $departmentId) {
      total
      items {
        id
        username
        displayName
        roles
        domains
        active
        version
        department {
          id
          name
        }
      }
    }
  }
`);

export default function UsersPage({ write }: PageProps) {
  const t = useT();
  const { label } = useLabel();
  const [editing, setEditing] = useState<User | 'new' | null>(null);
  const departmentOptions = useDepartmentOptions();

  return (
    <>
      <ListPage
        title="nav.users"
        query={USERS}
        pick={(d) => d?.users}
        rowKey={(r) => r.id}
        exportName="users"
        filters={[
          { name: 'search', label: 'common.search', type: 'text' },
          { name: 'departmentId', label: 'user.department', type: 'select', options: departmentOptions },
        ]}
        columns={[
          { key: 'username', title: 'user.username', text: (r) => r.username },
          { key: 'displayName', title: 'user.displayName', text: (r) => r.displayName },
          {
            key: 'roles',
            title: 'user.roles',
            text: (r) => r.roles.map((x) => label(ROLE, x)).join('、'),
            render: (r) =>
              r.roles.map((x) => (
                <Tag key={x} color="red">
                  {label(ROLE, x)}
                </Tag>
              )),
          },
          {
            key: 'domains',
            title: 'user.domains',
            text: (r) => r.domains.map((x) => label(DOMAIN, x)).join('、'),
            render: (r) => r.domains.map((x) => <Tag key={x}>{label(DOMAIN, x)}</Tag>),
          },
          {
            key: 'department',
            title: 'user.department',
            text: (r) => r.department?.name,
            render: (r) => r.department?.name,
          },
          {
            key: 'active',
            title: 'user.active',
            text: (r) => (r.active ? t('common.yes') : t('common.no')),
            render: (r) => (r.active ? <Tag color="green">{t('common.yes')}</Tag> : <Tag>{t('common.no')}</Tag>),
          },
          ...(write
            ? [
                {
                  key: 'actions',
                  title: 'common.actions' as const,
                  text: () => '',
                  render: (r: User) => (
                    <Button size="small" onClick={() => setEditing(r)} data-testid={`edit-${r.username}`}>
                      {t('common.edit')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
        toolbar={
          write ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="create">
              {t('user.new')}
            </Button>
          ) : null
        }
      />
      <UserDialog editing={editing} close={() => setEditing(null)} departmentOptions={departmentOptions} />
    </>
  );
}
