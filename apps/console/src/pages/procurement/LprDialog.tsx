// 登记LPR: a county-wide procurement officer records the month's one-year LPR publication (changed or not), which
// agreed late-payment rates are checked against; the latest recorded one is shown beside the button.
import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Form, Input, Space, Typography } from 'antd';
import { graphql } from '../../gql';
import { useT } from '../../i18n';
import { FormModal, mutate } from '../../components/FormModal';
import { DateItem, required } from '../../components/fields';

const RATES = graphql(`
  query LoanPrimeRates {
    loanPrimeRates {
      publishedOn
      oneYearPercent
    }
  }
`);

const RECORD = graphql(`
  mutation RecordLoanPrimeRate($input: RecordLoanPrimeRateInput!) {
    recordLoanPrimeRate(input: $input) {
      publishedOn
      oneYearPercent
    }
  }
`);

export function LprDialog() {
  const t = useT();
  const [open, setOpen] = useState(false);
  const { data } = useQuery(RATES);
  const [record] = useMutation(RECORD, { refetchQueries: 'active' });
  const latest = data?.loanPrimeRates[0];
  return (
    <Space>
      {latest ? (
        <Typography.Text type="secondary" data-testid="lpr-latest">
          {t('pr.lprLatest', { date: latest.publishedOn, percent: latest.oneYearPercent })}
        </Typography.Text>
      ) : null}
      <Button onClick={() => setOpen(true)} data-testid="record-lpr">
        {t('pr.recordLpr')}
      </Button>
      <FormModal<{ publishedOn: string; oneYearPercent: string }>
        open={open}
        title={t('pr.recordLpr')}
        onClose={() => setOpen(false)}
        onSubmit={(v) => mutate(record({ variables: { input: v } }))}
      >
        {() => (
          <>
            <DateItem name="publishedOn" label="pr.lprPublishedOn" t={t} />
            <Form.Item
              name="oneYearPercent"
              label={t('pr.lprPercent')}
              extra={t('pr.lprHint')}
              rules={[required(t, 'pr.lprPercent')]}
            >
              <Input id="oneYearPercent" inputMode="decimal" />
            </Form.Item>
          </>
        )}
      </FormModal>
    </Space>
  );
}
