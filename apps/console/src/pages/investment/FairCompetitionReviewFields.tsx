// The fair-competition review (《公平竞争审查条例》, 2024) a commitment resting on a preference to one firm must cite:
// asked for whenever the chosen kind needs it, by the same table the server enforces (@integrity/rules).
import { needsFairCompetitionReview, PASSING_CONCLUSIONS, type FairCompetitionConclusion } from '@integrity/rules';
import { Form, Input, Select, Typography } from 'antd';
import { useT } from '../../i18n';
import { required } from '../../components/fields';
import { FAIR_COMPETITION_CONCLUSION } from '../../labels';
import { useLabel } from '../../labels/useLabel';
import { reasonsReady } from '../../reason-text';

/** What the dialog sends as `fairCompetitionReview`. */
export interface ReviewValues {
  documentNumber: string;
  reviewBody: string;
  reviewedOn: string;
  conclusion: FairCompetitionConclusion;
}

/** The review's fields, shown when the dialog's `kind` field holds a kind that needs a review. */
export function FairCompetitionReviewFields() {
  const t = useT();
  const { options } = useLabel();
  return (
    <Form.Item noStyle dependencies={['kind']}>
      {({ getFieldValue }) =>
        needsFairCompetitionReview(getFieldValue('kind') ?? '') ? (
          <>
            <Typography.Paragraph type="secondary">{t('inv.reviewHint')}</Typography.Paragraph>
            <Form.Item
              name={['fairCompetitionReview', 'documentNumber']}
              label={t('inv.reviewNumber')}
              rules={[required(t, 'inv.reviewNumber')]}
            >
              <Input id="reviewNumber" />
            </Form.Item>
            <Form.Item
              name={['fairCompetitionReview', 'reviewBody']}
              label={t('inv.reviewBody')}
              rules={[required(t, 'inv.reviewBody')]}
            >
              <Input id="reviewBody" />
            </Form.Item>
            <Form.Item
              name={['fairCompetitionReview', 'reviewedOn']}
              label={t('inv.reviewedOn')}
              rules={[required(t, 'inv.reviewedOn')]}
            >
              <Input type="date" id="reviewedOn" />
            </Form.Item>
            <Form.Item
              name={['fairCompetitionReview', 'conclusion']}
              label={t('inv.reviewConclusion')}
              rules={[
                required(t, 'inv.reviewConclusion'),
                {
                  // a review that did not pass: refused here as the server would (same reason text)
                  validator: async (_: unknown, v?: FairCompetitionConclusion) => {
                    if (v && !PASSING_CONCLUSIONS.includes(v))
                      throw new Error(
                        (await reasonsReady()).reasonMessage('FAIR_COMPETITION_REVIEW_FAILED', {}, t.locale ?? 'zh-CN'),
                      );
                  },
                },
              ]}
            >
              <Select id="reviewConclusion" options={options(FAIR_COMPETITION_CONCLUSION)} />
            </Form.Item>
          </>
        ) : null
      }
    </Form.Item>
  );
}
