// The instruments tab: every bond and loan with its schedule's figures, sorted on the server; issuing one and
// recording a repayment are dialogs beside the list.
import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Button, Form, Input, Select, Space, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { graphql } from '../../gql';
import type { DebtInstrumentsQuery } from '../../gql/graphql';
import { useT } from '../../i18n';
import { ListPage } from '../../components/ListPage';
import { FormModal, mutate } from '../../components/FormModal';
import { DateItem, MoneyItem, required, yuan } from '../../components/fields';
import { debtRateRule } from '../../validation';
import { InstrumentDrawer } from './InstrumentDrawer';
import { BOND_PURPOSES } from '@integrity/rules';
import { BOND_PURPOSE, DEBT_KIND } from '../../labels';
import { useLabel } from '../../labels/useLabel';
import type { DebtKind } from '../../labels/debt-kind';

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

const ISSUE = graphql(`
  mutation IssueDebt($input: IssueDebtInput!) {
    issueDebt(input: $input) {
      id
    }
  }
`);

const REPAY = graphql(`
  mutation RecordRepayment($instrumentId: ID!, $input: RecordRepaymentInput!) {
    recordRepayment(instrumentId: $instrumentId, input: $input) {
      id
      outstandingPrincipal
      overdueAmount
    }
  }
`);

type Instrument = DebtInstrumentsQuery['debtInstruments']['items'][number];

export function InstrumentsTab({
  write,
  regionOptions,
}: {
  write: boolean;
  regionOptions: { value: string; label: string }[];
}) {
  const t = useT();
  const { label, options } = useLabel();
  const [issue] = useMutation(ISSUE, { refetchQueries: 'active' });
  const [repay] = useMutation(REPAY, { refetchQueries: 'active' });
  const [modal, setModal] = useState<{ kind: 'issue' } | { kind: 'repay'; instrument: Instrument } | null>(null);
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
      <FormModal<{
        regionCode: string;
        kind: DebtKind;
        principal: string;
        rate: string;
        issuedOn: string;
        maturesOn: string;
        project: string;
        bondPurpose?: 'NEW' | 'REFINANCING';
        onLendingDocument?: string;
      }>
        open={modal?.kind === 'issue'}
        title={t('debt.issue')}
        onClose={() => setModal(null)}
        onSubmit={(v) => mutate(issue({ variables: { input: v } }))}
      >
        {() => (
          <>
            <Form.Item
              name="regionCode"
              label={t('debt.region')}
              extra={t('debt.onLendingHint')}
              rules={[required(t, 'debt.region')]}
            >
              <Select showSearch optionFilterProp="label" options={regionOptions} />
            </Form.Item>
            <Form.Item name="kind" label={t('debt.kind')} rules={[required(t, 'debt.kind')]}>
              <Select options={options(DEBT_KIND)} />
            </Form.Item>
            <MoneyItem name="principal" label="debt.principal" t={t} />
            <Form.Item
              name="rate"
              label={t('debt.rate')}
              extra={t('debt.rateHint')}
              rules={[required(t, 'debt.rate'), debtRateRule(t)]}
            >
              <Input id="rate" />
            </Form.Item>
            <DateItem name="issuedOn" label="debt.issuedOn" t={t} />
            <DateItem name="maturesOn" label="debt.maturesOn" t={t} />
            <Form.Item name="project" label={t('debt.project')} rules={[required(t, 'debt.project')]}>
              <Input id="project" />
            </Form.Item>
            <Form.Item name="bondPurpose" label={t('debt.bondPurpose')}>
              <Select allowClear options={BOND_PURPOSES.map((k) => ({ value: k, label: label(BOND_PURPOSE, k) }))} />
            </Form.Item>
            <Form.Item name="onLendingDocument" label={t('debt.onLendingDocument')}>
              <Input id="onLendingDocument" />
            </Form.Item>
          </>
        )}
      </FormModal>
      <FormModal<{ paidOn: string; principal: string; interest: string }>
        open={modal?.kind === 'repay'}
        title={t('debt.repay')}
        onClose={() => setModal(null)}
        onSubmit={(v) =>
          mutate(repay({ variables: { instrumentId: modal?.kind === 'repay' ? modal.instrument.id : '', input: v } }))
        }
      >
        {() => (
          <>
            <DateItem name="paidOn" label="debt.paidOn" t={t} />
            <MoneyItem name="principal" label="debt.principal" t={t} />
            <MoneyItem name="interest" label="debt.interest" t={t} />
          </>
        )}
      </FormModal>
    </>
  );
}
