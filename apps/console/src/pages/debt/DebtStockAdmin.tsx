// The finance bureau's resolution and incident records: a region's stock at 1 January with the year's 化债 plan,
// each reduction, and a debt risk incident (a missed payment graded Ⅰ–Ⅳ, 国办函〔2016〕88号) with its response.
import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Button, Form, Input, InputNumber, Select, Space } from 'antd';
import {
  DEBT_INCIDENT_GRADES,
  DEBT_INCIDENT_KINDS,
  DEBT_STOCK_KINDS,
  type DebtIncidentGrade,
  type DebtIncidentKind,
  type DebtStockKind,
} from '@integrity/rules';
import { graphql } from '../../gql';
import { useT } from '../../i18n';
import { FormModal, mutate } from '../../components/FormModal';
import { DateItem, MoneyItem, required } from '../../components/fields';
import { DEBT_INCIDENT_GRADE, DEBT_INCIDENT_KIND, DEBT_STOCK_KIND } from '../../labels';
import { useLabel } from '../../labels/useLabel';

const PLAN = graphql(`
  mutation SetDebtStockPlan($input: SetDebtStockPlanInput!) {
    setDebtStockPlan(input: $input) {
      version
    }
  }
`);

const REDUCE = graphql(`
  mutation RecordDebtReduction($input: RecordDebtReductionInput!) {
    recordDebtReduction(input: $input) {
      id
    }
  }
`);

const INCIDENT = graphql(`
  mutation RecordDebtIncident($input: RecordDebtIncidentInput!) {
    recordDebtIncident(input: $input) {
      id
    }
  }
`);

type Dialog = 'plan' | 'reduce' | 'incident' | null;
interface Stock {
  regionCode: string;
  year: number;
  kind: DebtStockKind;
}

export function DebtStockAdmin({
  year,
  regionOptions,
}: {
  year: number;
  regionOptions: { value: string; label: string }[];
}) {
  const t = useT();
  const { label } = useLabel();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [plan] = useMutation(PLAN, { refetchQueries: 'active' });
  const [reduce] = useMutation(REDUCE, { refetchQueries: 'active' });
  const [incident] = useMutation(INCIDENT, { refetchQueries: 'active' });
  const close = () => setDialog(null);
  const region = (
    <Form.Item name="regionCode" label={t('debt.region')} rules={[required(t, 'debt.region')]}>
      <Select showSearch optionFilterProp="label" options={regionOptions} />
    </Form.Item>
  );
  const stock = (
    <>
      {region}
      <Form.Item name="year" label={t('debt.year')} rules={[required(t, 'debt.year')]}>
        <InputNumber min={1990} max={2100} style={{ width: '100%' }} id="year" />
      </Form.Item>
      <Form.Item name="kind" label={t('debt.stockKind')} rules={[required(t, 'debt.stockKind')]}>
        <Select options={DEBT_STOCK_KINDS.map((k) => ({ value: k, label: label(DEBT_STOCK_KIND, k) }))} />
      </Form.Item>
    </>
  );
  return (
    <>
      <Space wrap>
        <Button onClick={() => setDialog('plan')} data-testid="stock-plan">
          {t('debt.setStockPlan')}
        </Button>
        <Button onClick={() => setDialog('reduce')} data-testid="stock-reduce">
          {t('debt.recordReduction')}
        </Button>
        <Button onClick={() => setDialog('incident')} data-testid="record-incident">
          {t('debt.recordIncident')}
        </Button>
      </Space>
      <FormModal<Stock & { stockAtStart: string; plannedReduction: string }>
        open={dialog === 'plan'}
        title={t('debt.setStockPlan')}
        initialValues={{ year, kind: 'HIDDEN_DEBT' }}
        onClose={close}
        onSubmit={(v) => mutate(plan({ variables: { input: v } }))}
      >
        {() => (
          <>
            {stock}
            <MoneyItem name="stockAtStart" label="debt.stockAtStart" t={t} />
            <MoneyItem name="plannedReduction" label="debt.plannedReduction" t={t} />
          </>
        )}
      </FormModal>
      <FormModal<Stock & { amount: string; reducedOn: string; means: string }>
        open={dialog === 'reduce'}
        title={t('debt.recordReduction')}
        initialValues={{ year, kind: 'HIDDEN_DEBT' }}
        onClose={close}
        onSubmit={(v) => mutate(reduce({ variables: { input: v } }))}
      >
        {() => (
          <>
            {stock}
            <MoneyItem name="amount" label="debt.reductionAmount" t={t} />
            <DateItem name="reducedOn" label="debt.reducedOn" t={t} />
            <Form.Item name="means" label={t('debt.means')} rules={[required(t, 'debt.means')]}>
              <Input id="means" />
            </Form.Item>
          </>
        )}
      </FormModal>
      <FormModal<{
        regionCode: string;
        kind: DebtIncidentKind;
        grade: DebtIncidentGrade;
        occurredOn: string;
        amount: string;
        response: string;
      }>
        open={dialog === 'incident'}
        title={t('debt.recordIncident')}
        initialValues={{ grade: 'IV' }}
        onClose={close}
        onSubmit={(v) => mutate(incident({ variables: { input: v } }))}
      >
        {() => (
          <>
            {region}
            <Form.Item name="kind" label={t('debt.incidentKind')} rules={[required(t, 'debt.incidentKind')]}>
              <Select options={DEBT_INCIDENT_KINDS.map((k) => ({ value: k, label: label(DEBT_INCIDENT_KIND, k) }))} />
            </Form.Item>
            <Form.Item
              name="grade"
              label={t('debt.incidentGrade')}
              extra={t('debt.gradeHint')}
              rules={[required(t, 'debt.incidentGrade')]}
            >
              <Select options={DEBT_INCIDENT_GRADES.map((k) => ({ value: k, label: label(DEBT_INCIDENT_GRADE, k) }))} />
            </Form.Item>
            <DateItem name="occurredOn" label="debt.occurredOn" t={t} />
            <MoneyItem name="amount" label="debt.amount" t={t} />
            <Form.Item name="response" label={t('debt.response')} rules={[required(t, 'debt.response')]}>
              <Input.TextArea rows={3} id="response" />
            </Form.Item>
          </>
        )}
      </FormModal>
    </>
  );
}
