// Departments and towns ranked by their live integrity score (signals break ties); each figure drills down to
// the list behind it.
import { Link } from 'react-router';
import { Space, Table, Tag, Tooltip } from 'antd';
import { useT } from '../i18n';
import { DEPARTMENT_KIND } from '../labels';
import { honoursBarText } from '../components/eligibility-bars';
import { useLabel } from '../labels/useLabel';
import { GradeTag } from '../components/GradeTag';
import { SecondaryLine } from '../components/SecondaryLine';
import { pct } from './format';
import type { rankByIntegrity } from './signals';

type Ranked = ReturnType<typeof rankByIntegrity>[number];

const drill = (value: number | null, to: string) => (value === null ? '—' : <Link to={to}>{value}</Link>);

export function RankingTable({ ranked }: { ranked: Ranked[] }) {
  const t = useT();
  const { label } = useLabel();
  return (
    <Table
      rowKey="id"
      size="small"
      dataSource={ranked}
      pagination={{ pageSize: 10 }}
      locale={{ emptyText: t('common.empty') }}
      // at least this wide, so a narrow screen scrolls; on a desktop every column is in view and headers wrap
      scroll={{ x: 900 }}
      columns={[
        { key: 'rank', title: '#', dataIndex: 'rank', width: 56 },
        {
          key: 'name',
          title: t('dashboard.nameAndKind'),
          render: (_: unknown, r: Ranked) => (
            <>
              <div>
                <Link to={`/directory/departments/${r.id}`}>{r.name}</Link>
              </div>
              <SecondaryLine>{label(DEPARTMENT_KIND, r.kind)}</SecondaryLine>
            </>
          ),
        },
        {
          key: 'integrityScore',
          title: t('dashboard.integrityScore'),
          render: (_: unknown, r: Ranked) => (r.integrity ? r.integrity.score.toFixed(2) : '—'),
        },
        {
          key: 'grade',
          title: t('dashboard.gradeAndHonours'),
          render: (_: unknown, r: Ranked) =>
            r.integrity ? (
              <Space size={4} wrap>
                <GradeTag grade={r.integrity.grade} />
                {r.integrity.honours ? (
                  <Tooltip title={r.integrity.honours.bars.map((b) => honoursBarText(b, label, t)).join('；')}>
                    <Tag color={r.integrity.honours.eligible ? 'green' : 'red'} data-testid="honours">
                      {t(r.integrity.honours.eligible ? 'honours.eligible' : 'honours.barred')}
                    </Tag>
                  </Tooltip>
                ) : null}
              </Space>
            ) : (
              '—'
            ),
        },
        {
          key: 'coverage',
          title: t('dashboard.coverage'),
          render: (_: unknown, r: Ranked) => pct(r.creditFileCoverage),
        },
        {
          key: 'dishonesty',
          title: t('dashboard.dishonesty'),
          render: (_: unknown, r: Ranked) =>
            drill(
              r.activeDishonestyRecordCount,
              `/credit/records?departmentId=${r.id}&status=ACTIVE&dishonestyOnly=true`,
            ),
        },
        {
          key: 'payments',
          title: t('dashboard.overduePayments'),
          render: (_: unknown, r: Ranked) =>
            drill(r.overduePaymentCount, `/procurement/projects/overdue-payments?purchaserId=${r.id}`),
        },
        {
          key: 'breaches',
          title: t('dashboard.breaches'),
          render: (_: unknown, r: Ranked) =>
            drill(r.breachCount, `/procurement/projects/breaches?departmentId=${r.id}`),
        },
        {
          key: 'commitments',
          title: t('dashboard.overdueCommitments'),
          render: (_: unknown, r: Ranked) =>
            drill(r.overdueCommitmentCount, `/investment?tab=commitments&departmentId=${r.id}&status=OVERDUE`),
        },
        {
          key: 'breachedCommitments',
          title: t('dashboard.breachedCommitments'),
          render: (_: unknown, r: Ranked) =>
            drill(r.breachedCommitmentCount, `/investment?tab=commitments&departmentId=${r.id}&status=BREACHED`),
        },
        {
          key: 'rate',
          title: t('dashboard.fulfilmentRate'),
          render: (_: unknown, r: Ranked) => pct(r.commitmentFulfilmentRate),
        },
      ]}
    />
  );
}
