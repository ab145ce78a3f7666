import { useState } from 'react';
import { Button, Form, Input, Select, Space, Switch, Tabs, Tag } from 'antd';
import { useSearchParams } from 'react-router';
import { ObjectionsTab, RepairsTab } from './ObjectionsTab';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { CreditRecordsQuery } from '../../gql/graphql';
import { useT } from '../../i18n';
import { ListPage } from '../../components/ListPage';
import { FormModal, mutate } from '../../components/FormModal';
import { DateItem, required } from '../../components/fields';
import type { PageProps } from '../page-props';
import { DEPARTMENT_OPTIONS } from '../directory/common';
import { CREDIT_CATEGORY, RECORD_STATUS, SEVERITY, SUBJECT_TYPE } from '../../labels';
import { useLabel } from '../../labels/useLabel';

const RECORDS = graphql(`
  query CreditRecords(
    $page: Int
    $pageSize: Int
    $subjectType: SubjectType
    $departmentId: ID
    $status: RecordStatus
    $search: String
    $sortBy: CreditRecordSortField
    $sortDirection: SortDirection
  ) {
    creditRecords(
      page: $page
      pageSize: $pageSize
      subjectType: $subjectType
      departmentId: $departmentId
      status: $status
      search: $search
      sortBy: $sortBy
      sortDirection: $sortDirection
    ) {
      total
      items {
        id
        subjectType
        subjectId
        subjectName
        category
        severity
        documentNumber
        authority
        decisionDate
        publish
        publicityStart
        publicityEnd
        status
        underObjection
        department {
          id
          name
        }
      }
    }
  }
`);

const FILE_OBJECTION = graphql(`
  mutation FileObjection($recordId: ID!, $reason: String!) {
    fileObjection(recordId: $recordId, reason: $reason) {
      id
      status
      acceptDeadline
      decisionDeadline
    }
  }
`);

const APPLY_REPAIR = graphql(`
  mutation ApplyCreditRepair($recordId: ID!, $evidence: String!, $commitmentLetter: String!) {
    applyCreditRepair(recordId: $recordId, evidence: $evidence, commitmentLetter: $commitmentLetter) {
      id
      status
    }
  }
`);

const ADD = graphql(`
  mutation AddCreditRecord($input: AddCreditRecordInput!) {
    addCreditRecord(input: $input) {
      id
      status
      publicityStart
      publicityEnd
    }
  }
`);

type Row = CreditRecordsQuery['creditRecords']['items'][number];
const SUBJECT_TYPES = ['CIVIL_SERVANT', 'DEPARTMENT', 'ENTERPRISE'] as const;
const CATEGORIES = [
  'JUDICIAL_JUDGMENT',
  'ADMINISTRATIVE_PENALTY',
  'DISCIPLINARY_SANCTION',
  'ACCOUNTABILITY',
  'BROKEN_COMMITMENT',
  'ONLINE_SERVICE_SUBSTANDARD',
  'COMMENDATION',
  'TRAINING',
] as const;
const SEVERITIES = ['MINOR', 'GENERAL', 'SERIOUS'] as const;
const STATUSES = ['ACTIVE', 'REPAIRED', 'REVOKED', 'EXPIRED'] as const;
const SEVERITY_COLOR: Record<string, string> = { MINOR: 'default', GENERAL: 'orange', SERIOUS: 'red' };

interface Values {
  subjectType: (typeof SUBJECT_TYPES)[number];
  subjectId: string;
  category: (typeof CATEGORIES)[number];
  severity: (typeof SEVERITIES)[number];
  documentNumber: string;
  authority: string;
  decisionDate: string;
  publish: boolean;
  publicityEnd?: string;
}

