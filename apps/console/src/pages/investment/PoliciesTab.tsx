// 优惠政策: drafts, review and editing (the server sends an edited approved policy back to review).
import { Button, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import { actionCell } from '../../components/action-cell';
import { useT } from '../../i18n';
import { ListPage } from '../../components/ListPage';
import { useActionFeedback } from '../../components/action-feedback';
import { POLICY_STATUS } from '../../labels';
import { useLabel } from '../../labels/useLabel';
import type { InvestmentModal, Policy } from './modal';
import { countyWideIn } from '../../access';
import { useSessionUser } from '../../session-context';

export const POLICIES = graphql(`
  query Policies($page: Int, $pageSize: Int, $status: PolicyStatus, $search: String) {
    incentivePolicies(page: $page, pageSize: $pageSize, status: $status, search: $search) {
      total
      items {
        id
        title
        legalBasis
        text
        status
        reviewNote
        version
        department {
          id
          name
        }
      }
    }
  }
`);

const SUBMIT_POLICY = graphql(`
  mutation SubmitPolicyForReview($id: ID!) {
    submitPolicyForReview(id: $id) {
      id
      status
    }
  }
`);

interface Props {
  write: boolean;
  open: (modal: InvestmentModal) => void;
}

export function PoliciesTab({ write, open }: Props) {
  const t = useT();
  // review is the county-wide INVESTMENT office's (县工信局): a town's officer drafts and submits only
  const reviews = countyWideIn(useSessionUser(), 'INVESTMENT');
  const { label, options } = useLabel();
  const { report } = useActionFeedback();
  const [submitPolicy] = useMutation(SUBMIT_POLICY, { refetchQueries: 'active' });
  const submit = (r: Policy) => report(submitPolicy({ variables: { id: r.id } }));

  return (
    <ListPage
      title="inv.policies"
      query={POLICIES}
      pick={(d) => d?.incentivePolicies}
      rowKey={(r: Policy) => r.id}
      exportName="incentive-policies"
      filters={[
        { name: 'search', label: 'common.search', type: 'text' },
        { name: 'status', label: 'inv.status', type: 'select', options: options(POLICY_STATUS) },
      ]}
      columns={[
        { key: 'title', title: 'inv.policyTitle', text: (r) => r.title },
        { key: 'legalBasis', title: 'inv.legalBasis', text: (r) => r.legalBasis },
        {
          key: 'status',
          title: 'inv.status',
          text: (r) => label(POLICY_STATUS, r.status),
          render: (r) => <Tag>{label(POLICY_STATUS, r.status)}</Tag>,
        },
        { key: 'department.name', title: 'inv.policyDepartment' },
        ...(write
          ? [
              {
                key: 'actions',
                title: 'common.actions' as const,
                render: (r: Policy) =>
                  actionCell(
                    r.status !== 'UNDER_REVIEW' ? (
                      <Button
                        size="small"
                        onClick={() => open({ kind: 'editPolicy', policy: r })}
                        data-testid="edit-policy"
                      >
                        {t('common.edit')}
                      </Button>
                    ) : null,
                    r.status === 'DRAFT' || r.status === 'REJECTED' ? (
                      <Button size="small" onClick={() => submit(r)}>
                        {t('inv.submitReview')}
                      </Button>
                    ) : null,
                    r.status === 'UNDER_REVIEW' && reviews ? (
                      // the server refuses the one who wrote the text under review, and says why
                      <>
                        <Button
                          size="small"
                          type="primary"
                          onClick={() => open({ kind: 'review', policy: r, approved: true })}
                        >
                          {t('inv.approve')}
                        </Button>
                        <Button
                          size="small"
                          danger
                          onClick={() => open({ kind: 'review', policy: r, approved: false })}
                        >
                          {t('inv.reject')}
                        </Button>
                      </>
                    ) : null,
                  ),
              },
            ]
          : []),
      ]}
      toolbar={
        write ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => open({ kind: 'policy' })}>
            {t('inv.newPolicy')}
          </Button>
        ) : null
      }
    />
  );
}
