// Publish a new version of the scoring rules: the grade bands and each indicator's points and cap, with a note.
// The indicators themselves (what figure, how counted, the clause) stay as they are; integrators publish
// other changes through the API.
import { useMutation } from '@apollo/client/react';
import { Form, Input, InputNumber, Space, Typography } from 'antd';
import { useT } from '../../../i18n';
import { FormModal, mutate } from '../../../components/FormModal';
import { required } from '../../../components/fields';
import { SCORE_FIGURE } from '../../../labels';
import { useLabel } from '../../../labels/useLabel';
import { PUBLISH_RULES, SCORING_RULES, type RuleVersion } from './scoring-rules.queries';

interface Values {
  grades: { A: number; B: number; C: number };
  indicators: { points: number; cap: number }[];
  note: string;
}

export function PublishRulesDialog({ open, rules, close }: { open: boolean; rules: RuleVersion; close: () => void }) {
  const t = useT();
  const { label } = useLabel();
  const [publish] = useMutation(PUBLISH_RULES, { refetchQueries: [SCORING_RULES] });
  const indicators = rules.indicators;
  return (
    <FormModal<Values>
      open={open}
      title={t('rules.publish')}
      testId="publish-rules-dialog"
      initialValues={{
        grades: { A: rules.grades.A, B: rules.grades.B, C: rules.grades.C },
        indicators: indicators.map((i) => ({ points: i.points, cap: i.cap })),
      }}
      onClose={close}
      onSubmit={(v) =>
        mutate(
          publish({
            variables: {
              note: v.note,
              input: {
                grades: v.grades,
                indicators: indicators.map((i, n) => ({
                  indicator: i.indicator,
                  figure: i.figure,
                  kind: i.kind,
                  per: i.per ?? null,
                  target: i.target ?? null,
                  source: i.source,
                  points: v.indicators[n]!.points,
                  cap: v.indicators[n]!.cap,
                })),
              },
            },
          }),
        )
      }
    >
      {() => (
        <>
          <Space>
            {(['A', 'B', 'C'] as const).map((g, n) => (
              <Form.Item
                key={g}
                name={['grades', g]}
                label={t(`rules.grade${g}`)}
                // each band below the one above it (the server's GRADE_BANDS_NOT_DESCENDING, said before saving)
                dependencies={n > 0 ? [['grades', (['A', 'B'] as const)[n - 1]!]] : []}
                rules={[
                  required(t, `rules.grade${g}`),
                  ({ getFieldValue }) => ({
                    validator: (_: unknown, value: number | null | undefined) => {
                      const above =
                        n > 0 ? (getFieldValue(['grades', (['A', 'B'] as const)[n - 1]!]) as unknown) : null;
                      return typeof value !== 'number' || typeof above !== 'number' || value < above
                        ? Promise.resolve()
                        : Promise.reject(new Error(t('rules.bandsDescend')));
                    },
                  }),
                ]}
              >
                <InputNumber id={`grades.${g}`} min={1} max={100} step={1} />
              </Form.Item>
            ))}
          </Space>
          <Typography.Text strong>{t('rules.pointsAndCaps')}</Typography.Text>
          {indicators.map((i, n) => (
            <Space key={i.indicator} align="baseline" style={{ display: 'flex' }}>
              <Typography.Text style={{ width: 200, display: 'inline-block' }}>
                {label(SCORE_FIGURE, i.figure)}
              </Typography.Text>
              <Form.Item
                name={['indicators', n, 'points']}
                label={t('eval.points')}
                rules={[required(t, 'eval.points')]}
              >
                <InputNumber id={`indicators.${n}.points`} min={0.01} max={100} step={0.5} />
              </Form.Item>
              <Form.Item name={['indicators', n, 'cap']} label={t('rules.cap')} rules={[required(t, 'rules.cap')]}>
                <InputNumber id={`indicators.${n}.cap`} min={0.01} max={100} step={1} />
              </Form.Item>
            </Space>
          ))}
          <Form.Item name="note" label={t('rules.note')} rules={[required(t, 'rules.note')]}>
            <Input.TextArea id="note" rows={2} maxLength={1000} />
          </Form.Item>
        </>
      )}
    </FormModal>
  );
}
