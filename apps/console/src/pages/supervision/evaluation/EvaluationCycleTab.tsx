// One year's evaluation — preliminary results (the live scores when it started), one feedback per department
// by the deadline, supervisors' decisions, final results, publication, and the year before for comparison.
// Supervisors and county-wide SUPERVISION officers run the cycle (write); before publication a department's
// officers see their own result.
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Empty, Select, Space, Table } from 'antd';
import { useT } from '../../../i18n';
import { GradeTag } from '../../../components/GradeTag';
import { useSessionUser } from '../../../session-context';
import type { PageProps } from '../../page-props';
import { DeductionList } from './DeductionList';
import { EvaluationDialogs } from './EvaluationDialogs';
import { EvaluationSummary } from './EvaluationSummary';
import { FeedbackCell } from './FeedbackCell';
import {
  EVALUATION,
  EVALUATION_SCORES,
  EVALUATIONS,
  type EvaluationModal,
  type EvaluationResult,
} from './evaluation.queries';
import { yearOnYear } from './year-on-year';

export function EvaluationCycleTab({ write }: PageProps) {
  const t = useT();
  const me = useSessionUser();
  const [params, setParams] = useSearchParams();
  const [modal, setModal] = useState<EvaluationModal>(null);
  const list = useQuery(EVALUATIONS);
  const years = (list.data?.evaluations ?? []).map((e) => e.year);
  const year = Number(params.get('year')) || years[0];
  const current = useQuery(EVALUATION, { variables: { year: year ?? 0 }, skip: !year });
  const evaluation = current.data?.evaluation ?? null;
  const hasPrevious = !!year && years.includes(year - 1);
  const previous = useQuery(EVALUATION_SCORES, { variables: { year: (year ?? 0) - 1 }, skip: !hasPrevious });
  const lastYear = new Map(
    (previous.data?.evaluation?.results ?? []).map((r) => [r.department.id, r.finalScore] as const),
  );
  const own = (r: EvaluationResult) => !!me?.roles.includes('OFFICER') && r.department.id === me.department?.id;

  const actions = (r: EvaluationResult) => {
    if (evaluation?.status !== 'PRELIMINARY') return null;
    if (own(r) && !r.feedback)
      return (
        <Button size="small" data-testid="file-feedback" onClick={() => setModal({ kind: 'feedback', result: r })}>
          {t('eval.fileFeedback')}
        </Button>
      );
    // feedback on one's own department's result is decided by another (OWN_DEPARTMENT_CASE)
    if (write && r.feedback && !r.feedback.decision && r.department.id !== me?.department?.id)
      return (
        <Button size="small" data-testid="decide-feedback" onClick={() => setModal({ kind: 'decide', result: r })}>
          {t('eval.decide')}
        </Button>
      );
    return null;
  };

  return (
    <Card
      title={t('eval.title')}
      extra={
        <Space>
          {years.length > 0 && (
            <Select
              data-testid="evaluation-year"
              value={year}
              style={{ width: 140 }}
              options={years.map((y) => ({ value: y, label: t('eval.yearValue', { year: y }) }))}
              onChange={(y) => setParams(new URLSearchParams({ tab: 'cycle', year: String(y) }))}
            />
          )}
          {write && (
            <Button type="primary" data-testid="start-evaluation" onClick={() => setModal({ kind: 'start' })}>
              {t('eval.start')}
            </Button>
          )}
        </Space>
      }
    >
      {!evaluation ? (
        <Empty
          description={list.loading || current.loading ? null : `${t('eval.none')}。${t('eval.noneHint')}`}
          data-testid="no-evaluation"
        />
      ) : (
        <Space direction="vertical" style={{ width: '100%' }} size="middle">
          <EvaluationSummary evaluation={evaluation} write={write} open={setModal} />
          {evaluation.status !== 'PUBLISHED' && evaluation.results.every(own) && evaluation.results.length > 0 && (
            <Alert type="info" showIcon message={t('eval.ownOnly')} />
          )}
          <div data-testid="evaluation-results">
            <Table<EvaluationResult>
              size="middle"
              rowKey={(r) => r.id}
              dataSource={[...evaluation.results]}
              pagination={{ pageSize: 50, hideOnSinglePage: true }}
              expandable={{
                rowExpandable: (r) => r.deductions.length > 0,
                expandedRowRender: (r) => <DeductionList deductions={r.deductions} />,
              }}
              columns={[
                { title: t('eval.rank'), key: 'rank', width: 70, render: (_, _r, i) => i + 1 },
                { title: t('eval.department'), key: 'department', dataIndex: 'departmentName', width: 220 },
                { title: t('eval.score'), key: 'score', dataIndex: 'score', width: 100 },
                { title: t('eval.grade'), key: 'grade', width: 110, render: (_, r) => <GradeTag grade={r.grade} /> },
                // final only once the feedback is decided and the results made final
                ...(evaluation.status === 'PRELIMINARY'
                  ? []
                  : [
                      { title: t('eval.finalScore'), key: 'finalScore', dataIndex: 'finalScore', width: 100 },
                      {
                        title: t('eval.finalGrade'),
                        key: 'finalGrade',
                        width: 110,
                        render: (_: unknown, r: EvaluationResult) => <GradeTag grade={r.finalGrade} />,
                      },
                    ]),
                ...(hasPrevious
                  ? [
                      {
                        title: t('eval.lastYear'),
                        key: 'lastYear',
                        width: 130,
                        render: (_: unknown, r: EvaluationResult) =>
                          yearOnYear(r.finalScore, lastYear.get(r.department.id)),
                      },
                    ]
                  : []),
                {
                  title: t('eval.deductions'),
                  key: 'deductions',
                  width: 170,
                  render: (_, r) =>
                    r.deductions.length
                      ? t('eval.deductionCount', {
                          count: r.deductions.length,
                          points: Math.round(r.deductions.reduce((s, d) => s + d.points * 100, 0)) / 100,
                        })
                      : t('eval.noDeduction'),
                },
                {
                  title: t('eval.feedback'),
                  key: 'feedback',
                  width: 260,
                  render: (_, r) => <FeedbackCell result={r} />,
                },
                // only while someone on the page can act: never a column blank on every row
                ...(evaluation.results.some((r) => actions(r) !== null)
                  ? [
                      {
                        title: t('common.actions'),
                        key: 'actions',
                        width: 110,
                        render: (_: unknown, r: EvaluationResult) => actions(r),
                      },
                    ]
                  : []),
              ]}
            />
          </div>
        </Space>
      )}
      <EvaluationDialogs
        modal={modal}
        close={() => setModal(null)}
        onStarted={(y) => setParams(new URLSearchParams({ tab: 'cycle', year: String(y) }))}
      />
    </Card>
  );
}
