// 政府承诺: by status and department (the dashboard drills down here), with fulfilment, breach and waiver, how
// late each was or is (逾期天数, kept once fulfilled) and the fair-competition review it passed.
import { Button, Space, Tag, Tooltip } from 'antd';
import { graphql } from '../../gql';
import { useT } from '../../i18n';
import { ListPage } from '../../components/ListPage';
import { yuan } from '../../components/fields';
import { COMMITMENT_KIND, COMMITMENT_STATUS, FAIR_COMPETITION_CONCLUSION } from '../../labels';
import { useLabel } from '../../labels/useLabel';
import type { Commitment, InvestmentModal } from './modal';
import { CommitmentStatusCell } from './CommitmentStatusCell';

export const COMMITMENTS = graphql(`
  query Commitments($page: Int, $pageSize: Int, $status: CommitmentStatus, $departmentId: ID) {
    commitments(page: $page, pageSize: $pageSize, status: $status, departmentId: $departmentId) {
      total
      items {
        id
        kind
        description
        amount
        fulfilledAmount
        dueDate
        status
        breachNote
        breachDocumentNumber
        waiverNote
        daysLate
        fairCompetitionReview {
          documentNumber
          reviewBody
          reviewedOn
          conclusion
        }
        investorConsent {
          documentNumber
          date
        }
        version
        department {
          id
          name
        }
        agreement {
          id
          title
        }
      }
    }
  }
`);

const CLOSED = new Set(['FULFILLED', 'WAIVED', 'BREACHED']);

interface Props {
  write: boolean;
  departmentOptions: { value: string; label: string }[];
  open: (modal: InvestmentModal) => void;
}

export function CommitmentsTab({ write, departmentOptions, open }: Props) {
  const t = useT();
  const { label, options } = useLabel();
  // fulfilled late keeps its days; waived unfulfilled, the days until the waiver; open, the days so far
  const lateText = (r: Commitment) =>
    r.daysLate
      ? t(
          r.status === 'FULFILLED'
            ? 'inv.daysLateFulfilled'
            : r.status === 'WAIVED'
              ? 'inv.daysLateUntilWaiver'
              : 'inv.daysLateOpen',
          { days: r.daysLate },
        )
      : '';
  const reviewText = (r: Commitment) =>
    r.fairCompetitionReview
      ? `${r.fairCompetitionReview.documentNumber} ${label(FAIR_COMPETITION_CONCLUSION, r.fairCompetitionReview.conclusion)}`
      : '';
  return (
    <ListPage
      title="inv.commitments"
      query={COMMITMENTS}
      pick={(d) => d?.commitments}
      rowKey={(r: Commitment) => r.id}
      exportName="commitments"
      filters={[
        { name: 'status', label: 'inv.status', type: 'select', options: options(COMMITMENT_STATUS) },
        { name: 'departmentId', label: 'inv.department', type: 'select', options: departmentOptions },
      ]}
      columns={[
        {
          key: 'agreement.title',
          title: 'inv.agreementAndDepartment',
          exportTitle: 'inv.agreements',
          width: 220,
          under: ['department.name'],
        },
        {
          key: 'description',
          title: 'inv.descriptionAndKind',
          exportTitle: 'inv.description',
          text: (r) => r.description,
          render: (r) => <span data-testid="commitment-description">{r.description}</span>,
          width: 160,
          under: ['kind'],
        },
        { key: 'kind', title: 'inv.kind', text: (r) => label(COMMITMENT_KIND, r.kind) },
        {
          key: 'amount',
          title: 'inv.amountAndFulfilled',
          exportTitle: 'inv.commitmentAmount',
          text: (r) => r.amount,
          render: (r) => yuan(r.amount),
          under: ['fulfilledAmount'],
        },
        {
          key: 'fulfilledAmount',
          title: 'inv.fulfilledAmount',
          text: (r) => r.fulfilledAmount,
          render: (r) => t('inv.fulfilledLine', { amount: yuan(r.fulfilledAmount) }),
        },
        { key: 'dueDate', title: 'inv.dueDate', text: (r) => r.dueDate },
        {
          key: 'status',
          title: 'inv.status',
          text: (r) => label(COMMITMENT_STATUS, r.status),
          render: (r) => <CommitmentStatusCell commitment={r} />,
          // how late, under the status (kept for one fulfilled or waived late)
          under: ['daysLate'],
        },
        // the finding of a breach: under its status on screen, a column of its own in the export
        {
          key: 'breachDocumentNumber',
          title: 'common.findingNumber',
          text: (r) => r.breachDocumentNumber ?? '',
          exportOnly: true,
        },
        {
          key: 'daysLate',
          title: 'inv.daysLate',
          text: (r) => r.daysLate ?? '',
          render: (r) =>
            r.daysLate ? (
              <Tag
                color={r.status === 'FULFILLED' || r.status === 'WAIVED' ? 'orange' : 'red'}
                style={{ marginTop: 4 }}
                data-testid="commitment-late"
              >
                {lateText(r)}
              </Tag>
            ) : null,
        },
        {
          key: 'fairCompetitionReview',
          title: 'inv.review',
          text: reviewText,
          width: 170,
          render: (r) =>
            r.fairCompetitionReview ? (
              <Tooltip
                title={t('inv.reviewLine', {
                  body: r.fairCompetitionReview.reviewBody,
                  date: r.fairCompetitionReview.reviewedOn,
                })}
              >
                <Space size={4} wrap>
                  <span>{r.fairCompetitionReview.documentNumber}</span>
                  <Tag color={r.fairCompetitionReview.conclusion === 'PASSED' ? 'green' : 'gold'}>
                    {label(FAIR_COMPETITION_CONCLUSION, r.fairCompetitionReview.conclusion)}
                  </Tag>
                </Space>
              </Tooltip>
            ) : null,
        },
        { key: 'department.name', title: 'inv.department' },
        ...(write
          ? [
              {
                key: 'actions',
                title: 'common.actions' as const,
                render: (r: Commitment) =>
                  CLOSED.has(r.status) ? null : (
                    <Space size="small">
                      <Button size="small" onClick={() => open({ kind: 'fulfil', commitment: r })}>
                        {t('inv.recordFulfilment')}
                      </Button>
                      <Button
                        size="small"
                        danger
                        onClick={() => open({ kind: 'breach', commitment: r })}
                        data-testid="record-breach"
                      >
                        {t('inv.recordBreach')}
                      </Button>
                      <Button size="small" onClick={() => open({ kind: 'waive', commitment: r })} data-testid="waive">
                        {t('inv.waive')}
                      </Button>
                    </Space>
                  ),
              },
            ]
          : []),
      ]}
    />
  );
}
