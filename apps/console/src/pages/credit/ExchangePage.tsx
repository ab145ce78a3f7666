// 信用信息归集共享 (二.4): the county credit office takes the changes to government dishonesty records since the
// last batch, in the national catalogue's fields, and hands the file to the city, provincial and national
// platforms. The cursor of the last batch is kept in this browser so the next one starts where it ended.
import { chinaDateTime } from '@integrity/rules';
import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Input, Select, Space, Table, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useLazyQuery } from '@apollo/client/react';
import { localTime } from '../../components/fields';
import { graphql } from '../../gql';
import type { ExchangeFormat } from '../../gql/graphql';
import { useT } from '../../i18n';
import { errorText } from '../../errors';
import { download } from '../../export/download';
import { EXCHANGE_FORMAT } from '../../labels';
import { useLabel } from '../../labels/useLabel';
import { CourtImportCard } from './CourtImportCard';

const EXPORT = graphql(`
  query CreditExchangeExport($since: String, $format: ExchangeFormat) {
    creditExchangeExport(since: $since, format: $format) {
      cursor
      count
      content
      signature
      more
    }
  }
`);

const CURSOR_KEY = 'integrity.exchange.cursor';
/** The columns of the preview; the file has every field. */
const PREVIEW = [
  '变更类型',
  '主体名称',
  '统一社会信用代码',
  '失信行为类别',
  '认定文号',
  '当前状态',
  '更新时间',
] as const;

export default function ExchangePage() {
  const t = useT();
  const { label } = useLabel();
  const [since, setSince] = useState(() => localStorage.getItem(CURSOR_KEY) ?? '');
  const [format, setFormat] = useState<ExchangeFormat>('JSON' as ExchangeFormat);
  const [run, result] = useLazyQuery(EXPORT, { fetchPolicy: 'network-only' });
  const batch = result.data?.creditExchangeExport;

  const take = async () => {
    const { data } = await run({ variables: { since: since.trim() || null, format } });
    const b = data?.creditExchangeExport;
    if (!b) return;
    const type = format === 'CSV' ? 'text/csv;charset=utf-8' : 'application/json';
    const body = format === 'CSV' ? `\uFEFF${b.content}` : b.content;
    if (b.count)
      download(
        new Blob([body], { type }),
        `credit-exchange-${chinaDateTime(new Date()).replace(' ', 'T')}.${format.toLowerCase()}`,
      );
    localStorage.setItem(CURSOR_KEY, b.cursor);
    setSince(b.cursor);
  };

  const rows = batch && format === 'JSON' ? (JSON.parse(batch.content) as Record<string, string>[]) : [];
  return (
    <>
      <Card title={t('ex.title')} data-testid="exchange-page">
        <Typography.Paragraph type="secondary">{t('ex.intro')}</Typography.Paragraph>
        <Space wrap style={{ marginBottom: 16 }}>
          <Input
            value={since}
            onChange={(e) => setSince(e.target.value)}
            placeholder={t('ex.fromStart')}
            style={{ width: 360 }}
            addonBefore={t('ex.since')}
            allowClear
          />
          <Select
            value={format}
            onChange={setFormat}
            style={{ width: 140 }}
            options={(['JSON', 'CSV'] as const).map((f) => ({ value: f, label: label(EXCHANGE_FORMAT, f) }))}
          />
          <Button
            type="primary"
            icon={<DownloadOutlined />}
            loading={result.loading}
            onClick={() => void take()}
            data-testid="exchange-take"
          >
            {t('ex.take')}
          </Button>
        </Space>
        {result.error ? <Alert type="error" showIcon title={errorText(result.error, t, 'error.network')} /> : null}
        {batch ? (
          <>
            <Descriptions bordered size="small" column={1} style={{ marginBottom: 16 }} data-testid="exchange-batch">
              <Descriptions.Item label={t('ex.count')}>{batch.count}</Descriptions.Item>
              <Descriptions.Item label={t('ex.cursor')}>
                <Typography.Text copyable>{batch.cursor}</Typography.Text>
              </Descriptions.Item>
              <Descriptions.Item label={t('ex.signature')}>{batch.signature ?? t('ex.unsigned')}</Descriptions.Item>
            </Descriptions>
            {batch.more ? <Alert type="info" showIcon title={t('ex.more')} style={{ marginBottom: 16 }} /> : null}
            {rows.length ? (
              <Table
                size="small"
                rowKey={(r) => `${r['记录编号']}-${r['变更类型']}-${r['更新时间']}`}
                dataSource={rows}
                pagination={{ pageSize: 20 }}
                columns={PREVIEW.map((f) => ({
                  key: f,
                  title: f,
                  dataIndex: f,
                  // the file keeps the instant in UTC for the platforms; the officer reads it in local time
                  render: f === '更新时间' ? localTime : undefined,
                }))}
              />
            ) : null}
          </>
        ) : null}
      </Card>
      <CourtImportCard />
    </>
  );
}
