// A procurement project's bids (and the bids refused at submission): submit one while tendering, award one
// during evaluation.
import { Button, Card, Table, Tag } from 'antd';
import { chinaDateTime } from '@integrity/rules';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { ProcurementProjectDetailQuery } from '../../gql/graphql';
import { useT } from '../../i18n';
import { yuan } from '../../components/fields';
import { useActionFeedback } from '../../components/action-feedback';

const AWARD = graphql(`
  mutation AwardProject($projectId: ID!, $bidId: ID!) {
    awardProject(projectId: $projectId, bidId: $bidId) {
      id
      status
    }
  }
`);

type Project = NonNullable<ProcurementProjectDetailQuery['procurementProject']>;
type Bid = Project['bids'][number];

interface Props {
  project: Pick<Project, 'id' | 'status' | 'bids' | 'refusedBids'>;
  write: boolean;
  onBid: () => void;
}

export function BidsCard({ project: p, write, onBid }: Props) {
  const t = useT();
  const { report } = useActionFeedback();
  const [award] = useMutation(AWARD, { refetchQueries: 'active' });
  return (
    <Card
      size="small"
      title={t('pr.bids')}
      style={{ marginTop: 16 }}
      extra={
        write && p.status === 'TENDERING' ? (
          <Button size="small" onClick={onBid}>
            {t('pr.submitBid')}
          </Button>
        ) : null
      }
    >
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={p.bids}
        locale={{ emptyText: t('common.empty') }}
        columns={[
          {
            key: 'supplier',
            title: t('pr.supplier'),
            render: (_: unknown, b: Bid) => `${b.supplierName}（${b.supplierUscc}）`,
          },
          {
            key: 'amount',
            title: t('pr.amount'),
            render: (_: unknown, b: Bid) => yuan(b.amount),
          },
          {
            key: 'at',
            title: t('pr.submittedAt'),
            render: (_: unknown, b: Bid) => chinaDateTime(b.submittedAt).slice(0, 16),
          },
          ...(write && p.status === 'EVALUATION'
            ? [
                {
                  key: 'award',
                  title: t('common.actions'),
                  render: (_: unknown, b: Bid) => (
                    <Button size="small" onClick={() => report(award({ variables: { projectId: p.id, bidId: b.id } }))}>
                      {t('pr.award')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      {p.refusedBids.length ? (
        <>
          <h4 style={{ marginTop: 12 }}>{t('pr.refusedBids')}</h4>
          {p.refusedBids.map((r) => (
            <Tag key={r.id} color="red" style={{ whiteSpace: 'normal', marginBottom: 4 }}>
              {r.supplierUscc} · {yuan(r.amount)} · {r.reason}
            </Tag>
          ))}
        </>
      ) : null}
    </Card>
  );
}
