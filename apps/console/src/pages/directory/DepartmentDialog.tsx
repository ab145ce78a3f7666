// Create a department or town, or edit one (its code stays): name, kind, USCC, region and the domains it
// handles county-wide.
import { useMutation } from '@apollo/client/react';
import { Form, Input, Select } from 'antd';
import { graphql } from '../../gql';
import { useT } from '../../i18n';
import { FormModal, mutate } from '../../components/FormModal';
import { required } from '../../components/fields';
import { governmentUsccRule } from '../../validation';
import { DOMAINS } from './common';
import { DEPARTMENT_KIND, DOMAIN } from '../../labels';
import { useLabel } from '../../labels/useLabel';
import type { Department } from './DepartmentsPage';

const CREATE = graphql(`
  mutation CreateDepartment($input: CreateDepartmentInput!) {
    createDepartment(input: $input) {
      id
      version
    }
  }
`);

const UPDATE = graphql(`
  mutation UpdateDepartment($id: ID!, $input: UpdateDepartmentInput!) {
    updateDepartment(id: $id, input: $input) {
      id
      name
      shortName
      kind
      uscc
      countyWideDomains
      version
      region {
        code
        name
      }
    }
  }
`);

interface Values {
  code: string;
  name: string;
  shortName?: string;
  kind: Department['kind'];
  uscc: string;
  regionCode: string;
  countyWideDomains?: Department['countyWideDomains'];
}

interface Props {
  editing: Department | 'new' | null;
  close: () => void;
  regionOptions: { value: string; label: string }[];
}

export function DepartmentDialog({ editing, close, regionOptions }: Props) {
  const t = useT();
  const { label, options } = useLabel();
  const [create] = useMutation(CREATE, { refetchQueries: 'active' });
  const [update] = useMutation(UPDATE, { refetchQueries: 'active' });
  return (
    <FormModal<Values>
      open={editing !== null}
      title={editing === 'new' ? t('department.new') : t('department.edit')}
      initialValues={
        editing && editing !== 'new'
          ? {
              code: editing.code,
              name: editing.name,
              shortName: editing.shortName,
              kind: editing.kind,
              uscc: editing.uscc || undefined,
              regionCode: editing.region.code,
              countyWideDomains: editing.countyWideDomains,
            }
          : { kind: 'COUNTY_DEPARTMENT' }
      }
      onClose={close}
      onSubmit={async (v) => {
        if (editing === 'new')
          await mutate(
            create({
              variables: {
                input: { ...v, shortName: v.shortName || null, countyWideDomains: v.countyWideDomains ?? [] },
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
                  name: v.name,
                  shortName: v.shortName || null,
                  kind: v.kind,
                  uscc: v.uscc,
                  regionCode: v.regionCode,
                  countyWideDomains: v.countyWideDomains ?? [],
                },
              },
            }),
          );
      }}
    >
      {() => (
        <>
          <Form.Item name="code" label={t('department.code')} rules={[required(t, 'department.code')]}>
            <Input disabled={editing !== 'new'} />
          </Form.Item>
          <Form.Item name="name" label={t('department.name')} rules={[required(t, 'department.name')]}>
            <Input />
          </Form.Item>
          <Form.Item name="shortName" label={t('department.shortName')}>
            <Input />
          </Form.Item>
          <Form.Item name="kind" label={t('department.kind')} rules={[required(t, 'department.kind')]}>
            <Select options={options(DEPARTMENT_KIND)} />
          </Form.Item>
          <Form.Item name="uscc" label={t('department.uscc')} rules={[governmentUsccRule(t)]}>
            <Input maxLength={18} />
          </Form.Item>
          <Form.Item name="regionCode" label={t('department.region')} rules={[required(t, 'department.region')]}>
            <Select showSearch optionFilterProp="label" options={regionOptions} />
          </Form.Item>
          <Form.Item name="countyWideDomains" label={t('department.countyWideDomains')}>
            <Select mode="multiple" options={DOMAINS.map((d) => ({ value: d, label: label(DOMAIN, d) }))} />
          </Form.Item>
        </>
      )}
    </FormModal>
  );
}
