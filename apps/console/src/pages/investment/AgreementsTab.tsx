// 招商协议: the list, with adding a commitment and editing progress (contact, investment to date, jobs).
import { Button, Space } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { graphql } from '../../gql';
import { useT } from '../../i18n';
import { ListPage } from '../../components/ListPage';
import { yuan } from '../../components/fields';
import type { Agreement, InvestmentModal } from './modal';

export const AGREEMENTS = graphql(`
  query Agreements($page: Int, $pageSize: Int, $departmentId: ID, $townCode: String, $search: String) {
    investmentAgreements(
      page: $page
      pageSize: $pageSize
      departmentId: $departmentId
      townCode: $townCode
      search: $search
    ) {
      total
      items {
        id
        title
        investorUscc
        investorName
        amount
        signedOn
        investedToDate
        jobsCreated
        contactPerson
        version
        department {
          id
          name
        }
        town {
          code
          name
        }
      }
    }
  }
`);

interface Props {
  write: boolean;
  departmentOptions: { value: string; label: string }[];
  townOptions: { value: string; label: string }[];
  open: (modal: InvestmentModal) => void;
}

export function AgreementsTab({ write, departmentOptions, townOptions, open }: Props) {
  const t = useT();
  return (
    <ListPage
      title="inv.agreements"
      query={AGREEMENTS}
      pick={(d) => d?.investmentAgreements}
      rowKey={(r: Agreement) => r.id}
      exportName="investment-agreements"
      filters={[
        { name: 'search', label: 'common.search', type: 'text' },
        { name: 'departmentId', label: 'inv.department', type: 'select', options: departmentOptions },
        { name: 'townCode', label: 'inv.town', type: 'select', options: townOptions },
      ]}
      columns={[
        {
          key: 'title',
          title: 'inv.titleAndInvestor',
          exportTitle: 'inv.title',
          text: (r) => r.title,
          under: ['investorName'],
        },
        { key: 'investorName', title: 'inv.investor', text: (r) => `${r.investorName}（${r.investorUscc}）` },
        {
          key: 'department.name',
          title: 'inv.departmentAndTown',
          exportTitle: 'inv.department',
          under: ['town.name'],
        },
        { key: 'town.name', title: 'inv.town' },
        {
          key: 'amount',
          title: 'inv.amountAndInvested',
          exportTitle: 'inv.amount',
          text: (r) => r.amount,
          render: (r) => yuan(r.amount),
          under: ['investedToDate'],
        },
        {
          key: 'investedToDate',
          title: 'inv.investedToDate',
          text: (r) => r.investedToDate,
          render: (r) => t('inv.investedLine', { amount: yuan(r.investedToDate) }),
        },
        { key: 'jobsCreated', title: 'inv.jobsCreated', text: (r) => r.jobsCreated },
        { key: 'signedOn', title: 'inv.signedOn', text: (r) => r.signedOn },
        ...(write
          ? [
              {
                key: 'actions',
                title: 'common.actions' as const,
                render: (r: Agreement) => (
                  <Space size="small">
                    <Button size="small" onClick={() => open({ kind: 'commitment', agreement: r })}>
                      {t('inv.addCommitment')}
                    </Button>
                    <Button
                      size="small"
                      onClick={() => open({ kind: 'editAgreement', agreement: r })}
                      data-testid="edit-agreement"
                    >
                      {t('inv.updateAgreement')}
                    </Button>
                  </Space>
                ),
              },
            ]
          : []),
      ]}
      toolbar={
        write ? (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            data-testid="create"
            onClick={() => open({ kind: 'agreement' })}
          >
            {t('inv.newAgreement')}
          </Button>
        ) : null
      }
    />
  );
}
