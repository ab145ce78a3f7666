// A result's deductions as a small table: the figure the indicator reads, its value when scored, the points
// and the clause the rule rests on (the API's `reason` is an integrator's English sentence, not shown here).
import { Table } from 'antd';
import { RISK_LEVELS } from '@integrity/rules';
import { useT } from '../../../i18n';
import { RATIO_FIGURES, RISK_LEVEL, SCORE_FIGURE } from '../../../labels';
import { PLAN_MISSED } from '../../../labels/score-figure';
import type { LabelTable } from '../../../labels/label';
import { useLabel } from '../../../labels/useLabel';
import { yuan } from '../../../components/fields';
import type { EvaluationResult } from './evaluation.queries';

type Deduction = EvaluationResult['deductions'][number];

export const figureValue = (
  d: Pick<Deduction, 'figure' | 'value'>,
  label: (t: LabelTable, v: string) => string,
): string =>
  RATIO_FIGURES.has(d.figure)
    ? `${(d.value * 100).toFixed(2)}%`
    : d.figure === 'overduePaymentAmount'
      ? yuan(String(d.value))
      : d.figure === 'townDebtRiskBand'
        ? label(RISK_LEVEL, RISK_LEVELS[d.value] ?? String(d.value)) // the band is the level's place in RISK_LEVELS
        : d.figure === 'townArrearsPlanMissed'
          ? label(PLAN_MISSED, 'MISSED')
          : String(d.value);

export function DeductionList({ deductions }: { deductions: readonly Deduction[] }) {
  const t = useT();
  const { label } = useLabel();
  return (
    <div data-testid="deductions">
      <Table<Deduction>
        size="small"
        pagination={false}
        rowKey={(d) => d.indicator}
        dataSource={[...deductions]}
        columns={[
          { title: t('eval.indicator'), key: 'figure', render: (_, d) => label(SCORE_FIGURE, d.figure) },
          { title: t('eval.value'), key: 'value', render: (_, d) => figureValue(d, label) },
          { title: t('eval.points'), key: 'points', render: (_, d) => `−${d.points}` },
          { title: t('eval.basis'), key: 'basis', dataIndex: 'basis' },
        ]}
      />
    </div>
  );
}
