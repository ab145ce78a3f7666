// 逾期未付账款: every supplier payment past due and unpaid (拖欠账款), oldest due first, page by page, with the days
// it is late and the late-payment interest owed today. The dashboard's 逾期未付账款 figure drills down here with
// ?purchaserId=: the list holds as many payments as the figure counts, each opening its project.
import { useState } from 'react';
import { Typography } from 'antd';
import { graphql } from '../../gql';
import type { OverdueMilestonesQuery } from '../../gql/graphql';
import { useT } from '../../i18n';
import { ListPage } from '../../components/ListPage';
import { yuan } from '../../components/fields';
import { useDepartmentOptions } from '../directory/common';
import ProjectDrawer from './ProjectDrawer';

const OVERDUE = graphql(`
  query OverdueMilestones($page: Int, $pageSize: Int, $purchaserId: ID) {
    overdueMilestones(page: $page, pageSize: $pageSize, purchaserId: $purchaserId) {
      total
      items {
        id
        seq
        dueDate
        amount
        paidAmount
        daysLate
        lateInterest
        contract {
          id
          supplierName
          project {
            id
            title
            purchaser {
              id
              name
            }
          }
        }
      }
    }
  }
`);

type Row = OverdueMilestonesQuery['overdueMilestones']['items'][number];

export default function OverduePaymentsPage() {
  const t = useT();
  const [project, setProject] = useState<string | null>(null);
  const departmentOptions = useDepartmentOptions();

  return (
    <>
      <ListPage
        title="overdue.title"
        query={OVERDUE}
        pick={(d) => d?.overdueMilestones}
        rowKey={(r: Row) => r.id}
        exportName="overdue-payments"
        filters={[{ name: 'purchaserId', label: 'pr.purchaser', type: 'select', options: departmentOptions }]}
        columns={[
          {
            key: 'contract.project.title',
            title: 'breach.project',
            render: (r) => <a onClick={() => setProject(r.contract.project.id)}>{r.contract.project.title}</a>,
            under: ['seq'],
            // a long title wraps: every figure stays in view at 1440 pixels
            width: 260,
          },
          { key: 'seq', title: 'overdue.seq', text: (r) => t('overdue.seqValue', { seq: r.seq }) },
          { key: 'contract.project.purchaser.name', title: 'pr.purchaser' },
          { key: 'contract.supplierName', title: 'pr.supplier' },
          { key: 'dueDate', title: 'pr.dueDate', under: ['daysLate'] },
          {
            key: 'daysLate',
            title: 'overdue.daysLate',
            text: (r) => r.daysLate ?? '',
            render: (r) => (
              <Typography.Text type="danger">{t('pr.daysLate', { days: r.daysLate ?? 0 })}</Typography.Text>
            ),
          },
          // what was paid of it on a line under the amount; its own column in the export
          { key: 'amount', title: 'pr.amount', text: (r) => yuan(r.amount), under: ['paidAmount'] },
          {
            key: 'paidAmount',
            title: 'pr.paid',
            text: (r) => yuan(r.paidAmount),
            render: (r) => t('overdue.paidLine', { amount: yuan(r.paidAmount) }),
          },
          { key: 'lateInterest', title: 'pr.lateInterest', text: (r) => yuan(r.lateInterest) },
        ]}
      />
      <ProjectDrawer id={project} write={false} onClose={() => setProject(null)} />
    </>
  );
}
