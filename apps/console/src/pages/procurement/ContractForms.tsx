// Contract work on an awarded project: sign with payment milestones, record payments, delivery, acceptance and a
// re-delivery after a failed acceptance.
// A milestone falls due on a date or a number of days after delivery or passed acceptance (保障中小企业款项支付条例);
// the supplier's declared size and an agreed late rate are optional, the server checks the 60 days and the LPR.
// The client checks what it can (milestones add up to the amount, in fen); the server has the last word
// and its BAD_USER_INPUT lands on the field it names.
import { Button, Form, Input, InputNumber, Radio, Select, Space } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import { useT } from '../../i18n';
import { FormModal, mutate } from '../../components/FormModal';
import { DateItem, MoneyItem, required } from '../../components/fields';
import { DUE_BASIS, ENTERPRISE_SIZE } from '../../labels';
import { useLabel } from '../../labels/useLabel';
import type { DueBasis, EnterpriseSize } from '../../gql/graphql';

const SIGN = graphql(`
  mutation SignContract($projectId: ID!, $input: SignContractInput!) {
    signContract(projectId: $projectId, input: $input) {
      id
    }
  }
`);

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

interface MilestoneRow {
  dueBasis: DueBasis;
  dueDate?: string;
  termDays?: number | null;
  amount: string;
}

const NEW_MILESTONE: MilestoneRow = { dueBasis: 'FIXED_DATE' as DueBasis, dueDate: '', amount: '' };

/** A row as the API takes it: a date for FIXED_DATE, else the term (the server's default 30 when left empty). */
const milestoneInput = (m: MilestoneRow) =>
  m.dueBasis === 'FIXED_DATE'
    ? { dueBasis: m.dueBasis, dueDate: m.dueDate, amount: m.amount }
    : { dueBasis: m.dueBasis, termDays: m.termDays ?? undefined, amount: m.amount };

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

/** Fen from a decimal string, exactly (no floats). */
const fen = (v: string | undefined) => {
  const m = /^(\d+)(?:\.(\d{1,2}))?$/.exec((v ?? '').trim());
  return m ? BigInt(m[1]!) * 100n + BigInt((m[2] ?? '').padEnd(2, '0') || '0') : null;
};

/** amount − paid as a decimal string, in exact fen (the default of a payment). */
export const outstanding = (amount: string, paid: string): string => {
  const left = (fen(amount) ?? 0n) - (fen(paid) ?? 0n);
  return `${left / 100n}.${String(left % 100n).padStart(2, '0')}`;
};

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
  const [sign] = useMutation(SIGN, { refetchQueries: 'active' });
  const [pay] = useMutation(PAY, { refetchQueries: 'active' });
  const [accept] = useMutation(ACCEPT, { refetchQueries: 'active' });
  const [deliver] = useMutation(DELIVER, { refetchQueries: 'active' });
  const [redeliver] = useMutation(REDELIVER, { refetchQueries: 'active' });
  const { options } = useLabel();

  return (
    <>
      <FormModal<{
        amount: string;
        signedOn: string;
        supplierSize?: EnterpriseSize;
        lateRatePercent?: string;
        acceptancePeriodDays?: number | null;
        milestones: MilestoneRow[];
      }>
        open={dialog?.kind === 'sign'}
        title={t('pr.signContract')}
        initialValues={{ milestones: [NEW_MILESTONE] }}
        onClose={onClose}
        onSubmit={(v) =>
          mutate(
            sign({
              variables: {
                projectId,
                input: {
                  amount: v.amount,
                  signedOn: v.signedOn,
                  supplierSize: v.supplierSize || undefined,
                  lateRatePercent: v.lateRatePercent?.trim() || undefined,
                  acceptancePeriodDays: v.acceptancePeriodDays ?? undefined,
                  milestones: v.milestones.map(milestoneInput),
                },
              },
            }),
          )
        }
        testId="sign-contract"
      >
        {(form) => (
          <>
            <MoneyItem name="amount" label="pr.amount" t={t} />
            <DateItem name="signedOn" label="pr.signedOn" t={t} />
            <Form.Item name="supplierSize" label={t('pr.supplierSize')}>
              <Select
                allowClear
                placeholder={t('pr.supplierSizeFromDirectory')}
                options={options(ENTERPRISE_SIZE).filter((o) => o.value !== 'UNKNOWN')}
                data-testid="supplier-size"
              />
            </Form.Item>
            <Form.Item name="lateRatePercent" label={t('pr.lateRatePercent')} extra={t('pr.lateRateHint')}>
              <Input inputMode="decimal" placeholder={t('pr.lateRateDefault')} />
            </Form.Item>
            <Form.Item
              name="acceptancePeriodDays"
              label={t('pr.acceptancePeriodDays')}
              extra={t('pr.acceptancePeriodHint')}
            >
              <InputNumber min={1} precision={0} id="acceptancePeriodDays" />
            </Form.Item>
            <Form.List
              name="milestones"
              rules={[
                {
                  validator: async (_: unknown, rows?: { amount?: string }[]) => {
                    const total = (rows ?? []).reduce((s, r) => s + (fen(r?.amount) ?? 0n), 0n);
                    const amount = fen(form.getFieldValue('amount'));
                    if (amount !== null && total !== amount) throw new Error(t('pr.milestoneSum'));
                  },
                },
              ]}
            >
              {(fields, { add, remove }, { errors }) => (
                <Form.Item
                  label={t('pr.milestones')}
                  name="milestones"
                  help={errors.length ? errors : undefined}
                  validateStatus={errors.length ? 'error' : undefined}
                >
                  {fields.map((field) => (
                    <Space key={field.key} align="baseline" style={{ display: 'flex' }} wrap>
                      <Form.Item name={[field.name, 'dueBasis']}>
                        <Select style={{ width: 140 }} aria-label={t('pr.dueBasis')} options={options(DUE_BASIS)} />
                      </Form.Item>
                      <Form.Item noStyle dependencies={[['milestones', field.name, 'dueBasis']]}>
                        {() =>
                          form.getFieldValue(['milestones', field.name, 'dueBasis']) === 'FIXED_DATE' ? (
                            <Form.Item name={[field.name, 'dueDate']} rules={[required(t, 'pr.dueDate')]}>
                              <Input type="date" aria-label={t('pr.dueDate')} />
                            </Form.Item>
                          ) : (
                            <Form.Item name={[field.name, 'termDays']}>
                              <InputNumber min={0} precision={0} placeholder="30" aria-label={t('pr.termDays')} />
                            </Form.Item>
                          )
                        }
                      </Form.Item>
                      <Form.Item name={[field.name, 'amount']} rules={[required(t, 'pr.amount')]}>
                        <Input inputMode="decimal" placeholder={t('pr.amount')} aria-label={t('pr.amount')} />
                      </Form.Item>
                      {fields.length > 1 ? <MinusCircleOutlined onClick={() => remove(field.name)} /> : null}
                    </Space>
                  ))}
                  <Button
                    type="dashed"
                    onClick={() => add(NEW_MILESTONE)}
                    icon={<PlusOutlined />}
                    data-testid="add-milestone"
                  >
                    {t('pr.addMilestone')}
                  </Button>
                </Form.Item>
              )}
            </Form.List>
          </>
        )}
      </FormModal>
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
