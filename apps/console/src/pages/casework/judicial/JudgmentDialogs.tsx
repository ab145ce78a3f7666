// The judgment dialogs: record an effective judgment, record a payment or performance towards it, and record
// the court's listing of the obligor as a dishonest judgment debtor (which makes a SERIOUS record in credit).
import { useMutation } from '@apollo/client/react';
import { Form, Input, Select } from 'antd';
import { graphql } from '../../../gql';
import { useT } from '../../../i18n';
import { FormModal, mutate } from '../../../components/FormModal';
import { DateItem, MoneyItem, required, yuan } from '../../../components/fields';
import type { DialogProps } from './modal';
import { outstanding } from '../../../outstanding';

const RECORD_JUDGMENT = graphql(`
  mutation RecordJudgment($input: RecordJudgmentInput!) {
    recordJudgment(input: $input) {
      id
      status
    }
  }
`);

const RECORD_FULFILMENT = graphql(`
  mutation RecordJudgmentFulfilment($id: ID!, $input: RecordJudgmentFulfilmentInput!) {
    recordJudgmentFulfilment(id: $id, input: $input) {
      id
      status
      fulfilledAmount
      fulfilledOn
      version
    }
  }
`);

const MARK_LISTED = graphql(`
  mutation MarkJudgmentDebtorListed($id: ID!, $input: MarkJudgmentDebtorListedInput!) {
    markJudgmentDebtorListed(id: $id, input: $input) {
      id
      listedOn
      listingDocument
      version
    }
  }
`);

interface JudgmentValues {
  caseNumber: string;
  court: string;
  departmentId: string;
  obligation: string;
  amount?: string;
  effectiveOn: string;
  dueOn: string;
}

export function JudgmentDialogs({ modal, close, departmentOptions }: DialogProps) {
  const t = useT();
  const [recordJudgment] = useMutation(RECORD_JUDGMENT, { refetchQueries: 'active' });
  const [recordFulfilment] = useMutation(RECORD_FULFILMENT, { refetchQueries: 'active' });
  const [markListed] = useMutation(MARK_LISTED, { refetchQueries: 'active' });
  const target = modal?.kind === 'fulfilment' || modal?.kind === 'listed' ? modal.judgment : null;
  const id = target?.id ?? '';
  const left = target ? outstanding(target.amount, target.fulfilledAmount) : '0.00';
  return (
    <>
      <FormModal<JudgmentValues>
        open={modal?.kind === 'judgment'}
        title={t('judicial.newJudgment')}
        initialValues={{ court: t('judicial.defaultCourt') }}
        onClose={close}
        onSubmit={(v) => mutate(recordJudgment({ variables: { input: { ...v, amount: v.amount || '0' } } }))}
        testId="judgment-record"
      >
        {() => (
          <>
            <Form.Item name="caseNumber" label={t('judicial.caseNumber')} rules={[required(t, 'judicial.caseNumber')]}>
              <Input id="judgment-case-number" />
            </Form.Item>
            <Form.Item name="court" label={t('judicial.court')} rules={[required(t, 'judicial.court')]}>
              <Input id="judgment-court" />
            </Form.Item>
            <Form.Item name="departmentId" label={t('judicial.obligor')} rules={[required(t, 'judicial.obligor')]}>
              <Select showSearch optionFilterProp="label" options={departmentOptions} />
            </Form.Item>
            <Form.Item name="obligation" label={t('judicial.obligation')} rules={[required(t, 'judicial.obligation')]}>
              <Input.TextArea rows={2} id="judgment-obligation" />
            </Form.Item>
            <MoneyItem name="amount" label="judicial.amountYuan" t={t} optional />
            <DateItem name="effectiveOn" label="judicial.effectiveOn" t={t} />
            <DateItem name="dueOn" label="judicial.dueOn" t={t} />
          </>
        )}
      </FormModal>
      <FormModal<{ date: string; amount?: string; evidence: string }>
        open={modal?.kind === 'fulfilment'}
        title={`${t('judicial.recordFulfilment')} · ${target?.caseNumber ?? ''}`}
        onClose={close}
        onSubmit={(v) => mutate(recordFulfilment({ variables: { id, input: { ...v, amount: v.amount || '0' } } }))}
        testId="judgment-fulfilment"
      >
        {() => (
          <>
            <p>{t('judicial.outstanding', { amount: yuan(left) })}</p>
            <DateItem name="date" label="judicial.fulfilledOn" t={t} />
            <MoneyItem name="amount" label="judicial.paidYuan" t={t} optional />
            <Form.Item name="evidence" label={t('judicial.evidence')} rules={[required(t, 'judicial.evidence')]}>
              <Input.TextArea rows={2} id="fulfilment-evidence" />
            </Form.Item>
          </>
        )}
      </FormModal>
      <FormModal<{ listedOn: string; document: string }>
        open={modal?.kind === 'listed'}
        title={`${t('judicial.markListed')} · ${target?.caseNumber ?? ''}`}
        onClose={close}
        onSubmit={(v) => mutate(markListed({ variables: { id, input: v } }))}
        testId="judgment-listed"
      >
        {() => (
          <>
            <p>{t('judicial.listedHint')}</p>
            <DateItem name="listedOn" label="judicial.listedDate" t={t} />
            <Form.Item
              name="document"
              label={t('judicial.listingDocument')}
              rules={[required(t, 'judicial.listingDocument')]}
            >
              <Input id="listing-document" />
            </Form.Item>
          </>
        )}
      </FormModal>
    </>
  );
}
