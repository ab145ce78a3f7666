import { useState } from 'react';
import { Button, Space, Tabs, Tag, Tooltip, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { ObjectionsTab } from './ObjectionsTab';
import { RepairsTab } from './RepairsTab';
import { AddRecordDialog } from './AddRecordDialog';
import { RecordActionDialogs, type RecordAction } from './RecordActionDialogs';
import { RecordHistoryDrawer } from './RecordHistoryDrawer';
import { PlusOutlined } from '@ant-design/icons';
import { graphql } from '../../gql';
import type { CreditRecordsQuery } from '../../gql/graphql';
import { useT } from '../../i18n';
import { ListPage } from '../../components/ListPage';
import type { PageProps } from '../page-props';
import { useDepartmentOptions } from '../directory/common';
import { CREDIT_CATEGORY, RECORD_STATUS, SEVERITY, SUBJECT_TYPE } from '../../labels';
import { subjectUnit } from './subject-unit';
import { useLabel } from '../../labels/useLabel';

const RECORDS = graphql(`
  query CreditRecords(
    $page: Int
    $pageSize: Int
    $subjectType: SubjectType
    $departmentId: ID
    $status: RecordStatus
    $dishonestyOnly: Boolean
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
      dishonestyOnly: $dishonestyOnly
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

type Row = CreditRecordsQuery['creditRecords']['items'][number];
const SEVERITY_COLOR: Record<string, string> = { MINOR: 'default', GENERAL: 'orange', SERIOUS: 'red' };

export default function CreditRecordsPage({ write }: PageProps) {
  const t = useT();
  const { label, options } = useLabel();
  const [open, setOpen] = useState(false);
  const [action, setAction] = useState<RecordAction | null>(null);
  const [history, setHistory] = useState<string | null>(null);
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') ?? 'records';
  const departmentOptions = useDepartmentOptions();

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
          options: options(SUBJECT_TYPE),
        },
        { name: 'departmentId', label: 'cr.department', type: 'select', options: departmentOptions },
        {
          name: 'status',
          label: 'cr.status',
          type: 'select',
          options: options(RECORD_STATUS),
        },
        // 失信 only, as the dashboard's 有效失信记录 counts them (its figure links here with it on)
        { name: 'dishonestyOnly', label: 'cr.dishonestyOnly', type: 'yes' },
      ]}
      columns={[
        {
          key: 'subjectName',
          title: 'cr.subjectAndType',
          exportTitle: 'cr.subjectName',
          text: (r) => r.subjectName,
          sort: { server: 'SUBJECT_NAME' },
          under: ['subjectType', 'department'],
        },
        { key: 'subjectType', title: 'cr.subjectType', text: (r) => label(SUBJECT_TYPE, r.subjectType) },
        { key: 'category', title: 'cr.category', text: (r) => label(CREDIT_CATEGORY, r.category) },
        {
          key: 'severity',
          title: 'cr.severity',
          text: (r) => label(SEVERITY, r.severity),
          render: (r) => <Tag color={SEVERITY_COLOR[r.severity]}>{label(SEVERITY, r.severity)}</Tag>,
        },
        {
          key: 'documentNumber',
          title: 'cr.documentAndAuthority',
          exportTitle: 'cr.documentNumber',
          text: (r) => r.documentNumber,
          // the document number opens the record's change history
          render: (r) => (
            <Tooltip title={t('cr.historyOpen')}>
              <Typography.Link onClick={() => setHistory(r.id)}>{r.documentNumber}</Typography.Link>
            </Tooltip>
          ),
          under: ['authority'],
        },
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
        {
          key: 'department',
          title: 'cr.department',
          text: (r) => r.department?.name ?? '',
          render: (r) => subjectUnit(r),
        },
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
      <RecordActionDialogs action={action} onClose={() => setAction(null)} />
      <RecordHistoryDrawer id={history} onClose={() => setHistory(null)} />
      <AddRecordDialog open={open} onClose={() => setOpen(false)} departmentOptions={departmentOptions} />
    </>
  );
}
