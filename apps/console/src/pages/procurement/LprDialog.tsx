// 登记LPR: a county-wide procurement officer records the month's one-year LPR publication (changed or not), which
// agreed late-payment rates are checked against; the latest recorded one is shown beside the button.
import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Form, Input, Space, Tag, Tooltip, Typography } from 'antd';
import { chinaDate, coveredThrough } from '@integrity/rules';
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
  // the table vouches up to the 19th of the month after its latest publication: past that, an agreed late rate
  // cannot be checked (LPR_NOT_KNOWN) until the months missing are recorded
  const until = latest ? coveredThrough(latest.publishedOn) : null;
  const stale = until !== null && chinaDate() > until;
  return (
    <Space>
      {latest && stale ? (
        <Tooltip
          title={
            <>
              <div>{t('pr.lprLatest', { date: latest.publishedOn, percent: latest.oneYearPercent })}</div>
              <div>{t('pr.lprStaleHint', { date: until })}</div>
            </>
          }
        >
          <Tag color="red" data-testid="lpr-stale">
            {t('pr.lprStale', { date: latest.publishedOn })}
          </Tag>
        </Tooltip>
      ) : latest ? (
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
