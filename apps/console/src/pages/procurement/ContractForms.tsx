// Contract work on an awarded project: sign (SignContractForm), record payments, delivery, acceptance and a
// re-delivery after a failed acceptance. The server has the last word and its BAD_USER_INPUT lands on the
// field it names.
import { Form, Input, Radio } from 'antd';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import { useT } from '../../i18n';
import { FormModal, mutate } from '../../components/FormModal';
import { DateItem, MoneyItem } from '../../components/fields';
import { SignContractForm } from './SignContractForm';

const PAY = graphql(`
  mutation RecordPayment($milestoneId: ID!, $paidOn: Date!, $amount: Decimal!) {
    recordPayment(milestoneId: $milestoneId, paidOn: $paidOn, amount: $amount) {
      id
      status
    }
  }
`);

const DELIVER = graphql(`
  mutation RecordDelivery($projectId: ID!, $deliveredOn: Date!) {
    recordDelivery(projectId: $projectId, deliveredOn: $deliveredOn) {
      id
      deliveredOn
    }
  }
`);

const ACCEPT = graphql(`
  mutation RecordAcceptance($projectId: ID!, $input: RecordAcceptanceInput!) {
    recordAcceptance(projectId: $projectId, input: $input) {
      id
      acceptanceResult
    }
  }
`);

const REDELIVER = graphql(`
  mutation RecordRedelivery($projectId: ID!, $input: RecordRedeliveryInput!) {
    recordRedelivery(projectId: $projectId, input: $input) {
      id
    }
  }
`);

export type ContractDialog =
  | { kind: 'sign' }
  | { kind: 'pay'; milestoneId: string; outstanding: string }
  | { kind: 'accept' }
  | { kind: 'deliver' }
  | { kind: 'redeliver' }
  | null;

export function ContractForms({
  projectId,
  dialog,
  onClose,
}: {
  projectId: string;
  dialog: ContractDialog;
  onClose: () => void;
}) {
  const t = useT();
  const [pay] = useMutation(PAY, { refetchQueries: 'active' });
  const [accept] = useMutation(ACCEPT, { refetchQueries: 'active' });
  const [deliver] = useMutation(DELIVER, { refetchQueries: 'active' });
  const [redeliver] = useMutation(REDELIVER, { refetchQueries: 'active' });

  return (
    <>
      <SignContractForm projectId={projectId} open={dialog?.kind === 'sign'} onClose={onClose} />
      <FormModal<{ paidOn: string; amount: string }>
        open={dialog?.kind === 'pay'}
        title={t('pr.recordPayment')}
        initialValues={dialog?.kind === 'pay' ? { amount: dialog.outstanding } : undefined}
        onClose={onClose}
        onSubmit={(v) =>
          mutate(
            pay({
              variables: {
                milestoneId: dialog?.kind === 'pay' ? dialog.milestoneId : '',
                paidOn: v.paidOn,
                amount: v.amount,
              },
            }),
          )
        }
        testId="record-payment"
      >
        {() => (
          <>
            <DateItem name="paidOn" label="pr.paidOn" t={t} />
            <MoneyItem name="amount" label="pr.amount" t={t} />
          </>
        )}
      </FormModal>
      <FormModal<{ deliveredOn: string }>
        open={dialog?.kind === 'deliver'}
        title={t('pr.recordDelivery')}
        onClose={onClose}
        onSubmit={(v) => mutate(deliver({ variables: { projectId, deliveredOn: v.deliveredOn } }))}
        testId="record-delivery"
      >
        {() => <DateItem name="deliveredOn" label="pr.deliveredOn" t={t} />}
      </FormModal>
      <FormModal<{ redeliveredOn: string; note?: string }>
        open={dialog?.kind === 'redeliver'}
        title={t('pr.recordRedelivery')}
        onClose={onClose}
        onSubmit={(v) =>
          mutate(
            redeliver({
              variables: { projectId, input: { redeliveredOn: v.redeliveredOn, note: v.note || undefined } },
            }),
          )
        }
        testId="record-redelivery"
      >
        {() => (
          <>
            <DateItem name="redeliveredOn" label="pr.redeliveredOn" t={t} />
            <Form.Item name="note" label={t('pr.redeliveryNote')} extra={t('pr.redeliveryHint')}>
              <Input.TextArea rows={2} />
            </Form.Item>
          </>
        )}
      </FormModal>
      <FormModal<{ passed: boolean; acceptedOn: string; note?: string }>
        open={dialog?.kind === 'accept'}
        title={t('pr.acceptance')}
        initialValues={{ passed: true }}
        onClose={onClose}
        onSubmit={(v) =>
          mutate(
            accept({
              variables: {
                projectId,
                input: { passed: v.passed, acceptedOn: v.acceptedOn, note: v.note || undefined },
              },
            }),
          )
        }
        testId="record-acceptance"
      >
        {() => (
          <>
            <Form.Item name="passed" label={t('pr.acceptanceResult')}>
              <Radio.Group
                options={[
                  { value: true, label: t('pr.passed') },
                  { value: false, label: t('pr.failed') },
                ]}
              />
            </Form.Item>
            <DateItem name="acceptedOn" label="pr.acceptedOn" t={t} />
            <Form.Item name="note" label={t('pr.note')}>
              <Input.TextArea rows={2} />
            </Form.Item>
          </>
        )}
      </FormModal>
    </>
  );
}
