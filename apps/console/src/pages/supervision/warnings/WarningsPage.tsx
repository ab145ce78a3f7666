// 预警监测: the early-warning feed across the domains, open first, filterable by kind, status and department;
// each warning jumps to where its cause is listed, and the department (or a supervisor) acknowledges it.
import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation } from '@apollo/client/react';
import { Button, Form, Input, Space, Tag, Tooltip } from 'antd';
import { chinaDate, warningAcknowledgeRefusal } from '@integrity/rules';
import { graphql } from '../../../gql';
import type { IntegrityWarningsQuery } from '../../../gql/graphql';
import { useT } from '../../../i18n';
import { ListPage } from '../../../components/ListPage';
import { FormModal, mutate } from '../../../components/FormModal';
import { required } from '../../../components/fields';
import { DOMAIN, RISK_LEVEL, WARNING_KIND, WARNING_STATUS } from '../../../labels';
import { accessFor, asCaller, pageForPath } from '../../../access';
import { useLabel } from '../../../labels/useLabel';
import { useSessionUser } from '../../../session-context';
import { useDepartmentOptions } from '../../directory/common';
import { warningFigures } from './warning-figure';

export const WARNINGS = graphql(`
  query IntegrityWarnings($page: Int, $pageSize: Int, $kind: WarningKind, $status: WarningStatus, $departmentId: ID) {
    integrityWarnings(page: $page, pageSize: $pageSize, kind: $kind, status: $status, departmentId: $departmentId) {
      total
      items {
        id
        kind
        status
        since
        figure
        threshold
        source
        link
        ackNote
        resolvedOn
        department {
          id
          name
        }
      }
    }
  }
`);

const ACKNOWLEDGE = graphql(`
  mutation AcknowledgeWarning($id: ID!, $note: String!) {
    acknowledgeWarning(id: $id, note: $note) {
      id
      status
      ackNote
    }
  }
`);

type Warning = IntegrityWarningsQuery['integrityWarnings']['items'][number];
const STATUS_COLOR: Record<string, string> = { OPEN: 'red', ACKNOWLEDGED: 'gold', RESOLVED: 'green' };

export default function WarningsPage() {
  const t = useT();
  const { label, options } = useLabel();
  const me = useSessionUser();
  const [acknowledging, setAcknowledging] = useState<Warning | null>(null);
  const [acknowledge] = useMutation(ACKNOWLEDGE, { refetchQueries: 'active' });
  const caller = me ? asCaller({ ...me, departmentId: me.department?.id }) : null;
  const mayAcknowledge = (w: Warning) =>
    w.status === 'OPEN' && !warningAcknowledgeRefusal(caller, { kind: w.kind, departmentId: w.department?.id ?? null });
  const level = (v: string) => label(RISK_LEVEL, v as keyof typeof RISK_LEVEL);
  // a sending subgraph by its domain's name (DELIVERY_STUCK)
  const domain = (subgraph: string) => label(DOMAIN, subgraph.toUpperCase() as keyof typeof DOMAIN);
  const read = { t, level, domain, today: chinaDate() };
  const departmentOptions = useDepartmentOptions();
  // where a warning's cause is listed, when this user may open it (跨领域数据传递 is the administrators')
  const pages = accessFor(me);
  const opens = (link: string) => !!pageForPath(pages, link.split('?')[0]!);

  return (
    <>
      <ListPage
        title="warn.feed"
        query={WARNINGS}
        pick={(d) => d?.integrityWarnings}
        rowKey={(w: Warning) => w.id}
        exportName="warnings"
        filters={[
          { name: 'kind', label: 'warn.kind', type: 'select', options: options(WARNING_KIND) },
          { name: 'status', label: 'warn.status', type: 'select', options: options(WARNING_STATUS) },
          { name: 'departmentId', label: 'warn.department', type: 'select', options: departmentOptions },
        ]}
        columns={[
          { key: 'kind', title: 'warn.kind', text: (w) => label(WARNING_KIND, w.kind), width: 200 },
          { key: 'department.name', title: 'warn.department', text: (w) => w.department?.name ?? t('warn.county') },
          { key: 'figure', title: 'warn.figure', text: (w) => warningFigures(w, read).figure },
          { key: 'threshold', title: 'warn.threshold', text: (w) => warningFigures(w, read).threshold },
          { key: 'since', title: 'warn.since', width: 120 },
          {
            key: 'status',
            title: 'warn.status',
            width: 110,
            text: (w) => label(WARNING_STATUS, w.status),
            render: (w) => (
              <Tooltip title={w.ackNote ?? w.resolvedOn ?? undefined}>
                <Tag color={STATUS_COLOR[w.status]}>{label(WARNING_STATUS, w.status)}</Tag>
              </Tooltip>
            ),
          },
          {
            key: 'actions',
            title: 'common.actions',
            noExport: true,
            render: (w: Warning) => (
              <Space size="small">
                {opens(w.link) ? <Link to={w.link}>{t('warn.view')}</Link> : null}
                {mayAcknowledge(w) ? (
                  <Button size="small" onClick={() => setAcknowledging(w)} data-testid="acknowledge-warning">
                    {t('warn.acknowledge')}
                  </Button>
                ) : null}
              </Space>
            ),
          },
        ]}
      />
      <FormModal<{ note: string }>
        open={!!acknowledging}
        title={`${t('warn.ackTitle')}${acknowledging ? ` · ${label(WARNING_KIND, acknowledging.kind)}` : ''}`}
        testId="acknowledge-dialog"
        onClose={() => setAcknowledging(null)}
        onSubmit={(v) => mutate(acknowledge({ variables: { id: acknowledging?.id ?? '', note: v.note } }))}
      >
        {() => (
          <Form.Item
            name="note"
            label={t('warn.ackNote')}
            extra={t('warn.ackHint')}
            rules={[required(t, 'warn.ackNote')]}
          >
            <Input.TextArea rows={3} id="note" />
          </Form.Item>
        )}
      </FormModal>
    </>
  );
}
