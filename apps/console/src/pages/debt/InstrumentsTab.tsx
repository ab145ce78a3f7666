// The instruments tab: every bond and loan with its schedule's figures, sorted on the server; issuing one and
// recording a repayment are dialogs beside the list (InstrumentDialogs).
import { useState } from 'react';
import { Button, Space, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { graphql } from '../../gql';
import type { DebtInstrumentsQuery } from '../../gql/graphql';
import { useT } from '../../i18n';
import { ListPage } from '../../components/ListPage';
import { yuan } from '../../components/fields';
import { InstrumentDrawer } from './InstrumentDrawer';
import { InstrumentDialogs, type InstrumentModal } from './InstrumentDialogs';
import { BOND_PURPOSE, DEBT_KIND } from '../../labels';
import { useLabel } from '../../labels/useLabel';

const INSTRUMENTS = graphql(`
  query DebtInstruments(
    $page: Int
    $pageSize: Int
    $regionCode: String
    $kind: DebtKind
    $sortBy: DebtInstrumentSortField
    $sortDirection: SortDirection
  ) {
    debtInstruments(
      page: $page
      pageSize: $pageSize
      regionCode: $regionCode
      kind: $kind
      sortBy: $sortBy
      sortDirection: $sortDirection
    ) {
      total
      items {
        id
        kind
        principal
        rate
        issuedOn
        maturesOn
        project
        bondPurpose
        onLendingDocument
        outstandingPrincipal
        overdueAmount
        region {
          code
          name
        }
      }
    }
  }
`);

export type Instrument = DebtInstrumentsQuery['debtInstruments']['items'][number];

export function InstrumentsTab({
  write,
  regionOptions,
}: {
  write: boolean;
  regionOptions: { value: string; label: string }[];
}) {
  const t = useT();
  const { label, options } = useLabel();
  const [modal, setModal] = useState<InstrumentModal>(null);
  const [detail, setDetail] = useState<string | null>(null);

  return (
    <>
      <InstrumentDrawer id={detail} write={write} onClose={() => setDetail(null)} />
      <ListPage
        title="debt.instruments"
        query={INSTRUMENTS}
        pick={(d) => d?.debtInstruments}
        rowKey={(r: Instrument) => r.id}
        exportName="debt-instruments"
        filters={[
          { name: 'regionCode', label: 'debt.region', type: 'select', options: regionOptions },
          {
            name: 'kind',
            label: 'debt.kind',
            type: 'select',
            options: options(DEBT_KIND),
          },
        ]}
        columns={[
          { key: 'region', title: 'debt.region', text: (r) => r.region.name },
          {
            key: 'kind',
            title: 'debt.kindAndPurpose',
            exportTitle: 'debt.kind',
            text: (r) => label(DEBT_KIND, r.kind),
            under: ['bondPurpose'],
          },
          {
            key: 'bondPurpose',
            title: 'debt.bondPurpose',
            text: (r) => (r.bondPurpose ? label(BOND_PURPOSE, r.bondPurpose) : '—'),
            render: (r) => (r.bondPurpose ? label(BOND_PURPOSE, r.bondPurpose) : null),
          },
          { key: 'project', title: 'debt.project', text: (r) => r.project },
          {
            key: 'principal',
            text: (r) => r.principal,
            render: (r) => yuan(r.principal),
            sort: { server: 'PRINCIPAL' },
            title: 'debt.principalAndOutstanding',
            exportTitle: 'debt.principal',
            // the balances under the principal: outstanding, and what is overdue in red
            under: ['outstandingPrincipal', 'overdueAmount'],
          },
          { key: 'rate', title: 'debt.rate', text: (r) => r.rate, render: (r) => `${r.rate}%` },
          { key: 'issuedOn', title: 'debt.issuedOn', text: (r) => r.issuedOn, sort: { server: 'ISSUED_ON' } },
          { key: 'maturesOn', title: 'debt.maturesOn', text: (r) => r.maturesOn, sort: { server: 'MATURES_ON' } },
          {
            key: 'outstandingPrincipal',
            title: 'debt.outstanding',
            text: (r) => r.outstandingPrincipal,
            render: (r) => t('debt.outstandingLine', { amount: yuan(r.outstandingPrincipal) }),
          },
          {
            key: 'overdueAmount',
            title: 'debt.overdue',
            text: (r) => r.overdueAmount,
            render: (r) =>
              Number(r.overdueAmount) > 0 ? (
                <Tag color="red">{t('debt.overdueLine', { amount: yuan(r.overdueAmount) })}</Tag>
              ) : null,
          },
          {
            key: 'actions',
            title: 'common.actions' as const,
            text: () => '',
            render: (r: Instrument) => (
              <Space size="small">
                <Button size="small" onClick={() => setDetail(r.id)}>
                  {t('debt.detail')}
                </Button>
                {write ? (
                  <Button size="small" onClick={() => setModal({ kind: 'repay', instrument: r })}>
                    {t('debt.repay')}
                  </Button>
                ) : null}
              </Space>
            ),
          },
        ]}
        toolbar={
          write ? (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              data-testid="create"
              onClick={() => setModal({ kind: 'issue' })}
            >
              {t('debt.issue')}
            </Button>
          ) : null
        }
      />
      <InstrumentDialogs modal={modal} regionOptions={regionOptions} onClose={() => setModal(null)} />
    </>
  );
}
