// A procurement project's contract and its payment milestones: record a payment per milestone, record
// acceptance while the contract is being performed.
import { Button, Card, Table, Tag } from 'antd';
import type { ProcurementProjectDetailQuery } from '../../gql/graphql';
import { useT } from '../../i18n';
import { yuan } from '../../components/fields';
import { MILESTONE_STATUS } from '../../labels';
import { useLabel } from '../../labels/useLabel';
import { outstanding, type ContractDialog } from './ContractForms';

type Contract = NonNullable<NonNullable<ProcurementProjectDetailQuery['procurementProject']>['contract']>;
type Milestone = Contract['milestones'][number];

interface Props {
  contract: Contract;
  status: string;
  write: boolean;
  onDialog: (dialog: ContractDialog) => void;
}

export function ContractCard({ contract, status, write, onDialog }: Props) {
  const t = useT();
  const { label } = useLabel();
  return (
    <Card
      size="small"
      title={`${t('pr.contract')} · ${contract.supplierName} · ${yuan(contract.amount)} · ${contract.signedOn}`}
      style={{ marginTop: 16 }}
      extra={
        write && status === 'IN_PERFORMANCE' ? (
          <Button size="small" onClick={() => onDialog({ kind: 'accept' })}>
            {t('pr.acceptance')}
          </Button>
        ) : null
      }
    >
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={contract.milestones}
        columns={[
          { key: 'seq', title: '#', dataIndex: 'seq' },
          { key: 'dueDate', title: t('pr.dueDate'), dataIndex: 'dueDate' },
          { key: 'amount', title: t('pr.amount'), render: (_: unknown, m: Milestone) => yuan(m.amount) },
          { key: 'paid', title: t('pr.paid'), render: (_: unknown, m: Milestone) => yuan(m.paidAmount) },
          {
            key: 'status',
            title: t('pr.status'),
            render: (_: unknown, m: Milestone) => (
              <Tag color={m.status === 'OVERDUE' ? 'red' : m.status === 'PAID' ? 'green' : 'default'}>
                {label(MILESTONE_STATUS, m.status)}
              </Tag>
            ),
          },
          ...(write
            ? [
                {
                  key: 'pay',
                  title: t('common.actions'),
                  render: (_: unknown, m: Milestone) =>
                    m.status === 'PAID' ? null : (
                      <Button
                        size="small"
                        onClick={() =>
                          onDialog({
                            kind: 'pay',
                            milestoneId: m.id,
                            outstanding: outstanding(m.amount, m.paidAmount),
                          })
                        }
                      >
                        {t('pr.recordPayment')}
                      </Button>
                    ),
                },
              ]
            : []),
        ]}
      />
    </Card>
  );
}
