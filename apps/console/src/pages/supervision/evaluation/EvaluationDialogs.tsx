// The evaluation page's dialogs: start a year, file a department's feedback, decide it, finalize, publish.
// Each is a FormModal, so a refusal (feedback closed, undecided feedback …) shows in the user's language.
import { useMutation } from '@apollo/client/react';
import { chinaDate } from '@integrity/rules';
import { Form, Input, InputNumber, Radio, Typography } from 'antd';
import { graphql } from '../../../gql';
import { useT } from '../../../i18n';
import { FormModal, mutate } from '../../../components/FormModal';
import { required } from '../../../components/fields';
import { EVALUATION, EVALUATIONS, type EvaluationModal } from './evaluation.queries';

const START = graphql(`
  mutation StartEvaluation($year: Int!) {
    startEvaluation(year: $year) {
      id
      year
      status
    }
  }
`);

const FILE_FEEDBACK = graphql(`
  mutation FileEvaluationFeedback($resultId: ID!, $text: String!) {
    fileEvaluationFeedback(resultId: $resultId, text: $text) {
      id
    }
  }
`);

const DECIDE = graphql(`
  mutation DecideEvaluationFeedback($id: ID!, $adjustedScore: Float, $note: String!) {
    decideEvaluationFeedback(id: $id, adjustedScore: $adjustedScore, note: $note) {
      id
      decision
    }
  }
`);

const FINALIZE = graphql(`
  mutation FinalizeEvaluation($id: ID!) {
    finalizeEvaluation(id: $id) {
      id
      status
    }
  }
`);

const PUBLISH = graphql(`
  mutation PublishEvaluation($id: ID!) {
    publishEvaluation(id: $id) {
      id
      status
    }
  }
`);

/** This year in China, where the county is (a year is opened during or just after it). */
const chinaYear = () => Number(chinaDate().slice(0, 4));

export function EvaluationDialogs({
  modal,
  close,
  onStarted,
}: {
  modal: EvaluationModal;
  close: () => void;
  onStarted: (year: number) => void;
}) {
  const t = useT();
  const refetchQueries = [EVALUATIONS, EVALUATION];
  const [start] = useMutation(START, { refetchQueries });
  const [fileFeedback] = useMutation(FILE_FEEDBACK, { refetchQueries });
  const [decide] = useMutation(DECIDE, { refetchQueries });
  const [finalize] = useMutation(FINALIZE, { refetchQueries });
  const [publish] = useMutation(PUBLISH, { refetchQueries });
  const result = modal?.kind === 'feedback' || modal?.kind === 'decide' ? modal.result : null;
  const evaluation = modal?.kind === 'finalize' || modal?.kind === 'publish' ? modal.evaluation : null;

  return (
    <>
      <FormModal<{ year: number }>
        open={modal?.kind === 'start'}
        title={t('eval.start')}
        testId="start-evaluation-dialog"
        initialValues={{ year: chinaYear() }}
        onClose={close}
        onSubmit={async (v) => {
          await mutate(start({ variables: { year: v.year } }));
          onStarted(v.year);
        }}
      >
        {() => (
          <>
            <Typography.Paragraph type="secondary">{t('eval.startHint')}</Typography.Paragraph>
            <Form.Item name="year" label={t('eval.year')} rules={[required(t, 'eval.year')]}>
              <InputNumber id="year" min={2018} max={2100} precision={0} style={{ width: 160 }} />
            </Form.Item>
          </>
        )}
      </FormModal>
      <FormModal<{ text: string }>
        open={modal?.kind === 'feedback'}
        title={`${t('eval.fileFeedback')} · ${result?.departmentName ?? ''}`}
        testId="feedback-dialog"
        onClose={close}
        onSubmit={(v) => mutate(fileFeedback({ variables: { resultId: result?.id ?? '', text: v.text } }))}
      >
        {() => (
          <>
            <Typography.Paragraph type="secondary">{t('eval.feedbackHint')}</Typography.Paragraph>
            <Form.Item name="text" label={t('eval.feedbackText')} rules={[required(t, 'eval.feedbackText')]}>
              <Input.TextArea id="text" rows={4} maxLength={2000} />
            </Form.Item>
          </>
        )}
      </FormModal>
      <FormModal<{ mode: 'keep' | 'adjust'; adjustedScore?: number; note: string }>
        open={modal?.kind === 'decide'}
        title={`${t('eval.decide')} · ${result?.departmentName ?? ''}`}
        testId="decide-dialog"
        initialValues={{ mode: 'keep' }}
        onClose={close}
        onSubmit={(v) =>
          mutate(
            decide({
              variables: {
                id: result?.feedback?.id ?? '',
                adjustedScore: v.mode === 'adjust' ? (v.adjustedScore ?? null) : null,
                note: v.note,
              },
            }),
          )
        }
      >
        {(form) => (
          <>
            <Typography.Paragraph>{result?.feedback?.text}</Typography.Paragraph>
            <Form.Item name="mode" label={t('eval.keepOrAdjust')}>
              <Radio.Group
                options={[
                  { value: 'keep', label: t('eval.kept') },
                  { value: 'adjust', label: t('eval.adjust') },
                ]}
              />
            </Form.Item>
            <Form.Item noStyle shouldUpdate>
              {() =>
                form.getFieldValue('mode') === 'adjust' && (
                  <Form.Item
                    name="adjustedScore"
                    label={t('eval.adjustedScore')}
                    rules={[required(t, 'eval.adjustedScore')]}
                  >
                    <InputNumber id="adjustedScore" min={0} max={100} step={0.5} style={{ width: 160 }} />
                  </Form.Item>
                )
              }
            </Form.Item>
            <Form.Item name="note" label={t('eval.decisionNote')} rules={[required(t, 'eval.decisionNote')]}>
              <Input.TextArea id="note" rows={3} maxLength={1000} />
            </Form.Item>
          </>
        )}
      </FormModal>
      <FormModal<Record<string, never>>
        open={modal?.kind === 'finalize' || modal?.kind === 'publish'}
        title={`${t(modal?.kind === 'publish' ? 'eval.publish' : 'eval.finalize')} · ${t('eval.yearValue', { year: evaluation?.year ?? '' })}`}
        testId="evaluation-step-dialog"
        onClose={close}
        onSubmit={() => {
          const variables = { id: evaluation?.id ?? '' };
          return modal?.kind === 'publish' ? mutate(publish({ variables })) : mutate(finalize({ variables }));
        }}
      >
        {() => (
          <Typography.Paragraph>
            {t(modal?.kind === 'publish' ? 'eval.publishHint' : 'eval.finalizeHint')}
          </Typography.Paragraph>
        )}
      </FormModal>
    </>
  );
}
