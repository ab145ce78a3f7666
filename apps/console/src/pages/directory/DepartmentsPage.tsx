import { useState } from 'react';
import { Link, useParams } from 'react-router';
import DepartmentDetail from './DepartmentDetail';
import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Form, Input, Select, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { graphql } from '../../gql';
import type { DepartmentsQuery } from '../../gql/graphql';
import { useT } from '../../i18n';
import { ListPage } from '../../components/ListPage';
import { FormModal, mutate } from '../../components/FormModal';
import type { PageProps } from '../page-props';
import { governmentUsccRule } from '../../validation';
import { DOMAINS, REGIONS } from './common';
import { DEPARTMENT_KIND, DOMAIN } from '../../labels';
import { useLabel } from '../../labels/useLabel';

const DEPARTMENTS = graphql(`
  query Departments($page: Int, $pageSize: Int, $kind: DepartmentKind, $search: String, $regionCode: String) {
    departments(page: $page, pageSize: $pageSize, kind: $kind, search: $search, regionCode: $regionCode) {
      total
      items {
        id
        code
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
  }
`);

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

type Row = DepartmentsQuery['departments']['items'][number];
interface Values {
  code: string;
  name: string;
  shortName?: string;
  kind: Row['kind'];
  uscc: string;
  regionCode: string;
  countyWideDomains?: Row['countyWideDomains'];
}

export default function DepartmentsPage({ write }: PageProps) {
  const t = useT();
  const { label, options } = useLabel();
  const detailId = useParams()['*'];
  const [editing, setEditing] = useState<Row | 'new' | null>(null);
  const regions = useQuery(REGIONS);
  const [create] = useMutation(CREATE, { refetchQueries: 'active' });
  const [update] = useMutation(UPDATE, { refetchQueries: 'active' });
  const regionOptions = (regions.data?.regions ?? []).map((r) => ({ value: r.code, label: `${r.name}（${r.code}）` }));
  const kindOptions = options(DEPARTMENT_KIND);

  if (detailId) return <DepartmentDetail id={detailId} />;

  return (
    <>
      <ListPage
        title="nav.departments"
        query={DEPARTMENTS}
        pick={(d) => d?.departments}
        rowKey={(r) => r.id}
        exportName="departments"
        filters={[
          { name: 'search', label: 'common.search', type: 'text' },
          { name: 'kind', label: 'department.kind', type: 'select', options: kindOptions },
          { name: 'regionCode', label: 'department.region', type: 'select', options: regionOptions },
        ]}
        columns={[
          { key: 'code', title: 'department.code', text: (r) => r.code },
          {
            key: 'name',
            title: 'department.name',
            text: (r) => r.name,
            render: (r) => <Link to={`/directory/departments/${r.id}`}>{r.name}</Link>,
          },
          { key: 'shortName', title: 'department.shortName', text: (r) => r.shortName },
          { key: 'uscc', title: 'department.uscc', text: (r) => r.uscc },
          {
            key: 'kind',
            title: 'department.kind',
            text: (r) => label(DEPARTMENT_KIND, r.kind),
            render: (r) => <Tag>{label(DEPARTMENT_KIND, r.kind)}</Tag>,
          },
          { key: 'region', title: 'department.region', text: (r) => r.region.name, render: (r) => r.region.name },
          {
            key: 'countyWideDomains',
            title: 'department.countyWideDomains',
            text: (r) => r.countyWideDomains.map((d) => label(DOMAIN, d)).join('、'),
            render: (r) => r.countyWideDomains.map((d) => <Tag key={d}>{label(DOMAIN, d)}</Tag>),
          },
          ...(write
            ? [
                {
                  key: 'actions',
                  title: 'common.actions' as const,
                  text: () => '',
                  render: (r: Row) => (
                    <Button size="small" onClick={() => setEditing(r)} data-testid={`edit-${r.code}`}>
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
              {t('department.new')}
            </Button>
          ) : null
        }
      />
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
        onClose={() => setEditing(null)}
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
            <Form.Item
              name="code"
              label={t('department.code')}
              rules={[{ required: true, message: t('common.required', { field: t('department.code') }) }]}
            >
              <Input disabled={editing !== 'new'} />
            </Form.Item>
            <Form.Item
              name="name"
              label={t('department.name')}
              rules={[{ required: true, message: t('common.required', { field: t('department.name') }) }]}
            >
              <Input />
            </Form.Item>
            <Form.Item name="shortName" label={t('department.shortName')}>
              <Input />
            </Form.Item>
            <Form.Item name="kind" label={t('department.kind')} rules={[{ required: true }]}>
              <Select options={kindOptions} />
            </Form.Item>
            <Form.Item name="uscc" label={t('department.uscc')} rules={[governmentUsccRule(t)]}>
              <Input maxLength={18} />
            </Form.Item>
            <Form.Item
              name="regionCode"
              label={t('department.region')}
              rules={[{ required: true, message: t('common.required', { field: t('department.region') }) }]}
            >
              <Select showSearch optionFilterProp="label" options={regionOptions} />
            </Form.Item>
            <Form.Item name="countyWideDomains" label={t('department.countyWideDomains')}>
              <Select mode="multiple" options={DOMAINS.map((d) => ({ value: d, label: label(DOMAIN, d) }))} />
            </Form.Item>
          </>
        )}
      </FormModal>
    </>
  );
}
