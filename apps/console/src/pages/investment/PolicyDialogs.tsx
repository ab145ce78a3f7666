// Draft a policy, edit one (the version read is sent back: a stale edit is CONFLICT), review one.
import { useMutation } from '@apollo/client/react';
import { Form, Input } from 'antd';
import { graphql } from '../../gql';
import { useT, type Translate } from '../../i18n';
import { FormModal, mutate } from '../../components/FormModal';
import { required } from '../../components/fields';
import type { DialogProps } from './modal';

const CREATE_POLICY = graphql(`
  mutation CreateIncentivePolicy($input: CreateIncentivePolicyInput!) {
    createIncentivePolicy(input: $input) {
      id
      status
    }
  }
`);

const UPDATE_POLICY = graphql(`
  mutation UpdateIncentivePolicy($id: ID!, $input: UpdateIncentivePolicyInput!) {
    updateIncentivePolicy(id: $id, input: $input) {
      id
      title
      legalBasis
      text
      status
      version
    }
  }
`);

const REVIEW_POLICY = graphql(`
  mutation ReviewPolicy($id: ID!, $approved: Boolean!, $note: String!) {
    reviewPolicy(id: $id, approved: $approved, note: $note) {
      id
      status
      reviewNote
    }
  }
`);

type PolicyValues = { title: string; legalBasis: string; text: string };

function PolicyFields({ t }: { t: Translate }) {
  return (
    <>
      <Form.Item name="title" label={t('inv.policyTitle')} rules={[required(t, 'inv.policyTitle')]}>
        <Input id="title" />
      </Form.Item>
      <Form.Item name="legalBasis" label={t('inv.legalBasis')} rules={[required(t, 'inv.legalBasis')]}>
        <Input id="legalBasis" />
      </Form.Item>
      <Form.Item
        name="text"
        label={t('inv.text')}
        rules={[required(t, 'inv.text'), { min: 10, message: t('inv.textShort') }]}
      >
        <Input.TextArea rows={5} id="text" />
      </Form.Item>
    </>
  );
}

export function PolicyDialogs({ modal, close }: DialogProps) {
  const t = useT();
  const [createPolicy] = useMutation(CREATE_POLICY, { refetchQueries: 'active' });
  const [updatePolicy] = useMutation(UPDATE_POLICY, { refetchQueries: 'active' });
  const [reviewPolicy] = useMutation(REVIEW_POLICY, { refetchQueries: 'active' });
  const editing = modal?.kind === 'editPolicy' ? modal.policy : null;
  const reviewing = modal?.kind === 'review' ? modal : null;

  return (
    <>
      <FormModal<PolicyValues>
        open={modal?.kind === 'policy'}
        title={t('inv.newPolicy')}
        onClose={close}
        onSubmit={(v) => mutate(createPolicy({ variables: { input: v } }))}
      >
        {() => <PolicyFields t={t} />}
      </FormModal>
      <FormModal<PolicyValues>
        open={!!editing}
        title={editing ? `${t('common.edit')} · ${editing.title}` : ''}
        initialValues={
          editing ? { title: editing.title, legalBasis: editing.legalBasis, text: editing.text } : undefined
        }
        onClose={close}
        testId="policy-edit"
        onSubmit={(v) =>
          mutate(
            updatePolicy({ variables: { id: editing?.id ?? '', input: { ...v, version: editing?.version ?? 0 } } }),
          )
        }
      >
        {() => (
          <>
            {editing?.status === 'APPROVED' ? <p>{t('inv.editApprovedHint')}</p> : null}
            <PolicyFields t={t} />
          </>
        )}
      </FormModal>
      <FormModal<{ note: string }>
        open={!!reviewing}
        title={reviewing ? `${t(reviewing.approved ? 'inv.approve' : 'inv.reject')} · ${reviewing.policy.title}` : ''}
        onClose={close}
        onSubmit={(v) =>
          mutate(
            reviewPolicy({
              variables: { id: reviewing?.policy.id ?? '', approved: !!reviewing?.approved, note: v.note },
            }),
          )
        }
        testId="policy-review"
      >
        {() => (
          <Form.Item
            name="note"
            label={t('inv.reviewNote')}
            rules={[required(t, 'inv.reviewNote'), { min: 2, message: t('inv.reviewNote') }]}
          >
            <Input.TextArea rows={3} />
          </Form.Item>
        )}
      </FormModal>
    </>
  );
}
