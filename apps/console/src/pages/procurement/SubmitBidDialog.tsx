// Submit a supplier's bid on a project being tendered: the supplier's USCC and the amount.
import { useMutation } from '@apollo/client/react';
import { Form, Input } from 'antd';
import { graphql } from '../../gql';
import { useT } from '../../i18n';
import { FormModal, mutate } from '../../components/FormModal';
import { MoneyItem } from '../../components/fields';
import { usccRule } from '../../validation';

const SUBMIT_BID = graphql(`
  mutation SubmitBid($projectId: ID!, $supplierUscc: String!, $amount: Decimal!) {
    submitBid(projectId: $projectId, supplierUscc: $supplierUscc, amount: $amount) {
      id
    }
  }
`);

export function SubmitBidDialog({ projectId, open, close }: { projectId: string; open: boolean; close: () => void }) {
  const t = useT();
  const [submitBid] = useMutation(SUBMIT_BID, { refetchQueries: 'active' });
  return (
    <FormModal<{ supplierUscc: string; amount: string }>
      open={open}
      title={t('pr.submitBid')}
      onClose={close}
      onSubmit={(v) =>
        mutate(
          submitBid({
            variables: { projectId, supplierUscc: v.supplierUscc.trim().toUpperCase(), amount: v.amount },
          }),
        )
      }
    >
      {() => (
        <>
          <Form.Item name="supplierUscc" label={t('pr.supplierUscc')} rules={[usccRule(t)]} validateTrigger="onBlur">
            <Input maxLength={18} id="supplierUscc" />
          </Form.Item>
          <MoneyItem name="amount" label="pr.amount" t={t} />
        </>
      )}
    </FormModal>
  );
}
