import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Form, Input, Select, Switch, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { graphql } from '../../gql';
import type { UsersQuery } from '../../gql/graphql';
import { useT } from '../../i18n';
import { ListPage } from '../../components/ListPage';
import { FormModal, mutate } from '../../components/FormModal';
import type { PageProps } from '../page-props';
import { DEPARTMENT_OPTIONS, DOMAINS, ROLES } from './common';
import { DOMAIN, ROLE } from '../../labels';
import { useLabel } from '../../labels/useLabel';

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

const CREATE = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      id
      version
    }
  }
`);

const UPDATE = graphql(`
  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {
    updateUser(id: $id, input: $input) {
      id
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
`);

type Row = UsersQuery['users']['items'][number];
interface Values {
  username: string;
  displayName: string;
  password?: string;
  roles: Row['roles'];
  domains?: Row['domains'];
  departmentId?: string;
  active?: boolean;
}

export default function UsersPage({ write }: PageProps) {
  const t = useT();
  const { label } = useLabel();
  const [editing, setEditing] = useState<Row | 'new' | null>(null);
  const departments = useQuery(DEPARTMENT_OPTIONS);
  const [create] = useMutation(CREATE, { refetchQueries: 'active' });
  const [update] = useMutation(UPDATE, { refetchQueries: 'active' });
  const departmentOptions = (departments.data?.departments.items ?? []).map((d) => ({ value: d.id, label: d.name }));

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
                  render: (r: Row) => (
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
      <FormModal<Values>
        open={editing !== null}
        title={editing === 'new' ? t('user.new') : t('user.edit')}
        initialValues={
          editing && editing !== 'new'
            ? {
                username: editing.username,
                displayName: editing.displayName,
                roles: editing.roles,
                domains: editing.domains,
                departmentId: editing.department?.id,
                active: editing.active,
              }
            : { roles: ['OFFICER'], domains: [], active: true }
        }
        onClose={() => setEditing(null)}
        onSubmit={async (v) => {
          if (editing === 'new')
            await mutate(
              create({
                variables: {
                  input: {
                    username: v.username,
                    displayName: v.displayName,
                    password: v.password ?? '',
                    roles: v.roles,
                    domains: v.domains ?? [],
                    departmentId: v.departmentId || null,
                  },
                },
              }),
            );
          else if (editing)
            await mutate(
              update({
                variables: {
                  id: editing.id,
                  input: {
                    version: editing.version,
                    displayName: v.displayName,
                    roles: v.roles,
                    domains: v.domains ?? [],
                    departmentId: v.departmentId || null,
                    active: v.active ?? true,
                    password: v.password || null,
                  },
                },
              }),
            );
        }}
      >
        {(form) => (
          <>
            <Form.Item
              name="username"
              label={t('user.username')}
              rules={[{ required: true, message: t('common.required', { field: t('user.username') }) }]}
            >
              <Input disabled={editing !== 'new'} autoComplete="off" />
            </Form.Item>
            <Form.Item
              name="displayName"
              label={t('user.displayName')}
              rules={[{ required: true, message: t('common.required', { field: t('user.displayName') }) }]}
            >
              <Input />
            </Form.Item>
            <Form.Item
              name="password"
              label={t('user.password')}
              extra={editing === 'new' ? undefined : t('user.passwordHint')}
              rules={[
                { required: editing === 'new', message: t('common.required', { field: t('user.password') }) },
                { min: 10, message: t('user.passwordShort') },
              ]}
            >
              <Input.Password autoComplete="new-password" />
            </Form.Item>
            <Form.Item
              name="roles"
              label={t('user.roles')}
              rules={[{ required: true, message: t('common.required', { field: t('user.roles') }) }]}
            >
              <Select mode="multiple" options={ROLES.map((r) => ({ value: r, label: label(ROLE, r) }))} />
            </Form.Item>
            <Form.Item
              name="domains"
              label={t('user.domains')}
              dependencies={['roles', 'departmentId']}
              rules={[
                {
                  validator: async (_, value?: string[]) => {
                    const roles = (form.getFieldValue('roles') as string[] | undefined) ?? [];
                    if (roles.includes('OFFICER') && (!value?.length || !form.getFieldValue('departmentId')))
                      throw new Error(t('user.officerNeeds'));
                  },
                },
              ]}
            >
              <Select mode="multiple" options={DOMAINS.map((d) => ({ value: d, label: label(DOMAIN, d) }))} />
            </Form.Item>
            <Form.Item name="departmentId" label={t('user.department')}>
              <Select allowClear showSearch optionFilterProp="label" options={departmentOptions} />
            </Form.Item>
            {editing !== 'new' ? (
              <Form.Item name="active" label={t('user.active')} valuePropName="checked">
                <Switch />
              </Form.Item>
            ) : null}
          </>
        )}
      </FormModal>
    </>
  );
}
