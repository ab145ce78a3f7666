// 信用报告核验: whoever received a credit report checks its number, without logging in, and sees what the report
// said on the day it was issued (the same card on the public page and on the reports page).
import { useState } from 'react';
import { useLazyQuery } from '@apollo/client/react';
import { Alert, Button, Card, Descriptions, Input, Space, Table, Typography } from 'antd';
import { graphql } from '../../../gql';
import type { VerifyCreditReportQuery } from '../../../gql/graphql';
import { useT } from '../../../i18n';
import { errorText } from '../../../errors';
import { GradeTag } from '../../../components/GradeTag';
import { CREDIT_CATEGORY, SEVERITY, SUBJECT_TYPE } from '../../../labels';
import { useLabel } from '../../../labels/useLabel';

const VERIFY = graphql(`
  query VerifyCreditReport($number: String!) {
    verifyCreditReport(number: $number) {
      number
      issuedOn
      subject {
        type
        name
        uscc
      }
      records {
        category
        severity
        documentNumber
        authority
        decisionDate
        publicityEnd
        underObjection
      }
      recordsOmitted
      repairs {
        documentNumber
      }
      repairsOmitted
      checks {
        checkedAt
      }
      checksOmitted
      grade {
        year
        grade
        score
      }
    }
  }
`);

type Report = NonNullable<VerifyCreditReportQuery['verifyCreditReport']>;

export function ReportVerifyCard({ initial = '' }: { initial?: string }) {
  const t = useT();
  const { label } = useLabel();
  const [number, setNumber] = useState(initial);
  const [run, result] = useLazyQuery(VERIFY, { fetchPolicy: 'network-only' });
  const report = result.data?.verifyCreditReport;
  return (
    <Card title={t('vr.title')} style={{ marginBottom: 16 }} data-testid="report-verify">
      <Typography.Paragraph type="secondary">{t('vr.intro')}</Typography.Paragraph>
      <Space.Compact style={{ width: 480, maxWidth: '100%', marginBottom: 16 }}>
        <Input
          value={number}
          onChange={(e) => setNumber(e.target.value)}
          onPressEnter={() => void run({ variables: { number: number.trim() } })}
          placeholder={t('vr.placeholder')}
          data-testid="report-verify-number"
        />
        <Button
          type="primary"
          loading={result.loading}
          disabled={!number.trim()}
          onClick={() => void run({ variables: { number: number.trim() } })}
          data-testid="report-verify-submit"
        >
          {t('vr.verify')}
        </Button>
      </Space.Compact>
      {result.error ? <Alert type="error" showIcon title={errorText(result.error, t, 'error.network')} /> : null}
      {result.called && !result.loading && !result.error && report === null ? (
        <Alert type="warning" showIcon title={t('vr.notFound')} data-testid="report-verify-none" />
      ) : null}
      {report ? <VerifiedReport report={report} t={t} label={label} /> : null}
    </Card>
  );
}

function VerifiedReport({
  report,
  t,
  label,
}: {
  report: Report;
  t: ReturnType<typeof useT>;
  label: ReturnType<typeof useLabel>['label'];
}) {
  const count = (shown: number, omitted: number) => t('vr.count', { n: shown + omitted });
  return (
    <div data-testid="report-verify-result">
      <Alert type="success" showIcon title={t('vr.genuine', { date: report.issuedOn })} style={{ marginBottom: 16 }} />
      <Descriptions bordered size="small" column={2} style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('crp.number')}>{report.number}</Descriptions.Item>
        <Descriptions.Item label={t('crp.issuedOn')}>{report.issuedOn}</Descriptions.Item>
        <Descriptions.Item label={t('vr.subject')}>
          {report.subject.name}（{label(SUBJECT_TYPE, report.subject.type)}）
        </Descriptions.Item>
        <Descriptions.Item label={t('vr.uscc')}>{report.subject.uscc ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('vr.records')}>
          {count(report.records.length, report.recordsOmitted)}
        </Descriptions.Item>
        <Descriptions.Item label={t('vr.repairs')}>
          {count(report.repairs.length, report.repairsOmitted)}
        </Descriptions.Item>
        <Descriptions.Item label={t('vr.checks')}>
          {report.subject.type === 'ENTERPRISE'
            ? count(report.checks.length, report.checksOmitted)
            : t('vr.notApplicable')}
        </Descriptions.Item>
        <Descriptions.Item label={t('vr.grade')}>
          {report.grade ? (
            <Space>
              {t('vr.gradeYear', { year: report.grade.year })}
              <GradeTag grade={report.grade.grade} />
              {report.grade.score}
            </Space>
          ) : report.subject.type === 'ENTERPRISE' ? (
            t('vr.notApplicable')
          ) : (
            t('vr.noGrade')
          )}
        </Descriptions.Item>
      </Descriptions>
      {report.records.length ? (
        <Table
          size="small"
          rowKey={(r) => r.documentNumber}
          dataSource={report.records}
          pagination={false}
          columns={[
            {
              key: 'category',
              title: t('public.category'),
              render: (_: unknown, r) =>
                label(CREDIT_CATEGORY, r.category) + (r.underObjection ? `（${t('public.underObjection')}）` : ''),
            },
            { key: 'severity', title: t('public.severity'), render: (_: unknown, r) => label(SEVERITY, r.severity) },
            { key: 'authority', title: t('public.authority'), dataIndex: 'authority' },
            { key: 'documentNumber', title: t('public.documentNumber'), dataIndex: 'documentNumber' },
            { key: 'decisionDate', title: t('public.decisionDate'), dataIndex: 'decisionDate' },
            { key: 'publicityEnd', title: t('public.publicityEnd'), dataIndex: 'publicityEnd' },
          ]}
        />
      ) : null}
    </div>
  );
}
