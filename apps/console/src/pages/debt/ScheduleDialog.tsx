// Adjust an instrument's repayment schedule (e.g. after a refinancing): the whole schedule is sent with the
// version read, so a schedule changed meanwhile by someone else is refused (CONFLICT), never overwritten.
import { useMutation } from '@apollo/client/react';
import { Button, Form, Input, Space } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { graphql } from '../../gql';
import { useT } from '../../i18n';
import { FormModal, mutate } from '../../components/FormModal';
import { moneyRule, required } from '../../components/fields';

const ADJUST = graphql(`
  mutation AdjustRepaymentSchedule($instrumentId: ID!, $input: AdjustRepaymentScheduleInput!) {
    adjustRepaymentSchedule(instrumentId: $instrumentId, input: $input) {
      id
      version
      schedule {
        dueDate
        principal
        interest
      }
    }
  }
`);

interface Payment {
  dueDate: string;
  principal: string;
  interest: string;
}

export function ScheduleDialog({
  instrument,
  onClose,
}: {
  instrument: { id: string; version: number; schedule: Payment[] } | null;
  onClose: () => void;
}) {
  const t = useT();
  const [adjust] = useMutation(ADJUST, { refetchQueries: 'active' });
  return (
    <FormModal<{ payments: Payment[] }>
      open={!!instrument}
      title={t('debt.adjustSchedule')}
      initialValues={
        instrument
          ? {
              payments: instrument.schedule.map(({ dueDate, principal, interest }) => ({
                dueDate,
                principal,
                interest,
              })),
            }
          : undefined
      }
      onClose={onClose}
      testId="schedule-adjust"
      onSubmit={(v) =>
        mutate(
          adjust({
            variables: {
              instrumentId: instrument?.id ?? '',
              input: { version: instrument?.version ?? 0, payments: v.payments ?? [] },
            },
          }),
        )
      }
    >
      {() => (
        <Form.List name="payments">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Space key={f.key} align="baseline" wrap>
                  <Form.Item name={[f.name, 'dueDate']} rules={[required(t, 'pr.dueDate')]}>
                    <Input type="date" aria-label={t('pr.dueDate')} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'principal']} rules={[required(t, 'debt.principal'), moneyRule(t)]}>
                    <Input inputMode="decimal" placeholder={t('debt.principal')} aria-label={t('debt.principal')} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'interest']} rules={[required(t, 'debt.interest'), moneyRule(t)]}>
                    <Input inputMode="decimal" placeholder={t('debt.interest')} aria-label={t('debt.interest')} />
                  </Form.Item>
                  <MinusCircleOutlined onClick={() => remove(f.name)} aria-label={t('common.delete')} />
                </Space>
              ))}
              <Button
                type="dashed"
                onClick={() => add({ dueDate: '', principal: '0.00', interest: '0.00' })}
                icon={<PlusOutlined />}
                block
              >
                {t('debt.addPayment')}
              </Button>
            </>
          )}
        </Form.List>
      )}
    </FormModal>
  );
}
