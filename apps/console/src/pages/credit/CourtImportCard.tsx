// Importing the court's list of dishonest judgment debtors the platform sent: the officer checks the file
// first (nothing written), reads every refused row with its reason, then imports the accepted rows. A large
// file goes in parts cut between rows (export/file-parts), with a progress bar; the report is the whole file's.
import { useState } from 'react';
import { Alert, Button, Card, Progress, Space, Table, Tag, Typography } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import type { ReasonParams } from '@integrity/rules';
import { graphql } from '../../gql';
import type { ExchangeFormat, ImportCourtDebtorListMutation } from '../../gql/graphql';
import { useT } from '../../i18n';
import { errorText } from '../../errors';
import { reasonText } from '../../reason-text';
import { csvParts, jsonParts, type FilePart } from '../../export/file-parts';

const IMPORT = graphql(`
  mutation ImportCourtDebtorList($content: String!, $format: ExchangeFormat!, $commit: Boolean!, $lineOffset: Int) {
    importCourtDebtorList(content: $content, format: $format, commit: $commit, lineOffset: $lineOffset) {
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

type Report = ImportCourtDebtorListMutation['importCourtDebtorList'];
type Row = Report['rows'][number];

export function CourtImportCard() {
  const t = useT();
  const [file, setFile] = useState<{ name: string; parts: FilePart[]; format: ExchangeFormat } | null>(null);
  const [run] = useMutation(IMPORT);
  const [report, setReport] = useState<Report | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const busy = progress !== null && progress.done < progress.total && !error;

  const pick = async (f: File | undefined) => {
    if (!f) return;
    const format = (f.name.toLowerCase().endsWith('.json') ? 'JSON' : 'CSV') as ExchangeFormat;
    const text = await f.text();
    setFile({ name: f.name, parts: format === 'JSON' ? jsonParts(text) : csvParts(text), format });
    setReport(null);
    setProgress(null);
    setError(null);
  };
  /** Every part in turn; the reports add up to the file's. A part refused whole stops the run. */
  const send = async (commit: boolean) => {
    if (!file) return;
    setError(null);
    setProgress({ done: 0, total: file.parts.length });
    let sum: Report = { __typename: 'ImportReport', accepted: 0, refused: 0, committed: commit, rows: [] };
    for (const [i, part] of file.parts.entries()) {
      const result = await run({
        variables: { content: part.content, format: file.format, commit, lineOffset: part.lineOffset },
      }).catch((e: unknown) => ({ data: null, error: e }));
      const got = result.data?.importCourtDebtorList;
      if (!got) {
        setError(result.error ?? new Error('no answer'));
        setReport(i ? sum : null);
        return;
      }
      sum = {
        ...sum,
        accepted: sum.accepted + got.accepted,
        refused: sum.refused + got.refused,
        rows: [...sum.rows, ...got.rows],
      };
      setProgress({ done: i + 1, total: file.parts.length });
    }
    setReport(sum);
  };

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
        <Button disabled={!file} loading={busy} onClick={() => void send(false)} data-testid="court-check">
          {t('ex.check')}
        </Button>
        <Button
          type="primary"
          disabled={!report || report.committed || report.accepted === 0}
          loading={busy}
          onClick={() => void send(true)}
          data-testid="court-commit"
        >
          {t('ex.commit', { n: report?.accepted ?? 0 })}
        </Button>
      </Space>
      {progress && progress.total > 1 ? (
        <Progress
          percent={Math.round((progress.done / progress.total) * 100)}
          status={error ? 'exception' : progress.done < progress.total ? 'active' : 'success'}
          format={() => t('ex.parts', { done: progress.done, total: progress.total })}
          style={{ marginBottom: 16 }}
          data-testid="court-progress"
        />
      ) : null}
      {error ? <Alert type="error" showIcon title={errorText(error, t, 'error.network')} /> : null}
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
                    ? `${r.field ? `${r.field}：` : ''}${reasonText(r.reason, (r.params ?? {}) as ReasonParams, t.locale ?? 'zh-CN') ?? t('error.unknown')}`
                    : '—',
              },
            ]}
          />
        </>
      ) : null}
    </Card>
  );
}
