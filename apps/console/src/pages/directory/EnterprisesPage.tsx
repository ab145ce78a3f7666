import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Form, Input, Select } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { graphql } from '../../gql';
import type { EnterprisesQuery } from '../../gql/graphql';
import { useT } from '../../i18n';
import { ListPage } from '../../components/ListPage';
import { FormModal, mutate } from '../../components/FormModal';
import type { PageProps } from '../page-props';
import { usccRule } from '../../validation';
import { REGIONS } from './common';

const ENTERPRISES = graphql(`
  query Enterprises($page: Int, $pageSize: Int, $search: String) {
    enterprises(page: $page, pageSize: $pageSize, search: $search) {
      total
      items {
        uscc
        name
        legalRepresentative
        regionCode
        version
      }
    }
  }
`);

const CREATE = graphql(`
  mutation CreateEnterprise($input: CreateEnterpriseInput!) {
    createEnterprise(input: $input) {
      uscc
      version
    }
  }
`);

const UPDATE = graphql(`
  mutation UpdateEnterprise($uscc: String!, $input: UpdateEnterpriseInput!) {
    updateEnterprise(uscc: $uscc, input: $input) {
      uscc
      name
      legalRepresentative
      regionCode
      version
    }
  }
`);

type Row = EnterprisesQuery['enterprises']['items'][number];
interface Values {
  uscc: string;
  name: string;
  legalRepresentative?: string;
  regionCode?: string;
}

export default function EnterprisesPage({ write }: PageProps) {
  const t = useT();
  const [editing, setEditing] = useState<Row | 'new' | null>(null);
  const regions = useQuery(REGIONS);
  const [create] = useMutation(CREATE, { refetchQueries: 'active' });
  const [update] = useMutation(UPDATE, { refetchQueries: 'active' });
  const regionName = new Map((regions.data?.regions ?? []).map((r) => [r.code, r.name]));

  return (
    <>
      <ListPage
        title="nav.enterprises"
        query={ENTERPRISES}
        pick={(d) => d?.enterprises}
        rowKey={(r) => r.uscc}
        exportName="enterprises"
        filters={[
          { name: 'search', label: 'common.search', type: 'text', placeholder: 'enterprise.searchPlaceholder' },
        ]}
        columns={[
          { key: 'uscc', title: 'enterprise.uscc', text: (r) => r.uscc },
          { key: 'name', title: 'enterprise.name', text: (r) => r.name },
          { key: 'legalRepresentative', title: 'enterprise.legalRepresentative', text: (r) => r.legalRepresentative },
          {
            key: 'regionCode',
            title: 'enterprise.region',
            text: (r) => (r.regionCode ? (regionName.get(r.regionCode) ?? r.regionCode) : ''),
          },
          ...(write
            ? [
                {
                  key: 'actions',
                  title: 'common.actions' as const,
                  text: () => '',
                  render: (r: Row) => (
                    <Button size="small" onClick={() => setEditing(r)}>
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
              {t('enterprise.new')}
            </Button>
          ) : null
        }
      />
      <FormModal<Values>
        open={editing !== null}
        title={editing === 'new' ? t('enterprise.new') : t('enterprise.edit')}
        initialValues={
          editing && editing !== 'new'
            ? {
                uscc: editing.uscc,
                name: editing.name,
                legalRepresentative: editing.legalRepresentative ?? undefined,
                regionCode: editing.regionCode ?? undefined,
              }
            : undefined
        }
        onClose={() => setEditing(null)}
        onSubmit={async (v) => {
          if (editing === 'new')
            await mutate(
              create({
                variables: {
                  input: {
                    uscc: v.uscc.trim().toUpperCase(),
                    name: v.name,
                    legalRepresentative: v.legalRepresentative || null,
                    regionCode: v.regionCode || null,
                  },
                },
              }),
            );
          else if (editing)
            await mutate(
              update({
                variables: {
                  uscc: editing.uscc,
                  input: {
                    version: editing.version,
                    name: v.name,
                    legalRepresentative: v.legalRepresentative || null,
                    regionCode: v.regionCode || null,
                  },
                },
              }),
            );
        }}
      >
        {() => (
          <>
            <Form.Item
              name="uscc"
              label={t('enterprise.uscc')}
              rules={editing === 'new' ? [usccRule(t)] : []}
              validateTrigger="onBlur"
            >
              <Input disabled={editing !== 'new'} maxLength={18} id="uscc" />
            </Form.Item>
            <Form.Item
              name="name"
              label={t('enterprise.name')}
              rules={[{ required: true, message: t('common.required', { field: t('enterprise.name') }) }]}
            >
              <Input id="name" />
            </Form.Item>
            <Form.Item name="legalRepresentative" label={t('enterprise.legalRepresentative')}>
              <Input />
            </Form.Item>
            <Form.Item name="regionCode" label={t('enterprise.region')}>
              <Select
                allowClear
                showSearch
                optionFilterProp="label"
                options={(regions.data?.regions ?? []).map((r) => ({ value: r.code, label: r.name }))}
              />
            </Form.Item>
          </>
        )}
      </FormModal>
    </>
  );
}
