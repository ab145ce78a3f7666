// Create a user, or edit one (the username stays; a password left empty stays as it is): roles, domains and
// department, an officer needing both a department and a domain.
import { useMutation } from '@apollo/client/react';
import { Form, Input, Select, Switch } from 'antd';
import { graphql } from '../../gql';
import type { UsersQuery } from '../../gql/graphql';
import { useT } from '../../i18n';
import { FormModal, mutate } from '../../components/FormModal';
import { DOMAINS, ROLES } from './common';
import { DOMAIN, ROLE } from '../../labels';
import { useLabel } from '../../labels/useLabel';

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

export type User = UsersQuery['users']['items'][number];
interface Values {
  username: string;
  displayName: string;
  password?: string;
  roles: User['roles'];
  domains?: User['domains'];
  departmentId?: string;
  active?: boolean;
}

interface Props {
  editing: User | 'new' | null;
  close: () => void;
  departmentOptions: { value: string; label: string }[];
}

export function UserDialog({ editing, close, departmentOptions }: Props) {
  const t = useT();
  const { label } = useLabel();
  const [create] = useMutation(CREATE, { refetchQueries: 'active' });
  const [update] = useMutation(UPDATE, { refetchQueries: 'active' });
  return (
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
      onClose={close}
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
  );
}
