// The finance bureau's yearly figures and oversight records for a region: debt limit, comprehensive
// financial resources, emergency-response plans, stock resolution and incidents (DEBT officers) and
// accountability findings (supervisors).
import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Button, Form, Input, InputNumber, Select, Space } from 'antd';
import { graphql } from '../../gql';
import { useT } from '../../i18n';
import { FormModal, mutate } from '../../components/FormModal';
import { DateItem, MoneyItem, required } from '../../components/fields';
import { DebtStockAdmin } from './DebtStockAdmin';

const SET_LIMIT = graphql(`
  mutation SetDebtLimit($regionCode: String!, $year: Int!, $amount: Decimal!) {
    setDebtLimit(regionCode: $regionCode, year: $year, amount: $amount) {
      amount
    }
  }
`);

const SET_RESOURCES = graphql(`
  mutation SetFiscalResources($regionCode: String!, $year: Int!, $amount: Decimal!) {
    setFiscalResources(regionCode: $regionCode, year: $year, amount: $amount) {
      amount
    }
  }
`);

const PLAN = graphql(`
  mutation RecordEmergencyPlan($input: RecordEmergencyPlanInput!) {
    recordEmergencyPlan(input: $input) {
      id
    }
  }
`);

const FINDING = graphql(`
  mutation RecordAccountabilityFinding($input: RecordAccountabilityFindingInput!) {
    recordAccountabilityFinding(input: $input) {
      id
    }
  }
`);

type Dialog = 'limit' | 'resources' | 'plan' | 'finding' | null;

export function DebtAdmin({
  write,
  supervise,
  year,
  regionOptions,
}: {
  write: boolean;
  supervise: boolean;
  year: number;
  regionOptions: { value: string; label: string }[];
}) {
  const t = useT();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [setLimit] = useMutation(SET_LIMIT, { refetchQueries: 'active' });
  const [setResources] = useMutation(SET_RESOURCES, { refetchQueries: 'active' });
  const [plan] = useMutation(PLAN, { refetchQueries: 'active' });
  const [finding] = useMutation(FINDING, { refetchQueries: 'active' });
  const close = () => setDialog(null);
  if (!write && !supervise) return null;
  const regionAndYear = (
    <>
      <Form.Item name="regionCode" label={t('debt.region')} rules={[required(t, 'debt.region')]}>
        <Select showSearch optionFilterProp="label" options={regionOptions} />
      </Form.Item>
      <Form.Item name="year" label={t('debt.year')} rules={[required(t, 'debt.year')]}>
        <InputNumber min={1990} max={2100} style={{ width: '100%' }} id="year" />
      </Form.Item>
    </>
  );
  return (
    <>
      <Space wrap style={{ marginBottom: 16 }}>
        {write ? (
          <>
            <Button onClick={() => setDialog('limit')} data-testid="set-limit">
              {t('debt.setLimit')}
            </Button>
            <Button onClick={() => setDialog('resources')}>{t('debt.setResources')}</Button>
            <Button onClick={() => setDialog('plan')}>{t('debt.recordPlan')}</Button>
            <DebtStockAdmin year={year} regionOptions={regionOptions} />
          </>
        ) : null}
        {supervise ? <Button onClick={() => setDialog('finding')}>{t('debt.recordFinding')}</Button> : null}
      </Space>
      <FormModal<{ regionCode: string; year: number; amount: string }>
        open={dialog === 'limit' || dialog === 'resources'}
        title={t(dialog === 'limit' ? 'debt.setLimit' : 'debt.setResources')}
        initialValues={{ year }}
        onClose={close}
        onSubmit={(v) =>
          dialog === 'limit' ? mutate(setLimit({ variables: v })) : mutate(setResources({ variables: v }))
        }
        testId="debt-yearly"
      >
        {() => (
          <>
            {regionAndYear}
            <MoneyItem name="amount" label={dialog === 'limit' ? 'debt.limit' : 'debt.resources'} t={t} />
          </>
        )}
      </FormModal>
      <FormModal<{ regionCode: string; year: number; title: string; documentNumber: string; adoptedOn: string }>
        open={dialog === 'plan'}
        title={t('debt.recordPlan')}
        initialValues={{ year }}
        onClose={close}
        onSubmit={(v) => mutate(plan({ variables: { input: v } }))}
      >
        {() => (
          <>
            {regionAndYear}
            <Form.Item name="title" label={t('debt.planTitle')} rules={[required(t, 'debt.planTitle')]}>
              <Input />
            </Form.Item>
            <Form.Item
              name="documentNumber"
              label={t('debt.documentNumber')}
              rules={[required(t, 'debt.documentNumber')]}
            >
              <Input />
            </Form.Item>
            <DateItem name="adoptedOn" label="debt.adoptedOn" t={t} />
          </>
        )}
      </FormModal>
      <FormModal<{ regionCode: string; year: number; finding: string; responsible: string }>
        open={dialog === 'finding'}
        title={t('debt.recordFinding')}
        initialValues={{ year }}
        onClose={close}
        onSubmit={(v) => mutate(finding({ variables: { input: v } }))}
      >
        {() => (
          <>
            {regionAndYear}
            <Form.Item name="finding" label={t('debt.finding')} rules={[required(t, 'debt.finding')]}>
              <Input.TextArea rows={3} />
            </Form.Item>
            <Form.Item name="responsible" label={t('debt.responsible')} rules={[required(t, 'debt.responsible')]}>
              <Input />
            </Form.Item>
          </>
        )}
      </FormModal>
    </>
  );
}
