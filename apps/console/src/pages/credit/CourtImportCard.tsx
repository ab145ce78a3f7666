// Importing the court's list of dishonest judgment debtors the platform sent: the officer checks the file
// first (nothing written), reads every refused row with its reason, then imports the accepted rows.
import { useState } from 'react';
import { Alert, Button, Card, Space, Table, Tag, Typography } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { reasonMessage, type ReasonParams } from '@integrity/rules';
import { graphql } from '../../gql';
import type { ExchangeFormat, ImportCourtDebtorListMutation } from '../../gql/graphql';
import { useT } from '../../i18n';
import { graphQLErrorsOf, messageFor } from '../../errors';

const IMPORT = graphql(`
  mutation ImportCourtDebtorList($content: String!, $format: ExchangeFormat!, $commit: Boolean!) {
    importCourtDebtorList(content: $content, format: $format, commit: $commit) {
      accepted
      refused
      committed
      rows {
        line
        caseNumber
        accepted
        reason
        params
        field
        recordId
        alreadyRecorded
      }
    }
  }
`);

type Row = ImportCourtDebtorListMutation['importCourtDebtorList']['rows'][number];

export function CourtImportCard() {
  const t = useT();
  const [file, setFile] = useState<{ name: string; content: string; format: ExchangeFormat } | null>(null);
  const [run, result] = useMutation(IMPORT);
  const report = result.data?.importCourtDebtorList;
  const errors = graphQLErrorsOf(result.error);

  const pick = async (f: File | undefined) => {
    if (!f) return;
    const format = (f.name.toLowerCase().endsWith('.json') ? 'JSON' : 'CSV') as ExchangeFormat;
    setFile({ name: f.name, content: await f.text(), format });
    result.reset();
  };
  const send = (commit: boolean) =>
    file && void run({ variables: { content: file.content, format: file.format, commit } }).catch(() => undefined);

  return (
    <Card title={t('ex.importTitle')} style={{ marginTop: 16 }} data-testid="court-import">
      <Typography.Paragraph type="secondary">{t('ex.importIntro')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 16 }}>
        <Button icon={<UploadOutlined />} onClick={() => document.getElementById('court-file')?.click()}>
          {file ? file.name : t('ex.chooseFile')}
        </Button>
        <input
          id="court-file"
          type="file"
          accept=".csv,.json"
          style={{ display: 'none' }}
          onChange={(e) => void pick(e.target.files?.[0])}
        />
        <Button disabled={!file} loading={result.loading} onClick={() => send(false)} data-testid="court-check">
          {t('ex.check')}
        </Button>
        <Button
          type="primary"
          disabled={!report || report.committed || report.accepted === 0}
          loading={result.loading}
          onClick={() => send(true)}
          data-testid="court-commit"
        >
          {t('ex.commit', { n: report?.accepted ?? 0 })}
        </Button>
      </Space>
      {errors.length ? <Alert type="error" showIcon title={errors.map((e) => messageFor(e, t)).join('；')} /> : null}
      {report ? (
        <>
          <Alert
            type={report.committed ? 'success' : report.refused ? 'warning' : 'info'}
            showIcon
            style={{ marginBottom: 16 }}
            title={t(report.committed ? 'ex.committed' : 'ex.checked', {
              accepted: report.accepted,
              refused: report.refused,
            })}
            data-testid="court-report"
          />
          <Table<Row>
            size="small"
            rowKey={(r) => `${r.line}`}
            dataSource={report.rows}
            pagination={{ pageSize: 20 }}
            columns={[
              { key: 'line', title: t('ex.line'), dataIndex: 'line', width: 80 },
              { key: 'case', title: t('ex.caseNumber'), dataIndex: 'caseNumber' },
              {
                key: 'result',
                title: t('ex.result'),
                render: (_: unknown, r: Row) =>
                  !r.accepted ? (
                    <Tag color="red">{t('ex.refusedRow')}</Tag>
                  ) : r.alreadyRecorded ? (
                    <Tag>{t('ex.alreadyRecorded')}</Tag>
                  ) : (
                    <Tag color="green">{t(report.committed ? 'ex.recorded' : 'ex.acceptable')}</Tag>
                  ),
              },
              {
                key: 'reason',
                title: t('ex.reason'),
                render: (_: unknown, r: Row) =>
                  r.reason
                    ? `${r.field ? `${r.field}：` : ''}${reasonMessage(r.reason, (r.params ?? {}) as ReasonParams, t.locale ?? 'zh-CN')}`
                    : '—',
              },
            ]}
          />
        </>
      ) : null}
    </Card>
  );
}