export default function CreditRecordsPage({ write }: PageProps) {
  const t = useT();
  const { label } = useLabel();
  const [open, setOpen] = useState(false);
  const [action, setAction] = useState<{ kind: 'objection' | 'repair'; record: Row } | null>(null);
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') ?? 'records';
  const [fileObjection] = useMutation(FILE_OBJECTION, { refetchQueries: 'active' });
  const [applyRepair] = useMutation(APPLY_REPAIR, { refetchQueries: 'active' });
  const departments = useQuery(DEPARTMENT_OPTIONS);
  const [add] = useMutation(ADD, { refetchQueries: 'active' });
  const departmentOptions = (departments.data?.departments.items ?? []).map((d) => ({ value: d.id, label: d.name }));

  const records = (
    <ListPage
      title="cr.records"
      query={RECORDS}
      pick={(d) => d?.creditRecords}
      rowKey={(r: Row) => r.id}
      exportName="credit-records"
      filters={[
        { name: 'search', label: 'common.search', type: 'text' },
        {
          name: 'subjectType',
          label: 'cr.subjectType',
          type: 'select',
          options: SUBJECT_TYPES.map((s) => ({ value: s, label: label(SUBJECT_TYPE, s) })),
        },
        { name: 'departmentId', label: 'cr.department', type: 'select', options: departmentOptions },
        {
          name: 'status',
          label: 'cr.status',
          type: 'select',
          options: STATUSES.map((s) => ({ value: s, label: label(RECORD_STATUS, s) })),
        },
      ]}
      columns={[
        { key: 'subjectName', title: 'cr.subjectName', text: (r) => r.subjectName, sort: { server: 'SUBJECT_NAME' } },
        { key: 'subjectType', title: 'cr.subjectType', text: (r) => label(SUBJECT_TYPE, r.subjectType) },
        { key: 'category', title: 'cr.category', text: (r) => label(CREDIT_CATEGORY, r.category) },
        {
          key: 'severity',
          title: 'cr.severity',
          text: (r) => label(SEVERITY, r.severity),
          render: (r) => <Tag color={SEVERITY_COLOR[r.severity]}>{label(SEVERITY, r.severity)}</Tag>,
        },
        { key: 'documentNumber', title: 'cr.documentNumber', text: (r) => r.documentNumber },
        { key: 'authority', title: 'cr.authority', text: (r) => r.authority },
        {
          key: 'decisionDate',
          title: 'cr.decisionDate',
          text: (r) => r.decisionDate,
          sort: { server: 'DECISION_DATE' },
        },
        {
          key: 'publicityEnd',
          title: 'cr.publicityEnd',
          text: (r) => (r.publish ? r.publicityEnd : ''),
          sort: { server: 'PUBLICITY_END' },
        },
        {
          key: 'status',
          title: 'cr.status',
          text: (r) => label(RECORD_STATUS, r.status),
          render: (r) => (
            <>
              <Tag color={r.status === 'ACTIVE' ? 'red' : 'default'}>{label(RECORD_STATUS, r.status)}</Tag>
              {r.underObjection ? <Tag color="purple">{t('cr.underObjection')}</Tag> : null}
            </>
          ),
        },
        { key: 'department', title: 'cr.department', text: (r) => r.department?.name ?? '' },
        ...(write
          ? [
              {
                key: 'actions',
                title: 'common.actions' as const,
                text: () => '',
                render: (r: Row) =>
                  r.status === 'ACTIVE' ? (
                    <Space>
                      {!r.underObjection ? (
                        <Button size="small" onClick={() => setAction({ kind: 'objection', record: r })}>
                          {t('ob.file')}
                        </Button>
                      ) : null}
                      <Button size="small" onClick={() => setAction({ kind: 'repair', record: r })}>
                        {t('rp.apply')}
                      </Button>
                    </Space>
                  ) : null,
              },
            ]
          : []),
      ]}
      toolbar={
        write ? (
          <Button type="primary" icon={<PlusOutlined />} data-testid="create" onClick={() => setOpen(true)}>
            {t('cr.addRecord')}
          </Button>
        ) : null
      }
    />
  );

  return (
    <>
      <Tabs
        activeKey={tab}
        destroyOnHidden
        onChange={(key) => setParams(new URLSearchParams({ tab: key }))}
        items={[
          { key: 'records', label: t('cr.records'), children: records },
          { key: 'objections', label: t('ob.objections'), children: <ObjectionsTab write={write} /> },
          { key: 'repairs', label: t('ob.repairs'), children: <RepairsTab write={write} /> },
        ]}
      />
      <FormModal<{ reason: string }>
        open={action?.kind === 'objection'}
        title={`${t('ob.file')} · ${action?.record.subjectName ?? ''}`}
        onClose={() => setAction(null)}
        onSubmit={(v) => mutate(fileObjection({ variables: { recordId: action?.record.id ?? '', reason: v.reason } }))}
      >
        {() => (
          <Form.Item name="reason" label={t('ob.reason')} rules={[required(t, 'ob.reason')]}>
            <Input.TextArea rows={4} id="reason" />
          </Form.Item>
        )}
      </FormModal>
      <FormModal<{ evidence: string; commitmentLetter: string }>
        open={action?.kind === 'repair'}
        title={`${t('rp.apply')} · ${action?.record.subjectName ?? ''}`}
        onClose={() => setAction(null)}
        onSubmit={(v) => mutate(applyRepair({ variables: { recordId: action?.record.id ?? '', ...v } }))}
      >
        {() => (
          <>
            <Form.Item name="evidence" label={t('rp.evidence')} rules={[required(t, 'rp.evidence')]}>
              <Input.TextArea rows={3} id="evidence" />
            </Form.Item>
            <Form.Item name="commitmentLetter" label={t('rp.letter')} rules={[required(t, 'rp.letter')]}>
              <Input.TextArea rows={3} id="commitmentLetter" />
            </Form.Item>
          </>
        )}
      </FormModal>
      <FormModal<Values>
        open={open}
        title={t('cr.addRecord')}
        initialValues={{ subjectType: 'DEPARTMENT', publish: true, severity: 'GENERAL' }}
        onClose={() => setOpen(false)}
        onSubmit={(v) => mutate(add({ variables: { input: { ...v, publicityEnd: v.publicityEnd || null } } }))}
      >
        {(form) => (
          <>
            <Form.Item name="subjectType" label={t('cr.subjectType')} rules={[required(t, 'cr.subjectType')]}>
              <Select
                options={SUBJECT_TYPES.map((s) => ({ value: s, label: label(SUBJECT_TYPE, s) }))}
                onChange={() => form.setFieldValue('subjectId', undefined)}
              />
            </Form.Item>
            <Form.Item noStyle dependencies={['subjectType']}>
              {() =>
                form.getFieldValue('subjectType') === 'DEPARTMENT' ? (
                  <Form.Item name="subjectId" label={t('cr.subjectId')} rules={[required(t, 'cr.subjectId')]}>
                    <Select showSearch optionFilterProp="label" options={departmentOptions} />
                  </Form.Item>
                ) : (
                  <Form.Item
                    name="subjectId"
                    label={t('cr.subjectId')}
                    extra={t('cr.subjectIdHint')}
                    rules={[required(t, 'cr.subjectId')]}
                  >
                    <Input id="subjectId" />
                  </Form.Item>
                )
              }
            </Form.Item>
            <Form.Item name="category" label={t('cr.category')} rules={[required(t, 'cr.category')]}>
              <Select options={CATEGORIES.map((c) => ({ value: c, label: label(CREDIT_CATEGORY, c) }))} />
            </Form.Item>
            <Form.Item name="severity" label={t('cr.severity')} rules={[required(t, 'cr.severity')]}>
              <Select options={SEVERITIES.map((s) => ({ value: s, label: label(SEVERITY, s) }))} />
            </Form.Item>
            <Form.Item name="documentNumber" label={t('cr.documentNumber')} rules={[required(t, 'cr.documentNumber')]}>
              <Input id="documentNumber" />
            </Form.Item>
            <Form.Item name="authority" label={t('cr.authority')} rules={[required(t, 'cr.authority')]}>
              <Input id="authority" />
            </Form.Item>
            <DateItem name="decisionDate" label="cr.decisionDate" t={t} />
            <Form.Item name="publish" label={t('cr.publish')} valuePropName="checked">
              <Switch />
            </Form.Item>
            <DateItem name="publicityEnd" label="cr.publicityEnd" t={t} optional />
          </>
        )}
      </FormModal>
    </>
  );
}
