// One year's evaluation at a glance: its status, the rules it scored by, its dates, and for those who run the
// cycle the next step (make the results final, then publish them).
import { Button, Descriptions, Tag } from 'antd';
import { useT } from '../../../i18n';
import { EVALUATION_STATUS } from '../../../labels';
import { useLabel } from '../../../labels/useLabel';
import type { Evaluation, EvaluationModal } from './evaluation.queries';

const STATUS_COLOR: Record<string, string> = { PRELIMINARY: 'blue', FINAL: 'gold', PUBLISHED: 'green' };

export function EvaluationSummary(props: {
  evaluation: Evaluation;
  write: boolean;
  open: (modal: EvaluationModal) => void;
}) {
  const { evaluation, write, open } = props;
  const t = useT();
  const { label } = useLabel();
  return (
    <Descriptions size="small" column={4} bordered data-testid="evaluation-summary">
      <Descriptions.Item label={t('eval.year')}>{t('eval.yearValue', { year: evaluation.year })}</Descriptions.Item>
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
              onClick={() => open({ kind: 'finalize', evaluation })}
            >
              {t('eval.finalize')}
            </Button>
          )}
          {evaluation.status === 'FINAL' && (
            <Button
              size="small"
              type="primary"
              data-testid="publish-evaluation"
              onClick={() => open({ kind: 'publish', evaluation })}
            >
              {t('eval.publish')}
            </Button>
          )}
          {evaluation.status === 'PUBLISHED' && '—'}
        </Descriptions.Item>
      )}
    </Descriptions>
  );
}
