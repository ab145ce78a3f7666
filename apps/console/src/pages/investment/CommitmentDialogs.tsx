// A commitment's life after signing: add it (with the fair-competition review its kind needs), record fulfilment,
// record a breach (违约), waive it by agreement with the investor's written consent.
import { useMutation, useQuery } from '@apollo/client/react';
import { Form, Input, Select, Typography } from 'antd';
import { graphql } from '../../gql';
import { useT } from '../../i18n';
import { FormModal, mutate } from '../../components/FormModal';
import { DateItem, FindingNumberItem, MoneyItem, required } from '../../components/fields';
import { COMMITMENT_KIND } from '../../labels';
import { useLabel } from '../../labels/useLabel';
import { POLICIES } from './PoliciesTab';
import type { DialogProps } from './modal';
import { FairCompetitionReviewFields, type ReviewValues } from './FairCompetitionReviewFields';

const ADD_COMMITMENT = graphql(`
  mutation AddCommitment($agreementId: ID!, $input: AddCommitmentInput!) {
    addCommitment(agreementId: $agreementId, input: $input) {
      id
      status
    }
  }
`);

const RECORD_FULFILMENT = graphql(`
  mutation RecordFulfilment($commitmentId: ID!, $input: RecordFulfilmentInput!) {
    recordFulfilment(commitmentId: $commitmentId, input: $input) {
      id
      status
      fulfilledAmount
    }
  }
`);

const RECORD_BREACH = graphql(`
  mutation RecordCommitmentBreach($id: ID!, $note: String!, $documentNumber: String) {
    recordCommitmentBreach(id: $id, note: $note, documentNumber: $documentNumber) {
      id
      status
      breachNote
      breachDocumentNumber
    }
  }
`);

const WAIVE = graphql(`
  mutation WaiveCommitment($id: ID!, $input: WaiveCommitmentInput!) {
    waiveCommitment(id: $id, input: $input) {
      id
      status
      waiverNote
    }
  }
`);

type Kind = keyof typeof COMMITMENT_KIND;

export function CommitmentDialogs({ modal, close }: DialogProps) {
  const t = useT();
  const { options } = useLabel();
  const approved = useQuery(POLICIES, {
    variables: { status: 'APPROVED', pageSize: 200 },
    skip: modal?.kind !== 'commitment',
  });
  const [addCommitment] = useMutation(ADD_COMMITMENT, { refetchQueries: 'active' });
  const [recordFulfilment] = useMutation(RECORD_FULFILMENT, { refetchQueries: 'active' });
  const [recordBreach] = useMutation(RECORD_BREACH, { refetchQueries: 'active' });
  const [waive] = useMutation(WAIVE, { refetchQueries: 'active' });
  const commitment =
    modal?.kind === 'fulfil' || modal?.kind === 'breach' || modal?.kind === 'waive' ? modal.commitment : null;
  const suffix = commitment ? ` · ${commitment.agreement.title}` : '';

  return (
    <>
      <FormModal<{
        kind: Kind;
        amount: string;
        dueDate: string;
        policyId: string;
        description: string;
        fairCompetitionReview?: ReviewValues;
      }>
        open={modal?.kind === 'commitment'}
        title={`${t('inv.addCommitment')}${modal?.kind === 'commitment' ? ` · ${modal.agreement.title}` : ''}`}
        onClose={close}
        onSubmit={(v) =>
          mutate(
            addCommitment({
              variables: { agreementId: modal?.kind === 'commitment' ? modal.agreement.id : '', input: v },
            }),
          )
        }
      >
        {() => (
          <>
            <Form.Item name="kind" label={t('inv.kind')} rules={[required(t, 'inv.kind')]}>
              <Select options={options(COMMITMENT_KIND)} />
            </Form.Item>
            <MoneyItem name="amount" label="inv.commitmentAmount" t={t} />
            <DateItem name="dueDate" label="inv.dueDate" t={t} />
            <Form.Item name="policyId" label={t('inv.policy')} rules={[required(t, 'inv.policy')]}>
              <Select
                options={(approved.data?.incentivePolicies.items ?? []).map((p) => ({ value: p.id, label: p.title }))}
              />
            </Form.Item>
            <Form.Item name="description" label={t('inv.description')} rules={[required(t, 'inv.description')]}>
              <Input.TextArea rows={3} />
            </Form.Item>
            <FairCompetitionReviewFields />
          </>
        )}
      </FormModal>
      <FormModal<{ amount: string; date: string; evidence: string }>
        open={modal?.kind === 'fulfil'}
        title={`${t('inv.recordFulfilment')}${suffix}`}
        onClose={close}
        onSubmit={(v) => mutate(recordFulfilment({ variables: { commitmentId: commitment?.id ?? '', input: v } }))}
      >
        {() => (
          <>
            <MoneyItem name="amount" label="inv.commitmentAmount" t={t} />
            <DateItem name="date" label="inv.fulfilDate" t={t} />
            <Form.Item name="evidence" label={t('inv.evidence')} rules={[required(t, 'inv.evidence')]}>
              <Input.TextArea rows={3} />
            </Form.Item>
          </>
        )}
      </FormModal>
      <FormModal<{ note: string; documentNumber?: string }>
        open={modal?.kind === 'breach'}
        title={`${t('inv.recordBreach')}${suffix}`}
        onClose={close}
        testId="commitment-breach"
        onSubmit={(v) => mutate(recordBreach({ variables: { id: commitment?.id ?? '', ...v } }))}
      >
        {() => (
          <>
            <Form.Item name="note" label={t('inv.breachNote')} rules={[required(t, 'inv.breachNote')]}>
              <Input.TextArea rows={3} id="note" />
            </Form.Item>
            <FindingNumberItem t={t} example="饶工信〔2026〕12号" />
          </>
        )}
      </FormModal>
      <FormModal<{ document: string; note: string; investorConsent: { documentNumber: string; date: string } }>
        open={modal?.kind === 'waive'}
        title={`${t('inv.waive')}${suffix}`}
        onClose={close}
        testId="commitment-waive"
        onSubmit={(v) => mutate(waive({ variables: { id: commitment?.id ?? '', input: v } }))}
      >
        {() => (
          <>
            <Form.Item name="document" label={t('inv.waiverDocument')} rules={[required(t, 'inv.waiverDocument')]}>
              <Input id="document" />
            </Form.Item>
            <Form.Item name="note" label={t('inv.waiverNote')} rules={[required(t, 'inv.waiverNote')]}>
              <Input.TextArea rows={3} id="note" />
            </Form.Item>
            <Typography.Paragraph type="secondary">{t('inv.consentHint')}</Typography.Paragraph>
            <Form.Item
              name={['investorConsent', 'documentNumber']}
              label={t('inv.consentNumber')}
              rules={[required(t, 'inv.consentNumber')]}
            >
              <Input id="consentNumber" />
            </Form.Item>
            <Form.Item
              name={['investorConsent', 'date']}
              label={t('inv.consentDate')}
              rules={[required(t, 'inv.consentDate')]}
            >
              <Input type="date" id="consentDate" />
            </Form.Item>
          </>
        )}
      </FormModal>
    </>
  );
}
