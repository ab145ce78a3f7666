// A department's feedback on its preliminary result, and what the supervisors decided (the note on hover).
import { Space, Tag, Tooltip, Typography } from 'antd';
import { useT } from '../../../i18n';
import { LongText } from '../../../components/LongText';
import type { EvaluationResult } from './evaluation.queries';

export function FeedbackCell({ result }: { result: EvaluationResult }) {
  const t = useT();
  const f = result.feedback;
  if (!f) return <Typography.Text type="secondary">{t('eval.noFeedback')}</Typography.Text>;
  // during the feedback period the adjusted score is read here: there is no final score yet
  const decision =
    f.decision === 'ADJUSTED'
      ? t('eval.adjustedTo', { score: result.finalScore })
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
}
