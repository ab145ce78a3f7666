// One department's integrity picture, gathered from every subgraph by the gateway in one query.
import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { Button, Card, Descriptions, Result, Skeleton, Space, Tag } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { graphql } from '../../gql';
import { useT } from '../../i18n';
import { graphQLErrorsOf } from '../../errors';
import { PartialFailure } from '../../dashboard/PartialFailure';
import { DEPARTMENT_KIND, DOMAIN } from '../../labels';
import { useLabel } from '../../labels/useLabel';
import { honoursBarText } from '../../components/eligibility-bars';

const DEPARTMENT = graphql(`
  query DepartmentDetail($id: ID!) {
    department(id: $id) {
      id
      code
      name
      shortName
      kind
      countyWideDomains
      region {
        code
        name
      }
      civilServantCount
      creditFileCoverage
      activeDishonestyRecordCount
      integrityHonorEligibility {
        eligible
        bars {
          kind
          count
          year
        }
      }
      overdueCommitmentCount
      breachedCommitmentCount
      commitmentFulfilmentRate
    }
  }
`);

const pct = (v: number | null | undefined) => (v === null || v === undefined ? '—' : `${(v * 100).toFixed(1)}%`);

export default function DepartmentDetail({ id }: { id: string }) {
  const t = useT();
  const { label } = useLabel();
  const { data, loading, error } = useQuery(DEPARTMENT, { variables: { id } });
  const errors = graphQLErrorsOf(error);
  if (loading && !data) return <Skeleton active paragraph={{ rows: 8 }} />;
  const d = data?.department;
  if (!d)
    return (
      <Result
        status="404"
        title={t('error.NOT_FOUND')}
        extra={<Link to="/directory/departments">{t('common.back')}</Link>}
      />
    );
  return (
    <Card
      title={d.name}
      extra={
        <Link to="/directory/departments">
          <Button icon={<ArrowLeftOutlined />}>{t('common.back')}</Button>
        </Link>
      }
      data-testid="department-detail"
    >
      <PartialFailure errors={errors} />
      <Descriptions bordered column={{ xs: 1, md: 2 }} size="small">
        <Descriptions.Item label={t('department.code')}>{d.code}</Descriptions.Item>
        <Descriptions.Item label={t('department.kind')}>{label(DEPARTMENT_KIND, d.kind)}</Descriptions.Item>
        <Descriptions.Item label={t('department.region')}>{d.region.name}</Descriptions.Item>
        <Descriptions.Item label={t('department.countyWideDomains')}>
          {d.countyWideDomains.map((x) => (
            <Tag key={x}>{label(DOMAIN, x)}</Tag>
          ))}
        </Descriptions.Item>
        <Descriptions.Item label={t('cr.civilServants')}>{d.civilServantCount ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('dashboard.coverage')}>{pct(d.creditFileCoverage)}</Descriptions.Item>
        <Descriptions.Item label={t('dashboard.dishonesty')}>
          <Link to={`/credit/records?departmentId=${d.id}&status=ACTIVE&dishonestyOnly=true`}>
            {d.activeDishonestyRecordCount ?? '—'}
          </Link>
        </Descriptions.Item>
        <Descriptions.Item label={t('cr.eligible')}>
          {/* supervision's whole judgement: every domain and the published grade (the records are linked above) */}
          {d.integrityHonorEligibility ? (
            d.integrityHonorEligibility.eligible ? (
              <Tag color="green">{t('common.yes')}</Tag>
            ) : (
              <Space size={4} wrap data-testid="department-honours">
                {d.integrityHonorEligibility.bars.map((b) => (
                  <Tag color="red" key={b.kind}>
                    {honoursBarText(b, label, t)}
                  </Tag>
                ))}
              </Space>
            )
          ) : (
            '—'
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('dashboard.overdueCommitments')}>
          <Link to={`/investment?tab=commitments&departmentId=${d.id}`}>{d.overdueCommitmentCount ?? '—'}</Link>
        </Descriptions.Item>
        <Descriptions.Item label={t('dashboard.fulfilmentRate')}>{pct(d.commitmentFulfilmentRate)}</Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
