// Signing an awarded project's contract with its payment milestones. A milestone falls due on a date or a number
// of days after delivery or passed acceptance (保障中小企业款项支付条例); the supplier's declared size and an agreed
// late rate are optional, the server checks the 60 days and the LPR. The client checks what it can (milestones
// add up to the amount, in exact fen); the server has the last word and its BAD_USER_INPUT lands on the field
// it names.
import { moneyUnits } from '@integrity/rules';
import { Button, Form, Input, InputNumber, Select, Space } from 'antd';
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

/** Fen of an amount as typed, or null while it is not one (the servers' own check). */
const fen = (v: string | undefined) => moneyUnits(v ?? '', { allowZero: true }).units;

export function SignContractForm({
  projectId,
  open,
  onClose,
}: {
  projectId: string;
  open: boolean;
  onClose: () => void;
}) {
  const t = useT();
  const [sign] = useMutation(SIGN, { refetchQueries: 'active' });
  const { options } = useLabel();
  return (
    <FormModal<{
      amount: string;
      signedOn: string;
      supplierSize?: EnterpriseSize;
      lateRatePercent?: string;
      acceptancePeriodDays?: number | null;
      milestones: MilestoneRow[];
    }>
      open={open}
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
  );
}
