import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Form, Input, Select, Space, Tabs, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { graphql } from '../../gql';
import type { AgreementsQuery, CommitmentsQuery, PoliciesQuery } from '../../gql/graphql';
import { useT } from '../../i18n';
import { ListPage } from '../../components/ListPage';
import { FormModal, mutate } from '../../components/FormModal';
import { DateItem, MoneyItem, required, yuan } from '../../components/fields';
import { loadSession } from '../../session';
import { graphQLErrorsOf, messageFor } from '../../errors';
import type { PageProps } from '../page-props';
import { DEPARTMENT_OPTIONS, REGIONS } from '../directory/common';
import { usccRule } from '../directory/EnterprisesPage';

const AGREEMENTS = graphql(`
  query Agreements($page: Int, $pageSize: Int, $departmentId: ID, $townCode: String, $search: String) {
    investmentAgreements(page: $page, pageSize: $pageSize, departmentId: $departmentId, townCode: $townCode, search: $search) {
      total
      items {
        id
        title
        investorUscc
        investorName
        amount
        signedOn
        investedToDate
        version
        department {
          id
          name
        }
        town {
          code
          name
        }
      }
    }
  }
`);

const COMMITMENTS = graphql(`
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

const POLICIES = graphql(`
  query Policies($page: Int, $pageSize: Int, $status: PolicyStatus, $search: String) {
    incentivePolicies(page: $page, pageSize: $pageSize, status: $status, search: $search) {
      total
      items {
        id
        title
        legalBasis
        status
        reviewNote
        department {
          id
          name
        }
      }
    }
  }
`);

const CREATE_AGREEMENT = graphql(`
  mutation CreateInvestmentAgreement($input: CreateInvestmentAgreementInput!) {
    createInvestmentAgreement(input: $input) {
      id
    }
  }
`);

const ADD_COMMITMENT = graphql(`
  mutation AddCommitment($agreementId: ID!, $input: AddCommitmentInput!) {
    addCommitment(agreementId: $agreementId, input: $input) {
      id
      status
    }
  }
`);

const RECORD_FULFILMENT = graphql(`
  mutation RecordFulfilment($commitmentId: ID!, $input: RecordFulfilmentInput!) {
    recordFulfilment(commitmentId: $commitmentId, input: $input) {
      id
      status
      fulfilledAmount
    }
  }
`);

const CREATE_POLICY = graphql(`
  mutation CreateIncentivePolicy($input: CreateIncentivePolicyInput!) {
    createIncentivePolicy(input: $input) {
      id
      status
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

const REVIEW_POLICY = graphql(`
  mutation ReviewPolicy($id: ID!, $approved: Boolean!, $note: String!) {
    reviewPolicy(id: $id, approved: $approved, note: $note) {
      id
      status
      reviewNote
    }
  }
`);

type Agreement = AgreementsQuery['investmentAgreements']['items'][number];
type Commitment = CommitmentsQuery['commitments']['items'][number];
type Policy = PoliciesQuery['incentivePolicies']['items'][number];

const KINDS = ['LAND', 'SUBSIDY', 'TAX_INCENTIVE', 'INFRASTRUCTURE', 'APPROVAL_SERVICE', 'OTHER'] as const;
const STATUSES = ['PENDING', 'PARTIALLY_FULFILLED', 'FULFILLED', 'OVERDUE', 'BREACHED', 'WAIVED'] as const;
const POLICY_STATUSES = ['DRAFT', 'UNDER_REVIEW', 'APPROVED', 'REJECTED'] as const;
const STATUS_COLOR: Record<string, string> = { PENDING: 'blue', PARTIALLY_FULFILLED: 'gold', FULFILLED: 'green', OVERDUE: 'red', BREACHED: 'magenta', WAIVED: 'default' };

export default function InvestmentPage({ write }: PageProps) {
  const t = useT();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') ?? (params.get('departmentId') ? 'commitments' : 'agreements');
  const me = loadSession()?.user;
  const departments = useQuery(DEPARTMENT_OPTIONS);
  const regions = useQuery(REGIONS);
  const approved = useQuery(POLICIES, { variables: { status: 'APPROVED', pageSize: 200 }, skip: !write });
  const [createAgreement] = useMutation(CREATE_AGREEMENT, { refetchQueries: 'active' });
  const [addCommitment] = useMutation(ADD_COMMITMENT, { refetchQueries: 'active' });
  const [recordFulfilment] = useMutation(RECORD_FULFILMENT, { refetchQueries: 'active' });
  const [createPolicy] = useMutation(CREATE_POLICY, { refetchQueries: 'active' });
  const [submitPolicy] = useMutation(SUBMIT_POLICY, { refetchQueries: 'active' });
  const [reviewPolicy] = useMutation(REVIEW_POLICY, { refetchQueries: 'active' });
  const [modal, setModal] = useState<
    | { kind: 'agreement' }
    | { kind: 'commitment'; agreement: Agreement }
    | { kind: 'fulfil'; commitment: Commitment }
    | { kind: 'policy' }
    | { kind: 'review'; policy: Policy; approved: boolean }
    | null
  >(null);

  const departmentOptions = (departments.data?.departments.items ?? []).map((d) => ({ value: d.id, label: d.name }));
  const townOptions = (regions.data?.regions ?? []).filter((r) => r.level === 'TOWN').map((r) => ({ value: r.code, label: r.name }));
  const close = () => setModal(null);

  const agreements = (
    <ListPage
      title="inv.agreements"
      query={AGREEMENTS}
      pick={(d) => d?.investmentAgreements}
      rowKey={(r: Agreement) => r.id}
      exportName="investment-agreements"
      filters={[
        { name: 'search', label: 'common.search', type: 'text' },
        { name: 'departmentId', label: 'inv.department', type: 'select', options: departmentOptions },
        { name: 'townCode', label: 'inv.town', type: 'select', options: townOptions },
      ]}
      columns={[
        { key: 'title', title: 'inv.title', text: (r) => r.title, sort: {} },
        { key: 'investorName', title: 'inv.investor', text: (r) => `${r.investorName}（${r.investorUscc}）` },
        { key: 'department', title: 'inv.department', text: (r) => r.department.name },
        { key: 'town', title: 'inv.town', text: (r) => r.town.name },
        { key: 'amount', title: 'inv.amount', text: (r) => r.amount, render: (r) => yuan(r.amount), sort: { compare: (a, b) => Number(a.amount) - Number(b.amount) } },
        { key: 'investedToDate', title: 'inv.investedToDate', text: (r) => r.investedToDate, render: (r) => yuan(r.investedToDate) },
        { key: 'signedOn', title: 'inv.signedOn', text: (r) => r.signedOn, sort: {} },
        ...(write
          ? [{ key: 'actions', title: 'common.actions' as const, text: () => '', render: (r: Agreement) => <Button size="small" onClick={() => setModal({ kind: 'commitment', agreement: r })}>{t('inv.addCommitment')}</Button> }]
          : []),
      ]}
      toolbar={write ? <Button type="primary" icon={<PlusOutlined />} data-testid="create" onClick={() => setModal({ kind: 'agreement' })}>{t('inv.newAgreement')}</Button> : null}
    />
  );

  const commitments = (
    <ListPage
      title="inv.commitments"
      query={COMMITMENTS}
      pick={(d) => d?.commitments}
      rowKey={(r: Commitment) => r.id}
      exportName="commitments"
      filters={[
        { name: 'status', label: 'inv.status', type: 'select', options: STATUSES.map((s) => ({ value: s, label: t(`cs.${s}`) })) },
        { name: 'departmentId', label: 'inv.department', type: 'select', options: departmentOptions },
      ]}
      columns={[
        { key: 'agreement', title: 'inv.agreements', text: (r) => r.agreement.title },
        { key: 'kind', title: 'inv.kind', text: (r) => t(`ck.${r.kind}`) },
        { key: 'description', title: 'inv.description', text: (r) => r.description },
        { key: 'amount', title: 'inv.commitmentAmount', text: (r) => r.amount, render: (r) => yuan(r.amount) },
        { key: 'fulfilledAmount', title: 'inv.fulfilledAmount', text: (r) => r.fulfilledAmount, render: (r) => yuan(r.fulfilledAmount) },
        { key: 'dueDate', title: 'inv.dueDate', text: (r) => r.dueDate, sort: {} },
        { key: 'status', title: 'inv.status', text: (r) => t(`cs.${r.status}`), render: (r) => <Tag color={STATUS_COLOR[r.status]}>{t(`cs.${r.status}`)}</Tag> },
        { key: 'department', title: 'inv.department', text: (r) => r.department.name },
        ...(write
          ? [
              {
                key: 'actions',
                title: 'common.actions' as const,
                text: () => '',
                render: (r: Commitment) =>
                  r.status === 'FULFILLED' || r.status === 'WAIVED' ? null : <Button size="small" onClick={() => setModal({ kind: 'fulfil', commitment: r })}>{t('inv.recordFulfilment')}</Button>,
              },
            ]
          : []),
      ]}
    />
  );

  const policies = (
    <ListPage
      title="inv.policies"
      query={POLICIES}
      pick={(d) => d?.incentivePolicies}
      rowKey={(r: Policy) => r.id}
      exportName="incentive-policies"
      filters={[
        { name: 'search', label: 'common.search', type: 'text' },
        { name: 'status', label: 'inv.status', type: 'select', options: POLICY_STATUSES.map((s) => ({ value: s, label: t(`ps.${s}`) })) },
      ]}
      columns={[
        { key: 'title', title: 'inv.title', text: (r) => r.title, sort: {} },
        { key: 'legalBasis', title: 'inv.legalBasis', text: (r) => r.legalBasis },
        { key: 'status', title: 'inv.status', text: (r) => t(`ps.${r.status}`), render: (r) => <Tag>{t(`ps.${r.status}`)}</Tag> },
        { key: 'department', title: 'inv.department', text: (r) => r.department.name },
        ...(write
          ? [
              {
                key: 'actions',
                title: 'common.actions' as const,
                text: () => '',
                render: (r: Policy) =>
                  r.status === 'DRAFT' ? (
                    <Button
                      size="small"
                      onClick={() =>
                        void submitPolicy({ variables: { id: r.id } }).then(({ error }) =>
                          error ? message.error(graphQLErrorsOf(error).map((e) => messageFor(e, t)).join('；')) : message.success(t('common.saved')),
                        )
                      }
                    >
                      {t('inv.submitReview')}
                    </Button>
                  ) : r.status === 'UNDER_REVIEW' ? (
                    // the server decides who may review (county-wide officers, never the drafter) and says why not
                    <Space size="small">
                      <Button size="small" type="primary" onClick={() => setModal({ kind: 'review', policy: r, approved: true })}>
                        {t('inv.approve')}
                      </Button>
                      <Button size="small" danger onClick={() => setModal({ kind: 'review', policy: r, approved: false })}>
                        {t('inv.reject')}
                      </Button>
                    </Space>
                  ) : null,
              },
            ]
          : []),
      ]}
      toolbar={write ? <Button type="primary" icon={<PlusOutlined />} onClick={() => setModal({ kind: 'policy' })}>{t('inv.newPolicy')}</Button> : null}
    />
  );

  return (
    <>
      <Tabs
        activeKey={tab}
        destroyOnHidden
        onChange={(key) => setParams(new URLSearchParams({ tab: key }))}
        items={[
          { key: 'agreements', label: t('inv.agreements'), children: agreements },
          { key: 'commitments', label: t('inv.commitments'), children: commitments },
          { key: 'policies', label: t('inv.policies'), children: policies },
        ]}
      />
      <FormModal<{ title?: string; investorUscc: string; departmentId: string; townCode: string; amount: string; signedOn: string }>
        open={modal?.kind === 'agreement'}
        title={t('inv.newAgreement')}
        initialValues={{ departmentId: me?.department?.id }}
        onClose={close}
        onSubmit={(v) => mutate(createAgreement({ variables: { input: { ...v, investorUscc: v.investorUscc.trim().toUpperCase(), title: v.title || null } } }))}
      >
        {() => (
          <>
            <Form.Item name="title" label={t('inv.title')}>
              <Input id="title" />
            </Form.Item>
            <Form.Item name="investorUscc" label={t('inv.investorUscc')} rules={[usccRule(t)]} validateTrigger="onBlur">
              <Input maxLength={18} id="investorUscc" />
            </Form.Item>
            <Form.Item name="departmentId" label={t('inv.department')} rules={[required(t, 'inv.department')]}>
              <Select showSearch optionFilterProp="label" options={departmentOptions} />
            </Form.Item>
            <Form.Item name="townCode" label={t('inv.town')} rules={[required(t, 'inv.town')]}>
              <Select showSearch optionFilterProp="label" options={townOptions} />
            </Form.Item>
            <MoneyItem name="amount" label="inv.amount" t={t} />
            <DateItem name="signedOn" label="inv.signedOn" t={t} />
          </>
        )}
      </FormModal>
      <FormModal<{ kind: (typeof KINDS)[number]; amount: string; dueDate: string; policyId: string; description: string }>
        open={modal?.kind === 'commitment'}
        title={`${t('inv.addCommitment')}${modal?.kind === 'commitment' ? ` · ${modal.agreement.title}` : ''}`}
        onClose={close}
        onSubmit={(v) => mutate(addCommitment({ variables: { agreementId: modal?.kind === 'commitment' ? modal.agreement.id : '', input: v } }))}
      >
        {() => (
          <>
            <Form.Item name="kind" label={t('inv.kind')} rules={[required(t, 'inv.kind')]}>
              <Select options={KINDS.map((k) => ({ value: k, label: t(`ck.${k}`) }))} />
            </Form.Item>
            <MoneyItem name="amount" label="inv.commitmentAmount" t={t} />
            <DateItem name="dueDate" label="inv.dueDate" t={t} />
            <Form.Item name="policyId" label={t('inv.policy')} rules={[required(t, 'inv.policy')]}>
              <Select options={(approved.data?.incentivePolicies.items ?? []).map((p) => ({ value: p.id, label: p.title }))} />
            </Form.Item>
            <Form.Item name="description" label={t('inv.description')} rules={[required(t, 'inv.description')]}>
              <Input.TextArea rows={3} />
            </Form.Item>
          </>
        )}
      </FormModal>
      <FormModal<{ amount: string; date: string; evidence: string }>
        open={modal?.kind === 'fulfil'}
        title={t('inv.recordFulfilment')}
        onClose={close}
        onSubmit={(v) => mutate(recordFulfilment({ variables: { commitmentId: modal?.kind === 'fulfil' ? modal.commitment.id : '', input: v } }))}
      >
        {() => (
          <>
            <MoneyItem name="amount" label="inv.commitmentAmount" t={t} />
            <DateItem name="date" label="inv.fulfilDate" t={t} />
            <Form.Item name="evidence" label={t('inv.evidence')} rules={[required(t, 'inv.evidence')]}>
              <Input.TextArea rows={3} />
            </Form.Item>
          </>
        )}
      </FormModal>
      <FormModal<{ note: string }>
        open={modal?.kind === 'review'}
        title={modal?.kind === 'review' ? `${t(modal.approved ? 'inv.approve' : 'inv.reject')} · ${modal.policy.title}` : ''}
        onClose={close}
        onSubmit={(v) => mutate(reviewPolicy({ variables: { id: modal?.kind === 'review' ? modal.policy.id : '', approved: modal?.kind === 'review' && modal.approved, note: v.note } }))}
        testId="policy-review"
      >
        {() => (
          <Form.Item name="note" label={t('inv.reviewNote')} rules={[required(t, 'inv.reviewNote'), { min: 2, message: t('inv.reviewNote') }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
        )}
      </FormModal>
      <FormModal<{ title: string; legalBasis: string; text: string }> open={modal?.kind === 'policy'} title={t('inv.newPolicy')} onClose={close} onSubmit={(v) => mutate(createPolicy({ variables: { input: v } }))}>
        {() => (
          <Space direction="vertical" style={{ width: '100%' }}>
            <Form.Item name="title" label={t('inv.title')} rules={[required(t, 'inv.title')]}>
              <Input />
            </Form.Item>
            <Form.Item name="legalBasis" label={t('inv.legalBasis')} rules={[required(t, 'inv.legalBasis')]}>
              <Input />
            </Form.Item>
            <Form.Item name="text" label={t('inv.text')} rules={[required(t, 'inv.text'), { min: 10, message: t('inv.textShort') }]}>
              <Input.TextArea rows={5} />
            </Form.Item>
          </Space>
        )}
      </FormModal>
    </>
  );
}
