// 出庭应诉率: per defendant body, the share of the year's hearings at which its head (正职 or 副职) appeared.
import { useEffect, useState } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { Alert, Card, Progress, Table } from 'antd';
import { graphql } from '../../../gql';
import { useT } from '../../../i18n';
import { errorText } from '../../../errors';
import { fetchAll } from '../../../export/fetch-all';
import { pct } from '../../../dashboard/format';
import { appearanceRates, type AppearanceRate } from './appearance-rate';

const YEAR_HEARINGS = graphql(`
  query YearHearings($year: Int!, $page: Int, $pageSize: Int) {
    courtAppearances(year: $year, page: $page, pageSize: $pageSize) {
      total
      items {
        id
        headAppeared
        department {
          id
          name
        }
      }
    }
  }
`);

/** `refresh` changes after a dialog closes, so a hearing just recorded is counted. */
export function AppearanceRates({ year, refresh }: { year: number; refresh: number }) {
  const t = useT();
  const client = useApolloClient();
  const [rates, setRates] = useState<AppearanceRate[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    setRates(null);
    setError(null);
    fetchAll(async (page, pageSize) => {
      const res = await client.query({
        query: YEAR_HEARINGS,
        variables: { year, page, pageSize },
        fetchPolicy: 'network-only',
      });
      if (res.error) throw res.error;
      return res.data?.courtAppearances;
    })
      .then((hearings) => live && setRates(appearanceRates(hearings)))
      .catch((e: unknown) => {
        if (live) setError(errorText(e, t, 'error.network'));
      });
    return () => {
      live = false;
    };
  }, [client, year, refresh, t]);
  return (
    <Card title={t('judicial.appearanceRate', { year })} style={{ marginBottom: 16 }} data-testid="appearance-rates">
      {error ? <Alert type="error" showIcon title={error} /> : null}
      <Table<AppearanceRate>
        rowKey={(r) => r.departmentId}
        size="small"
        loading={rates === null && !error}
        dataSource={rates ?? []}
        pagination={false}
        locale={{ emptyText: t('common.empty') }}
        columns={[
          { key: 'name', title: t('judicial.defendant'), dataIndex: 'name' },
          { key: 'hearings', title: t('judicial.hearingCount'), dataIndex: 'hearings' },
          { key: 'appeared', title: t('judicial.appearedCount'), dataIndex: 'appeared' },
          {
            key: 'rate',
            title: t('judicial.rate'),
            render: (_: unknown, r) => (
              <span data-testid={`rate-${r.departmentId}`}>
                <Progress
                  percent={Math.round(r.rate * 1000) / 10}
                  size="small"
                  status={r.rate < 1 ? 'exception' : 'success'}
                  format={() => pct(r.rate)}
                  style={{ width: 200 }}
                />
              </span>
            ),
          },
        ]}
      />
    </Card>
  );
}
