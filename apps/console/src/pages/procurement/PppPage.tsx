// PPP projects: yearly government obligations held against 10% of the region's general budget
// expenditure. The cap is the server's rule (FISCAL_CAP_EXCEEDED with the figures); this page shows how
// much room is left before anyone tries.
import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Card,
  Col,
  Form,
  Input,
  InputNumber,
  Progress,
  Row,
  Select,
  Space,
  Statistic,
  Table,
  Tag,
} from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { graphql } from '../../gql';
import type { PppCapacityQuery, PppProjectsQuery } from '../../gql/graphql';
import { useT } from '../../i18n';
import { ListPage } from '../../components/ListPage';
import { FormModal, mutate } from '../../components/FormModal';
import { MoneyItem, required, yuan } from '../../components/fields';
import type { PageProps } from '../page-props';
import { DEPARTMENT_OPTIONS, REGIONS } from '../directory/common';
import { PPP_OBLIGATION_STATUS, PPP_PHASE } from '../../labels';
import { useLabel } from '../../labels/useLabel';
import { PppTaskDialogs, type PppTask } from './PppTaskDialogs';

const PROJECTS = graphql(`
  query PppProjects($page: Int, $pageSize: Int, $regionCode: String) {
    pppProjects(page: $page, pageSize: $pageSize, regionCode: $regionCode) {
      total
      items {
        id
        name
        phase
        regionCode
        totalInvestment
        department {
          id
          name
        }
        obligations {
          id
          year
          amount
          paidAmount
          status
        }
      }
    }
  }
`);

const CAPACITY = graphql(`
  query PppCapacity($regionCode: String!, $year: Int!) {
    pppFiscalCapacity(regionCode: $regionCode, year: $year) {
      generalBudgetExpenditure
      cap
      committed
      remaining
    }
    pppObligationsDue {
      id
      projectId
      year
      amount
      paidAmount
      status
    }
  }
`);

const SET_CAPACITY = graphql(`
  mutation SetPppCapacity($regionCode: String!, $year: Int!, $amount: Decimal!) {
    setPppFiscalCapacity(regionCode: $regionCode, year: $year, generalBudgetExpenditure: $amount) {
      cap
    }
  }
`);

const CREATE = graphql(`
  mutation CreatePpp($input: CreatePppProjectInput!) {
    createPppProject(input: $input) {
      id
    }
  }
`);

const ADD_OBLIGATION = graphql(`
  mutation AddPppObligation($projectId: ID!, $year: Int!, $amount: Decimal!) {
    addPppObligation(projectId: $projectId, year: $year, amount: $amount) {
      id
      status
    }
  }
`);

type Project = PppProjectsQuery['pppProjects']['items'][number];
type Due = PppCapacityQuery['pppObligationsDue'][number];
const STATUS_COLOR: Record<string, string> = { PAID: 'green', DUE: 'gold', OVERDUE: 'red', SCHEDULED: 'default' };

