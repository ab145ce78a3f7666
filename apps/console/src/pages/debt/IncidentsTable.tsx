// 债务风险事件: every region's defaults, graded Ⅰ–Ⅳ (国办函〔2016〕88号), with the response and when it ended.
import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Button, Form, Input, Table, Tag, Typography } from 'antd';
import { graphql } from '../../gql';
import { FormModal, mutate } from '../../components/FormModal';
import { DateItem, required, yuan } from '../../components/fields';
import type { DebtRiskByRegionQuery } from '../../gql/graphql';
import { useT } from '../../i18n';

const RESOLVE = graphql(`
  mutation ResolveDebtIncident($id: ID!, $input: ResolveDebtIncidentInput!) {
    resolveDebtIncident(id: $id, input: $input) {
      id
      resolvedOn
      version
    }
  }
`);
import { DEBT_INCIDENT_GRADE, DEBT_INCIDENT_KIND } from '../../labels';
import { useLabel } from '../../labels/useLabel';

type Incident = DebtRiskByRegionQuery['regions'][number]['debtIncidents'][number] & { regionName: string };

// short values on one line, so the response (the long text) takes the width left rather than squeezing dates
const oneLine = {
  onCell: () => ({ style: { whiteSpace: 'nowrap' as const } }),
  onHeaderCell: () => ({ style: { whiteSpace: 'nowrap' as const } }),
};

export function IncidentsTable({ regions, write }: { regions: DebtRiskByRegionQuery['regions']; write: boolean }) {
  const t = useT();
  const { label } = useLabel();
  const [resolving, setResolving] = useState<Incident | null>(null);
  const [resolve] = useMutation(RESOLVE, { refetchQueries: 'active' });
  const rows: Incident[] = regions.flatMap((r) => r.debtIncidents.map((i) => ({ ...i, regionName: r.name })));
  return (
    <>
      <Typography.Title level={5} style={{ marginTop: 24 }}>
        {t('debt.incidents')}
      </Typography.Title>
      <Table
        rowKey="id"
        size="small"
        dataSource={rows}
        pagination={false}
        data-testid="debt-incidents"
        locale={{ emptyText: t('debt.noIncidents') }}
        columns={[
          { ...oneLine, key: 'region', title: t('debt.region'), render: (_: unknown, r: Incident) => r.regionName },
          {
            ...oneLine,
            key: 'grade',
            title: t('debt.incidentGrade'),
            render: (_: unknown, r: Incident) => <Tag color="red">{label(DEBT_INCIDENT_GRADE, r.grade)}</Tag>,
          },
          {
            ...oneLine,
            key: 'kind',
            title: t('debt.incidentKind'),
            render: (_: unknown, r: Incident) => label(DEBT_INCIDENT_KIND, r.kind),
          },
          { ...oneLine, key: 'occurredOn', title: t('debt.occurredOn'), dataIndex: 'occurredOn' },
          { ...oneLine, key: 'amount', title: t('debt.amount'), render: (_: unknown, r: Incident) => yuan(r.amount) },
          { key: 'response', title: t('debt.response'), dataIndex: 'response' },
          {
            ...oneLine,
            key: 'resolvedOn',
            title: t('debt.resolvedOn'),
            render: (_: unknown, r: Incident) =>
              r.resolvedOn ?? (
                <>
                  <Tag color="orange">{t('debt.unresolved')}</Tag>
                  {write ? (
                    <Button size="small" onClick={() => setResolving(r)}>
                      {t('debt.resolve')}
                    </Button>
                  ) : null}
                </>
              ),
          },
        ]}
      />
      <FormModal<{ resolvedOn: string; resolution: string }>
        open={!!resolving}
        title={t('debt.resolve')}
        onClose={() => setResolving(null)}
        onSubmit={(v) =>
          mutate(resolve({ variables: { id: resolving!.id, input: { ...v, version: resolving!.version } } }))
        }
      >
        {() => (
          <>
            <DateItem name="resolvedOn" label="debt.resolvedOn" t={t} />
            <Form.Item name="resolution" label={t('debt.resolution')} rules={[required(t, 'debt.resolution')]}>
              <Input.TextArea rows={3} id="resolution" />
            </Form.Item>
          </>
        )}
      </FormModal>
    </>
  );
}
