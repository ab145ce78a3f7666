import { useState } from 'react';
import { Button, Form, Input, Select, Tag, Tooltip } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { CivilServantsQuery } from '../../gql/graphql';
import { useT } from '../../i18n';
import { ListPage } from '../../components/ListPage';
import { FormModal, mutate } from '../../components/FormModal';
import { required } from '../../components/fields';
import { isResidentIdNumber } from '../../validation';
import { useActionFeedback } from '../../components/action-feedback';
import { useSessionUser } from '../../session-context';
import type { PageProps } from '../page-props';
import { useDepartmentOptions } from '../directory/common';
import { barsText } from '../../components/eligibility-bars';
import { useLabel } from '../../labels/useLabel';

const CIVIL_SERVANTS = graphql(`
  query CivilServants(
    $page: Int
    $pageSize: Int
    $departmentId: ID
    $search: String
    $sortBy: CivilServantSortField
    $sortDirection: SortDirection
  ) {
    civilServants(
      page: $page
      pageSize: $pageSize
      departmentId: $departmentId
      search: $search
      sortBy: $sortBy
      sortDirection: $sortDirection
    ) {
      total
      items {
        id
        name
        idNumberMasked
        post
        department {
          id
          name
        }
        creditFile {
          id
          openedOn
        }
        honorEligibility {
          eligible
          bars {
            kind
            category
            sanctionKind
            documentNumber
            until
          }
        }
      }
    }
  }
`);

const CREATE = graphql(`
  mutation CreateCivilServant($input: CreateCivilServantInput!) {
    createCivilServant(input: $input) {
      id
    }
  }
`);

const OPEN_FILE = graphql(`
  mutation OpenCreditFile($civilServantId: ID!) {
    openCreditFile(civilServantId: $civilServantId) {
      id
      openedOn
    }
  }
`);

type Row = CivilServantsQuery['civilServants']['items'][number];

export default function CivilServantsPage({ write }: PageProps) {
  const t = useT();
  const { label } = useLabel();
  const { report } = useActionFeedback();
  const [open, setOpen] = useState(false);
  const me = useSessionUser();
  const [create] = useMutation(CREATE, { refetchQueries: 'active' });
  const [openFile] = useMutation(OPEN_FILE, { refetchQueries: 'active' });
  const departmentOptions = useDepartmentOptions();

  return (
    <>
      <ListPage
        title="cr.civilServants"
        query={CIVIL_SERVANTS}
        pick={(d) => d?.civilServants}
        rowKey={(r: Row) => r.id}
        exportName="civil-servants"
        filters={[
          { name: 'search', label: 'common.search', type: 'text' },
          { name: 'departmentId', label: 'cr.department', type: 'select', options: departmentOptions },
        ]}
        columns={[
          { key: 'name', title: 'cr.name', text: (r) => r.name, sort: { server: 'NAME' } },
          { key: 'idNumberMasked', title: 'cr.idNumber', text: (r) => r.idNumberMasked },
          { key: 'department', title: 'cr.department', text: (r) => r.department.name },
          { key: 'post', title: 'cr.post', text: (r) => r.post, sort: { server: 'POST' } },
          {
            key: 'creditFile',
            title: 'cr.hasFile',
            text: (r) => r.creditFile?.openedOn ?? '',
            render: (r) =>
              r.creditFile ? (
                <Tag color="green">{r.creditFile.openedOn}</Tag>
              ) : write ? (
                <Button size="small" onClick={() => report(openFile({ variables: { civilServantId: r.id } }))}>
                  {t('cr.openFile')}
                </Button>
              ) : (
                <Tag>{t('common.no')}</Tag>
              ),
          },
          {
            key: 'eligible',
            title: 'cr.eligible',
            text: (r) => (r.honorEligibility.eligible ? t('common.yes') : barsText(r.honorEligibility.bars, label, t)),
            render: (r) =>
              r.honorEligibility.eligible ? (
                <Tag color="green">{t('common.yes')}</Tag>
              ) : (
                <Tooltip title={barsText(r.honorEligibility.bars, label, t)}>
                  <Tag color="red">{t('common.no')}</Tag>
                </Tooltip>
              ),
          },
        ]}
        toolbar={
          write ? (
            <Button type="primary" icon={<PlusOutlined />} data-testid="create" onClick={() => setOpen(true)}>
              {t('cr.newServant')}
            </Button>
          ) : null
        }
      />
      <FormModal<{ name: string; idNumber: string; departmentId: string; post?: string }>
        open={open}
        title={t('cr.newServant')}
        initialValues={{ departmentId: me?.department?.id }}
        onClose={() => setOpen(false)}
        onSubmit={(v) =>
          mutate(
            create({ variables: { input: { ...v, idNumber: v.idNumber.trim().toUpperCase(), post: v.post || null } } }),
          )
        }
      >
        {() => (
          <>
            <Form.Item name="name" label={t('cr.name')} rules={[required(t, 'cr.name')]}>
              <Input id="name" />
            </Form.Item>
            <Form.Item
              name="idNumber"
              label={t('cr.idNumber')}
              validateTrigger="onBlur"
              rules={[
                required(t, 'cr.idNumber'),
                {
                  validator: async (_: unknown, v?: string) => {
                    if (v && !isResidentIdNumber(v)) throw new Error(t('cr.idInvalid'));
                  },
                },
              ]}
            >
              <Input maxLength={18} id="idNumber" autoComplete="off" />
            </Form.Item>
            <Form.Item name="departmentId" label={t('cr.department')} rules={[required(t, 'cr.department')]}>
              <Select showSearch optionFilterProp="label" options={departmentOptions} />
            </Form.Item>
            <Form.Item name="post" label={t('cr.post')}>
              <Input id="post" />
            </Form.Item>
          </>
        )}
      </FormModal>
    </>
  );
}
