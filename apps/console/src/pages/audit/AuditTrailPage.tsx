// 操作日志: every change a domain's subgraph committed (its audit trail, written in the change's own transaction),
// newest first, for supervisors (县纪委监委) and administrators, who alone may read it. One domain at a time, as
// each subgraph answers for its own data; the domain is in the URL with the list's filters, so a link keeps it.
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { Button, Select } from 'antd';
import { AUDIT_CATALOGUE, AUDIT_ENTITY, DOMAINS, isDomain, type Domain } from '@integrity/rules';
import { graphql } from '../../gql';
import type { AuditTrailQuery } from '../../gql/graphql';
import { useT } from '../../i18n';
import { ListPage } from '../../components/ListPage';
import { useStaffColumn } from '../../components/StaffName';
import { localTime } from '../../components/fields';
import { DOMAIN } from '../../labels/domain';
import { useLabel } from '../../labels/useLabel';
import { AuditEntryDrawer, useActionName, type AuditEntryShown } from './AuditEntryDrawer';

// one document: the chosen domain's trail is included, the others are not asked
const TRAIL = graphql(`
  query AuditTrail(
    $page: Int
    $pageSize: Int
    $entityType: String
    $entityId: String
    $directory: Boolean!
    $credit: Boolean!
    $procurement: Boolean!
    $investment: Boolean!
    $debt: Boolean!
    $supervision: Boolean!
    $casework: Boolean!
  ) {
    directoryAuditTrail(page: $page, pageSize: $pageSize, entityType: $entityType, entityId: $entityId)
      @include(if: $directory) {
      ...AuditTrailPage
    }
    creditAuditTrail(page: $page, pageSize: $pageSize, entityType: $entityType, entityId: $entityId)
      @include(if: $credit) {
      ...AuditTrailPage
    }
    procurementAuditTrail(page: $page, pageSize: $pageSize, entityType: $entityType, entityId: $entityId)
      @include(if: $procurement) {
      ...AuditTrailPage
    }
    investmentAuditTrail(page: $page, pageSize: $pageSize, entityType: $entityType, entityId: $entityId)
      @include(if: $investment) {
      ...AuditTrailPage
    }
    debtAuditTrail(page: $page, pageSize: $pageSize, entityType: $entityType, entityId: $entityId) @include(if: $debt) {
      ...AuditTrailPage
    }
    supervisionAuditTrail(page: $page, pageSize: $pageSize, entityType: $entityType, entityId: $entityId)
      @include(if: $supervision) {
      ...AuditTrailPage
    }
    caseworkAuditTrail(page: $page, pageSize: $pageSize, entityType: $entityType, entityId: $entityId)
      @include(if: $casework) {
      ...AuditTrailPage
    }
  }

  fragment AuditTrailPage on AuditEntryPage {
    total
    items {
      id
      at
      actorName
      action
      entityType
      entityId
      requestId
      before
      after
    }
  }
`);

const FIELD = {
  DIRECTORY: 'directoryAuditTrail',
  CREDIT: 'creditAuditTrail',
  PROCUREMENT: 'procurementAuditTrail',
  INVESTMENT: 'investmentAuditTrail',
  DEBT: 'debtAuditTrail',
  SUPERVISION: 'supervisionAuditTrail',
  CASEWORK: 'caseworkAuditTrail',
} as const satisfies Record<Domain, keyof AuditTrailQuery>;

type Entry = AuditEntryShown & { requestId: string };

export default function AuditTrailPage() {
  const staffColumn = useStaffColumn();
  const t = useT();
  const { label, options } = useLabel();
  const [params, setParams] = useSearchParams();
  const actionName = useActionName();
  const [shown, setShown] = useState<Entry | null>(null);
  const asked = params.get('domain') ?? '';
  const domain: Domain = isDomain(asked) ? asked : 'CREDIT';
  const variables = useMemo(
    () => ({
      directory: domain === 'DIRECTORY',
      credit: domain === 'CREDIT',
      procurement: domain === 'PROCUREMENT',
      investment: domain === 'INVESTMENT',
      debt: domain === 'DEBT',
      supervision: domain === 'SUPERVISION',
      casework: domain === 'CASEWORK',
    }),
    [domain],
  );
  // another domain's kinds of record are not this one's: its filters and page start afresh
  const choose = (next: string) => setParams(new URLSearchParams({ domain: next }), { replace: true });

  return (
    <>
      <ListPage
        key={domain}
        title="au.title"
        query={TRAIL}
        variables={variables}
        pick={(d: AuditTrailQuery | undefined) => d?.[FIELD[domain]] ?? undefined}
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
          { key: 'entityId', title: 'au.entityId', text: (r) => r.entityId },
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
