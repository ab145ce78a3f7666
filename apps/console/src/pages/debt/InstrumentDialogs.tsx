// The instruments tab's dialogs: issue (or record the on-lending of) a bond or loan, and record a repayment.
import { useMutation } from '@apollo/client/react';
import { Form, Input, Select } from 'antd';
import { graphql } from '../../gql';
import { useT } from '../../i18n';
import { FormModal, mutate } from '../../components/FormModal';
import { DateItem, MoneyItem, required } from '../../components/fields';
import { debtRateRule } from '../../validation';
import { BOND_PURPOSE, DEBT_KIND } from '../../labels';
import type { BondPurpose } from '../../labels/debt-law';
import { useLabel } from '../../labels/useLabel';
import type { DebtKind } from '../../labels/debt-kind';
import type { Instrument } from './InstrumentsTab';

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

/** Which dialog is open: none, issuing, or a repayment of one instrument. */
export type InstrumentModal = { kind: 'issue' } | { kind: 'repay'; instrument: Instrument } | null;

export function InstrumentDialogs({
  modal,
  regionOptions,
  onClose,
}: {
  modal: InstrumentModal;
  regionOptions: { value: string; label: string }[];
  onClose: () => void;
}) {
  const t = useT();
  const { options } = useLabel();
  const [issue] = useMutation(ISSUE, { refetchQueries: 'active' });
  const [repay] = useMutation(REPAY, { refetchQueries: 'active' });
  return (
    <>
      <FormModal<{
        regionCode: string;
        kind: DebtKind;
        principal: string;
        rate: string;
        issuedOn: string;
        maturesOn: string;
        project: string;
        bondPurpose?: BondPurpose;
        onLendingDocument?: string;
      }>
        open={modal?.kind === 'issue'}
        title={t('debt.issue')}
        onClose={onClose}
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
              <Select allowClear options={options(BOND_PURPOSE)} />
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
        onClose={onClose}
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
