// 整改通知: every order by status and department (warnings and findings open them), with report and decision.
import { Button, Space, Tag, Tooltip, Typography } from 'antd';
import { graphql } from '../../../gql';
import { actionCell } from '../../../components/action-cell';
import { useT } from '../../../i18n';
import { ListPage } from '../../../components/ListPage';
import { LongText } from '../../../components/LongText';
import { RECTIFICATION_ORIGIN, RECTIFICATION_STATUS } from '../../../labels';
import { useLabel } from '../../../labels/useLabel';
import { useSessionUser } from '../../../session-context';
import type { Rectification, RectificationModal } from './modal';

export const RECTIFICATIONS = graphql(`
  query Rectifications($page: Int, $pageSize: Int, $status: RectificationStatus, $departmentId: ID) {
    rectifications(page: $page, pageSize: $pageSize, status: $status, departmentId: $departmentId) {
      total
      items {
        id
        subject
        basis
        deadline
        status
        origin
        report
        evidence
        reportedOn
        decisionNote
        overdueOn
        orderedOn
        version
        department {
          id
          name
        }
      }
    }
  }
`);

export const STATUS_COLOR: Record<string, string> = {
  ORDERED: 'blue',
  REPORTED: 'gold',
  ACCEPTED: 'green',
  RETURNED: 'orange',
  OVERDUE: 'red',
};

interface Props {
  write: boolean;
  departmentOptions: { value: string; label: string }[];
  open: (modal: RectificationModal) => void;
}

export function RectificationsTab({ write, departmentOptions, open }: Props) {
  const t = useT();
  const { label, options } = useLabel();
  const me = useSessionUser();
  const reports = (r: Rectification) =>
    me?.roles.includes('OFFICER') &&
    me.department?.id === r.department.id &&
    ['ORDERED', 'RETURNED', 'OVERDUE'].includes(r.status) &&
    !(r.status === 'OVERDUE' && r.reportedOn);
  const decides = (r: Rectification) =>
    write && (r.status === 'REPORTED' || (r.status === 'OVERDUE' && !!r.reportedOn));
  const actions = {
    key: 'actions',
    title: 'common.actions' as const,
    noExport: true,
    render: (r: Rectification) =>
      actionCell(
        reports(r) ? (
          <Button size="small" onClick={() => open({ kind: 'report', order: r })} data-testid="report-rectification">
            {t('rect.reportAction')}
          </Button>
        ) : null,
        decides(r) ? (
          <Button size="small" onClick={() => open({ kind: 'decide', order: r })} data-testid="decide-rectification">
            {t('rect.decide')}
          </Button>
        ) : null,
      ),
  };
  return (
    <ListPage
      title="rect.orders"
      query={RECTIFICATIONS}
      pick={(d) => d?.rectifications}
      rowKey={(r: Rectification) => r.id}
      exportName="rectifications"
      toolbar={
        write ? (
          <Button type="primary" onClick={() => open({ kind: 'order' })} data-testid="new-rectification">
            {t('rect.newOrder')}
          </Button>
        ) : undefined
      }
      filters={[
        { name: 'status', label: 'rect.status', type: 'select', options: options(RECTIFICATION_STATUS) },
        { name: 'departmentId', label: 'rect.department', type: 'select', options: departmentOptions },
      ]}
      columns={[
        { key: 'department.name', title: 'rect.department', width: 200 },
        {
          key: 'subject',
          title: 'rect.subject',
          render: (r) => (
            <Space direction="vertical" size={0}>
              <span>
                <span data-testid="rect-subject">{r.subject}</span> <Tag>{label(RECTIFICATION_ORIGIN, r.origin)}</Tag>
              </span>
              <Typography.Text type="secondary">{r.basis}</Typography.Text>
            </Space>
          ),
        },
        { key: 'deadline', title: 'rect.deadline', width: 120 },
        {
          key: 'status',
          title: 'rect.status',
          width: 130,
          text: (r) => label(RECTIFICATION_STATUS, r.status),
          render: (r) => (
            <Tooltip title={r.status === 'OVERDUE' ? t('rect.overdueHint') : (r.decisionNote ?? undefined)}>
              <Tag color={STATUS_COLOR[r.status]}>{label(RECTIFICATION_STATUS, r.status)}</Tag>
            </Tooltip>
          ),
        },
        {
          key: 'report',
          title: 'rect.report',
          width: 220,
          text: (r) => r.report ?? '—',
          render: (r) => <LongText text={r.report ?? '—'} />,
        },
        ...(write || me?.roles.includes('OFFICER') ? [actions] : []),
      ]}
    />
  );
}
