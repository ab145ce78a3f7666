// 建议提案办理: per lead department, NPC suggestions and CPPCC proposals by outcome A/B/C and those still
// without one — what the people's congress and CPPCC ask the government to report on each year.
import { useEffect, useState } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { Alert, Card, Table, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { graphql } from '../../gql';
import type { CaseKind } from '../../gql/graphql';
import { useT } from '../../i18n';
import { errorText } from '../../errors';
import { fetchAll } from '../../export/fetch-all';
import { CASE_KIND, PROPOSAL_OUTCOME } from '../../labels';
import { useLabel } from '../../labels/useLabel';
import { outcomesByDepartment, type DepartmentOutcomes, type OutcomeCounts } from './proposal-outcomes';

const PROPOSALS = graphql(`
  query ProposalOutcomes($kind: CaseKind!, $page: Int, $pageSize: Int) {
    cases(kind: $kind, page: $page, pageSize: $pageSize) {
      total
      items {
        id
        kind
        outcome
        department {
          id
          name
        }
      }
    }
  }
`);

const KINDS: CaseKind[] = ['NPC_SUGGESTION', 'CPPCC_PROPOSAL'];

export default function ProposalOutcomesPage() {
  const t = useT();
  const { label } = useLabel();
  const client = useApolloClient();
  const [rows, setRows] = useState<DepartmentOutcomes[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    const all = (kind: CaseKind) =>
      fetchAll(async (page, pageSize) => {
        const res = await client.query({
          query: PROPOSALS,
          variables: { kind, page, pageSize },
          fetchPolicy: 'network-only',
        });
        if (res.error) throw res.error;
        return res.data?.cases;
      });
    Promise.all(KINDS.map(all))
      .then((lists) => live && setRows(outcomesByDepartment(lists.flat(), t('case.unassigned'))))
      .catch((e: unknown) => {
        if (live) setError(errorText(e, t, 'error.network'));
      });
    return () => {
      live = false;
    };
  }, [client, t]);
  const group = (kind: CaseKind, pick: (r: DepartmentOutcomes) => OutcomeCounts) => ({
    key: kind,
    title: label(CASE_KIND, kind),
    children: [
      {
        key: `${kind}-total`,
        title: t('proposal.total'),
        render: (_: unknown, r: DepartmentOutcomes) => pick(r).total,
      },
      ...(['A', 'B', 'C'] as const).map((o) => ({
        key: `${kind}-${o}`,
        // the short class name in the header, the full one on hover (the long ones crowd the table off screen)
        title: <Tooltip title={label(PROPOSAL_OUTCOME, o)}>{t(`proposal.class${o}`)}</Tooltip>,
        render: (_: unknown, r: DepartmentOutcomes) => pick(r)[o],
      })),
      {
        key: `${kind}-pending`,
        title: t('proposal.pending'),
        render: (_: unknown, r: DepartmentOutcomes) => pick(r).pending,
      },
    ],
  });
  const columns: ColumnsType<DepartmentOutcomes> = [
    { key: 'name', title: t('case.department'), dataIndex: 'name', fixed: 'left' },
    group('NPC_SUGGESTION', (r) => r.npc),
    group('CPPCC_PROPOSAL', (r) => r.cppcc),
  ];
  return (
    <Card
      title={
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('nav.proposals')}
        </Typography.Title>
      }
      data-testid="proposal-outcomes"
    >
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} /> : null}
      <Table<DepartmentOutcomes>
        rowKey={(r) => r.departmentId || 'unassigned'}
        bordered
        size="small"
        loading={rows === null && !error}
        dataSource={rows ?? []}
        columns={columns}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('common.empty') }}
      />
    </Card>
  );
}
