// 操作日志: every change a domain's subgraph committed (its audit trail, written in the change's own transaction),
// newest first, for supervisors (县纪委监委) and administrators, who alone may read it. One domain at a time, as
// each subgraph answers for its own data; the domain is in the URL with the list's filters, so a link keeps it.
import { useState } from 'react';
import type { TypedDocumentNode } from '@apollo/client';
import { Link, useSearchParams } from 'react-router';
import { Button, Select, Tooltip } from 'antd';
import { AUDIT_CATALOGUE, AUDIT_ENTITY, DOMAINS, isDomain, type Domain } from '@integrity/rules';
import type { DirectoryAuditTrailQueryVariables } from '../../gql/graphql';
import { useT } from '../../i18n';
import { ListPage, type Paged } from '../../components/ListPage';
import { useStaffColumn } from '../../components/StaffName';
import { localTime } from '../../components/fields';
import { DOMAIN } from '../../labels/domain';
import { useLabel } from '../../labels/useLabel';
import { useActionName } from '../../components/useActionName';
import { AuditEntryDrawer, type AuditEntryShown } from './AuditEntryDrawer';
import { TRAILS } from './audit-trail.queries';

type Entry = AuditEntryShown & { requestId: string };
/** Every domain's answer has the same shape under its own field. */
type TrailData = Partial<Record<(typeof TRAILS)[Domain]['field'], Paged<Entry>>>;

export default function AuditTrailPage() {
  const staffColumn = useStaffColumn();
  const t = useT();
  const { label, options } = useLabel();
  const [params, setParams] = useSearchParams();
  const actionName = useActionName();
  const [shown, setShown] = useState<Entry | null>(null);
  const asked = params.get('domain') ?? '';
  const domain: Domain = isDomain(asked) ? asked : 'CREDIT';
  const trail = TRAILS[domain];
  // another domain's kinds of record are not this one's: its filters and page start afresh
  const choose = (next: string) => setParams(new URLSearchParams({ domain: next }), { replace: true });

  return (
    <>
      <ListPage
        key={domain}
        title="au.title"
        query={trail.query as unknown as TypedDocumentNode<TrailData, DirectoryAuditTrailQueryVariables>}
        pick={(d) => d?.[trail.field]}
        rowKey={(r: Entry) => r.id}
        exportName={`audit-trail-${domain.toLowerCase()}`}
        filters={[
          {
            name: 'entityType',
            label: 'au.entityType',
            type: 'select',
            options: options(AUDIT_CATALOGUE[domain].entities),
          },
          { name: 'entityId', label: 'au.entityId', type: 'text' },
        ]}
        toolbar={
          <Select
            data-testid="audit-domain"
            aria-label={t('au.domain')}
            value={domain}
            onChange={choose}
            style={{ minWidth: 140 }}
            options={DOMAINS.map((d) => ({ value: d, label: label(DOMAIN, d) }))}
          />
        }
        columns={[
          { key: 'at', title: 'au.at', text: (r) => localTime(r.at) },
          staffColumn('actor', 'au.actor', (r: Entry) => r.actorName),
          {
            key: 'action',
            title: 'au.action',
            text: (r) => actionName(r.action),
          },
          { key: 'entityType', title: 'au.entityType', text: (r) => label(AUDIT_ENTITY, r.entityType) },
          {
            key: 'entityId',
            title: 'au.entityId',
            text: (r) => r.entityId,
            // the record's whole history in this trail; Back returns to the list as it was
            render: (r) => (
              <Tooltip title={t('au.recordHistory')}>
                <Link
                  data-testid="audit-record"
                  to={`?${new URLSearchParams({ domain, entityType: r.entityType, entityId: r.entityId })}`}
                >
                  {r.entityId}
                </Link>
              </Tooltip>
            ),
          },
          // for whoever follows one request through the gateway's and subgraphs' logs
          { key: 'requestId', title: 'au.requestId', text: (r) => r.requestId, exportOnly: true },
          {
            key: 'detail',
            title: 'au.detail',
            text: () => '',
            noExport: true,
            render: (r) => (
              <Button size="small" onClick={() => setShown(r)}>
                {t('au.view')}
              </Button>
            ),
          },
        ]}
      />
      <AuditEntryDrawer entry={shown} onClose={() => setShown(null)} />
    </>
  );
}
