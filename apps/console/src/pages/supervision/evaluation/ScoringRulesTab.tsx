// 评分规则: the scoring rules in force — each indicator with the figure it reads, its points, cap and clause, the
// grade bands — and every published version. Supervisors and SUPERVISION officers publish a new version.
import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { chinaDate } from '@integrity/rules';
import { Button, Card, Descriptions, Space, Table, Typography } from 'antd';
import { StaffName } from '../../../components/StaffName';
import { useT, type Translate } from '../../../i18n';
import { INDICATOR_KIND, SCORE_FIGURE } from '../../../labels';
import { useLabel } from '../../../labels/useLabel';
import type { PageProps } from '../../page-props';
import { PublishRulesDialog } from './PublishRulesDialog';
import { SCORING_RULES, type Indicator } from './scoring-rules.queries';

/** How an indicator turns its figure into points, in words. */
function ruleText(t: Translate, i: Indicator): string {
  if (i.kind === 'BELOW_TARGET')
    return t('rules.belowTarget', { target: Math.round((i.target ?? 1) * 100), points: i.points });
  return i.per && i.per !== 1
    ? // an amount reads grouped, as money does elsewhere: 每100,000元
      t('rules.perAmount', { per: i.per.toLocaleString('zh-CN'), points: i.points })
    : t('rules.perUnit', { points: i.points });
}

export function ScoringRulesTab({ write }: PageProps) {
  const t = useT();
  const { label } = useLabel();
  const { data } = useQuery(SCORING_RULES);
  const [publishing, setPublishing] = useState(false);
  const rules = data?.scoringRules;
  if (!rules) return null;
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Card
        title={t('rules.current', { version: rules.version })}
        extra={
          write && (
            <Button type="primary" data-testid="publish-rules" onClick={() => setPublishing(true)}>
              {t('rules.publish')}
            </Button>
          )
        }
      >
        <Descriptions size="small" column={3} bordered style={{ marginBottom: 16 }} data-testid="grade-bands">
          <Descriptions.Item label={t('rules.gradeA')}>{rules.grades.A}</Descriptions.Item>
          <Descriptions.Item label={t('rules.gradeB')}>{rules.grades.B}</Descriptions.Item>
          <Descriptions.Item label={t('rules.gradeC')}>{rules.grades.C}</Descriptions.Item>
        </Descriptions>
        <div data-testid="rule-indicators">
          <Table<Indicator>
            size="small"
            rowKey={(i) => i.indicator}
            pagination={false}
            dataSource={[...rules.indicators]}
            columns={[
              { title: t('eval.indicator'), key: 'figure', render: (_, i) => label(SCORE_FIGURE, i.figure) },
              { title: t('rules.kind'), key: 'kind', width: 140, render: (_, i) => label(INDICATOR_KIND, i.kind) },
              { title: t('rules.rule'), key: 'rule', render: (_, i) => ruleText(t, i) },
              { title: t('rules.cap'), key: 'cap', dataIndex: 'cap', width: 100 },
              { title: t('eval.basis'), key: 'source', dataIndex: 'source' },
            ]}
          />
        </div>
      </Card>
      <Card title={t('rules.history')}>
        <div data-testid="rule-history">
          <Table
            size="small"
            rowKey={(v) => String(v.version)}
            pagination={false}
            dataSource={[...(data?.scoringRuleHistory ?? [])]}
            columns={[
              { title: t('eval.ruleVersion'), key: 'version', dataIndex: 'version', width: 120 },
              { title: t('rules.note'), key: 'note', dataIndex: 'note' },
              {
                title: t('rules.publishedBy'),
                key: 'publishedBy',
                width: 160,
                // the seeded first version is the system's, a correction a migration published is marked as one;
                // the others name the user who published them
                render: (_, v: { publishedBy: string }) =>
                  v.publishedBy === 'system' ? (
                    t('rules.system')
                  ) : v.publishedBy === 'migration' ? (
                    t('rules.migration')
                  ) : (
                    <StaffName username={v.publishedBy} />
                  ),
              },
              {
                title: t('rules.publishedAt'),
                key: 'publishedAt',
                width: 140,
                render: (_, v: { publishedAt: string }) => chinaDate(v.publishedAt),
              },
            ]}
          />
        </div>
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
          {t('rules.historyHint')}
        </Typography.Paragraph>
      </Card>
      <PublishRulesDialog open={publishing} rules={rules} close={() => setPublishing(false)} />
    </Space>
  );
}