export default function PppPage({ write }: PageProps) {
  const t = useT();
  const { label } = useLabel();
  const [regionCode, setRegionCode] = useState('445122');
  const [year, setYear] = useState(new Date().getFullYear());
  const [modal, setModal] = useState<
    { kind: 'create' } | { kind: 'obligation'; project: Project } | { kind: 'capacity' } | null
  >(null);
  const regions = useQuery(REGIONS);
  const departments = useQuery(DEPARTMENT_OPTIONS, { skip: !write });
  const capacity = useQuery(CAPACITY, { variables: { regionCode, year } });
  const [setCapacity] = useMutation(SET_CAPACITY, { refetchQueries: 'active' });
  const [create] = useMutation(CREATE, { refetchQueries: 'active' });
  const [addObligation] = useMutation(ADD_OBLIGATION, { refetchQueries: 'active' });
  const [task, setTask] = useState<PppTask>(null);
  const close = () => setModal(null);
  const c = capacity.data?.pppFiscalCapacity;
  const used =
    c && Number(c.cap) > 0 ? Math.min(100, Math.round((Number(c.committed) / Number(c.cap)) * 1000) / 10) : 0;
  const regionOptions = (regions.data?.regions ?? [])
    .filter((r) => r.level === 'COUNTY' || r.level === 'TOWN')
    .map((r) => ({ value: r.code, label: r.name }));

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card
        title={t('ppp.capacity')}
        extra={
          <Space>
            <Select
              style={{ width: 160 }}
              value={regionCode}
              options={regionOptions}
              onChange={setRegionCode}
              aria-label={t('ppp.region')}
            />
            <InputNumber
              value={year}
              min={1990}
              max={2100}
              onChange={(v) => v && setYear(v)}
              aria-label={t('ppp.year')}
            />
            {write ? <Button onClick={() => setModal({ kind: 'capacity' })}>{t('ppp.setCapacity')}</Button> : null}
          </Space>
        }
        data-testid="ppp-capacity"
      >
        {c ? (
          <Row gutter={16}>
            <Col span={6}>
              <Statistic title={t('ppp.expenditure')} value={yuan(c.generalBudgetExpenditure)} />
            </Col>
            <Col span={6}>
              <Statistic title={t('ppp.cap')} value={yuan(c.cap)} />
            </Col>
            <Col span={6}>
              <Statistic title={t('ppp.committed')} value={yuan(c.committed)} />
            </Col>
            <Col span={6}>
              <Statistic title={t('ppp.remaining')} value={yuan(c.remaining)} />
            </Col>
            <Col span={24}>
              <Progress percent={used} status={used >= 100 ? 'exception' : used >= 80 ? 'active' : 'normal'} />
            </Col>
          </Row>
        ) : (
          <Alert type="warning" showIcon message={t('ppp.noCapacity')} />
        )}
      </Card>
      <Card title={t('ppp.due')}>
        <Table
          size="small"
          rowKey="id"
          pagination={{ pageSize: 10 }}
          dataSource={capacity.data?.pppObligationsDue ?? []}
          locale={{ emptyText: t('common.empty') }}
          columns={[
            { key: 'year', title: t('ppp.year'), dataIndex: 'year' },
            { key: 'amount', title: t('pr.amount'), render: (_: unknown, o: Due) => yuan(o.amount) },
            { key: 'paid', title: t('pr.paid'), render: (_: unknown, o: Due) => yuan(o.paidAmount) },
            {
              key: 'status',
              title: t('pr.status'),
              render: (_: unknown, o: Due) => (
                <Tag color={STATUS_COLOR[o.status]}>{label(PPP_OBLIGATION_STATUS, o.status)}</Tag>
              ),
            },
            ...(write
              ? [
                  {
                    key: 'actions',
                    title: t('common.actions'),
                    render: (_: unknown, o: Due) => (
                      <Button
                        size="small"
                        onClick={() => setTask({ kind: 'pay', obligation: o })}
                        data-testid="ppp-pay-button"
                      >
                        {t('ppp.pay')}
                      </Button>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      <ListPage
        title="ppp.projects"
        query={PROJECTS}
        pick={(d) => d?.pppProjects}
        rowKey={(r: Project) => r.id}
        exportName="ppp-projects"
        columns={[
          { key: 'name', title: 'ppp.name', text: (r) => r.name, width: 240 },
          { key: 'department.name', title: 'ppp.department', width: 200 },
          {
            key: 'phase',
            title: 'ppp.phase',
            text: (r) => label(PPP_PHASE, r.phase),
            render: (r) => <Tag>{label(PPP_PHASE, r.phase)}</Tag>,
          },
          {
            key: 'total',
            title: 'ppp.totalInvestment',
            text: (r) => r.totalInvestment,
            render: (r) => yuan(r.totalInvestment),
          },
          {
            key: 'obligations',
            title: 'ppp.obligations',
            text: (r) => r.obligations.map((o) => `${o.year}:${o.amount}`).join(' '),
            render: (r) => (
              <Space size={4} wrap>
                {r.obligations.map((o) => (
                  <Tag key={o.id} color={STATUS_COLOR[o.status]}>{`${o.year} · ${yuan(o.amount)}`}</Tag>
                ))}
              </Space>
            ),
          },
          ...(write
            ? [
                {
                  key: 'actions',
                  title: 'common.actions' as const,
                  render: (r: Project) => (
                    <Space size="small">
                      <Button size="small" onClick={() => setModal({ kind: 'obligation', project: r })}>
                        {t('ppp.addObligation')}
                      </Button>
                      {r.phase !== 'TRANSFER' ? (
                        <Button
                          size="small"
                          onClick={() => setTask({ kind: 'advance', project: r })}
                          data-testid="ppp-advance-button"
                        >
                          {t('ppp.advance')}
                        </Button>
                      ) : null}
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
        toolbar={
          write ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setModal({ kind: 'create' })}>
              {t('ppp.new')}
            </Button>
          ) : null
        }
      />
      <PppTaskDialogs task={task} close={() => setTask(null)} />
      <FormModal<{ amount: string }>
        open={modal?.kind === 'capacity'}
        title={`${t('ppp.setCapacity')} · ${regionCode} · ${year}`}
        onClose={close}
        onSubmit={(v) => mutate(setCapacity({ variables: { regionCode, year, amount: v.amount } }))}
      >
        {() => <MoneyItem name="amount" label="ppp.expenditure" t={t} />}
      </FormModal>
      <FormModal<{ name: string; departmentId: string; regionCode: string; totalInvestment?: string }>
        open={modal?.kind === 'create'}
        title={t('ppp.new')}
        initialValues={{ regionCode }}
        onClose={close}
        onSubmit={(v) =>
          mutate(create({ variables: { input: { ...v, totalInvestment: v.totalInvestment || undefined } } }))
        }
      >
        {() => (
          <>
            <Form.Item name="name" label={t('ppp.name')} rules={[required(t, 'ppp.name')]}>
              <Input />
            </Form.Item>
            <Form.Item name="departmentId" label={t('ppp.department')} rules={[required(t, 'ppp.department')]}>
              <Select
                showSearch
                optionFilterProp="label"
                options={(departments.data?.departments.items ?? []).map((d) => ({ value: d.id, label: d.name }))}
              />
            </Form.Item>
            <Form.Item name="regionCode" label={t('ppp.region')} rules={[required(t, 'ppp.region')]}>
              <Select options={regionOptions} />
            </Form.Item>
            <MoneyItem name="totalInvestment" label="ppp.totalInvestment" t={t} optional />
          </>
        )}
      </FormModal>
      <FormModal<{ year: string; amount: string }>
        open={modal?.kind === 'obligation'}
        title={`${t('ppp.addObligation')}${modal?.kind === 'obligation' ? ` · ${modal.project.name}` : ''}`}
        initialValues={{ year: String(year) }}
        onClose={close}
        onSubmit={(v) =>
          mutate(
            addObligation({
              variables: {
                projectId: modal?.kind === 'obligation' ? modal.project.id : '',
                year: Number(v.year),
                amount: v.amount,
              },
            }),
          )
        }
        testId="ppp-obligation"
      >
        {() => (
          <>
            <Form.Item name="year" label={t('ppp.year')} rules={[required(t, 'ppp.year')]}>
              <Input inputMode="numeric" id="year" />
            </Form.Item>
            <MoneyItem name="amount" label="pr.amount" t={t} />
          </>
        )}
      </FormModal>
    </Space>
  );
}
