// 案件与司法监督: per department, open cases past their deadline, the satisfaction with replies, judgments
// not fulfilled after their due date and this year's court appearance rate of its head. Only departments
// with something to show are listed, the most overdue first; each figure is the API's, as given.
import { Link } from 'react-router';
import { Card, Table, Tag } from 'antd';
import type { DashboardCaseworkQuery } from '../gql/graphql';
import { useT } from '../i18n';
import { pct } from './format';

type Figures = DashboardCaseworkQuery['departments']['items'][number];

const shown = (d: Figures) =>
  d.overdueCaseCount > 0 ||
  d.unfulfilledJudgmentCount > 0 ||
  typeof d.courtAppearanceRate === 'number' ||
  typeof d.caseSatisfactionRate === 'number';

/** Most overdue cases first, then unfulfilled judgments, then the lowest appearance rate. */
function caseworkRows(items: readonly Figures[]): Figures[] {
  return items
    .filter(shown)
    .sort(
      (a, b) =>
        b.overdueCaseCount - a.overdueCaseCount ||
        b.unfulfilledJudgmentCount - a.unfulfilledJudgmentCount ||
        (a.courtAppearanceRate ?? 2) - (b.courtAppearanceRate ?? 2),
    );
}

export function CaseworkPanel({ items }: { items: readonly Figures[] }) {
  const t = useT();
  const overdue = items.reduce((s, d) => s + d.overdueCaseCount, 0);
  const unfulfilled = items.reduce((s, d) => s + d.unfulfilledJudgmentCount, 0);
  return (
    <Card
      title={t('dashboard.casework')}
      data-testid="casework-panel"
      extra={
        <span data-testid="casework-totals">
          <Link to="/casework/cases?overdueOnly=true">{t('dashboard.overdueCasesTotal', { count: overdue })}</Link>
          {' · '}
          <Link to="/casework/judicial?status=UNFULFILLED">
            {t('dashboard.unfulfilledTotal', { count: unfulfilled })}
          </Link>
        </span>
      }
    >
      <Table<Figures>
        rowKey={(d) => d.id}
        size="small"
        dataSource={caseworkRows(items)}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        locale={{ emptyText: t('dashboard.noData') }}
        columns={[
          { key: 'name', title: t('dashboard.department'), dataIndex: 'name' },
          {
            key: 'overdue',
            title: t('dashboard.overdueCases'),
            render: (_: unknown, d) =>
              d.overdueCaseCount > 0 ? <Tag color="red">{d.overdueCaseCount}</Tag> : d.overdueCaseCount,
          },
          {
            key: 'satisfaction',
            title: t('dashboard.caseSatisfaction'),
            render: (_: unknown, d) => pct(d.caseSatisfactionRate),
          },
          {
            key: 'unfulfilled',
            title: t('dashboard.unfulfilledJudgments'),
            render: (_: unknown, d) =>
              d.unfulfilledJudgmentCount > 0 ? (
                <Tag color="red">{d.unfulfilledJudgmentCount}</Tag>
              ) : (
                d.unfulfilledJudgmentCount
              ),
          },
          {
            key: 'appearance',
            title: t('dashboard.courtAppearance'),
            render: (_: unknown, d) =>
              typeof d.courtAppearanceRate === 'number' && d.courtAppearanceRate < 1 ? (
                <Tag color="orange">{pct(d.courtAppearanceRate)}</Tag>
              ) : (
                pct(d.courtAppearanceRate)
              ),
          },
        ]}
      />
    </Card>
  );
}
