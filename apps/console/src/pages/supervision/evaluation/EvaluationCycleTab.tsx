// One year's evaluation — preliminary results (the live scores when it started), one feedback per department
// by the deadline, supervisors' decisions, final results, publication, and the year before for comparison.
// Supervisors and county-wide SUPERVISION officers run the cycle (write); before publication a department's
// officers see their own result.
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Descriptions, Empty, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useT } from '../../../i18n';
import { GradeTag } from '../../../components/GradeTag';
import { LongText } from '../../../components/LongText';
import { EVALUATION_STATUS } from '../../../labels';
import { useLabel } from '../../../labels/useLabel';
import { useSessionUser } from '../../../session-context';
import type { PageProps } from '../../page-props';
import { DeductionList } from './DeductionList';
import { EvaluationDialogs } from './EvaluationDialogs';
import {
  EVALUATION,
  EVALUATION_SCORES,
  EVALUATIONS,
  type EvaluationModal,
  type EvaluationResult,
} from './evaluation.queries';
import { yearOnYear } from './year-on-year';

const STATUS_COLOR: Record<string, string> = { PRELIMINARY: 'blue', FINAL: 'gold', PUBLISHED: 'green' };

export function EvaluationCycleTab({ write }: PageProps) {
  const t = useT();
  const { label } = useLabel();
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

  const feedbackCell = (r: EvaluationResult) => {
    const f = r.feedback;
    if (!f) return <Typography.Text type="secondary">{t('eval.noFeedback')}</Typography.Text>;
    // during the feedback period the adjusted score is read here: there is no final score yet
    const decision =
      f.decision === 'ADJUSTED'
        ? t('eval.adjustedTo', { score: r.finalScore })
        : t(f.decision === 'KEPT' ? 'eval.kept' : 'eval.undecided');
    return (
      <Space direction="vertical" size={0}>
        <LongText text={f.text} />
        <Tooltip title={f.decisionNote ?? undefined}>
          <Tag color={f.decision ? 'green' : 'orange'} data-testid="feedback-decision">
            {decision}
          </Tag>
        </Tooltip>
      </Space>
    );
  };

  const actions = (r: EvaluationResult) => {
    if (evaluation?.status !== 'PRELIMINARY') return null;
    if (own(r) && !r.feedback)
      return (
        <Button size="small" data-testid="file-feedback" onClick={() => setModal({ kind: 'feedback', result: r })}>
          {t('eval.fileFeedback')}
        </Button>
      );
    if (write && r.feedback && !r.feedback.decision)
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
          <Descriptions size="small" column={4} bordered data-testid="evaluation-summary">
            <Descriptions.Item label={t('eval.year')}>
              {t('eval.yearValue', { year: evaluation.year })}
            </Descriptions.Item>
            <Descriptions.Item label={t('eval.status')}>
              <Tag color={STATUS_COLOR[evaluation.status]} data-testid="evaluation-status">
                {label(EVALUATION_STATUS, evaluation.status)}
              </Tag>
            </Descriptions.Item>
            <Descriptions.Item label={t('eval.ruleVersion')}>{evaluation.ruleVersion}</Descriptions.Item>
            <Descriptions.Item label={t('eval.startedOn')}>{evaluation.startedOn}</Descriptions.Item>
            <Descriptions.Item label={t('eval.deadline')}>{evaluation.feedbackDeadline}</Descriptions.Item>
            <Descriptions.Item label={t('eval.finalizedOn')}>{evaluation.finalizedOn ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('eval.publishedOn')}>{evaluation.publishedOn ?? '—'}</Descriptions.Item>
            {write && (
              <Descriptions.Item label={t('common.actions')}>
                {evaluation.status === 'PRELIMINARY' && (
                  <Button
                    size="small"
                    data-testid="finalize-evaluation"
                    onClick={() => setModal({ kind: 'finalize', evaluation })}
                  >
                    {t('eval.finalize')}
                  </Button>
                )}
                {evaluation.status === 'FINAL' && (
                  <Button
                    size="small"
                    type="primary"
                    data-testid="publish-evaluation"
                    onClick={() => setModal({ kind: 'publish', evaluation })}
                  >
                    {t('eval.publish')}
                  </Button>
                )}
                {evaluation.status === 'PUBLISHED' && '—'}
              </Descriptions.Item>
            )}
          </Descriptions>
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
                { title: t('eval.feedback'), key: 'feedback', width: 260, render: (_, r) => feedbackCell(r) },
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
