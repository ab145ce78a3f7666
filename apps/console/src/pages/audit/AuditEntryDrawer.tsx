// One audit entry: who changed what when, and the record as stored before and after, item by item, each item
// and code by its name (an item or code the console does not know is shown as stored: the trail is evidence).
// A creation shows what was recorded; a change shows what changed, every item on request.
import { useMemo, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Descriptions, Drawer, Switch, Table, Tag, Typography } from 'antd';
import { AUDIT_ENTITY, auditActionName } from '@integrity/rules';
import { useI18n, useT } from '../../i18n';
import { StaffName, useStaffNames } from '../../components/StaffName';
import { useActionName } from '../../components/useActionName';
import { localTime } from '../../components/fields';
import { useLabel } from '../../labels/useLabel';
import { DEPARTMENT_OPTIONS, REGIONS } from '../directory/common';
import { ACTOR_ITEM, actorsIn, auditItems, valueText, type AuditItem } from './audit-items';
import { auditFieldName } from './audit-fields';
import { itemKind } from './audit-values';

/** Items that hold a region's code (区划代码): a region's parent, a debt region, an agreement's town. */
const REGION_ITEM = /^(regionCode|townCode|parentCode)$/;

export interface AuditEntryShown {
  id: string;
  at: string;
  actorName: string;
  action: string;
  entityType: string;
  entityId: string;
  requestId?: string;
  before?: unknown;
  after?: unknown;
}

export function AuditEntryDrawer({ entry, onClose }: { entry: AuditEntryShown | null; onClose: () => void }) {
  const t = useT();
  const { locale } = useI18n();
  const { label } = useLabel();
  // who acted, in the record or inside its nested records (a payment's recordedBy): read together, by name once read
  const actorText = useStaffNames(useMemo(() => (entry ? actorsIn([entry.before, entry.after]) : []), [entry]));
  const actionName = useActionName();
  const [changedOnly, setChangedOnly] = useState(true);
  const items = entry ? auditItems(entry.before, entry.after) : [];
  const created = entry ? entry.before === null || entry.before === undefined : false;
  const changed = items.filter((i) => i.changed);
  const shown = created ? items.filter((i) => i.after !== null) : changedOnly ? changed : items;
  // a department's id, wherever a record keeps one, reads as the department's name
  const departments = useQuery(DEPARTMENT_OPTIONS, { skip: entry === null });
  const names = useMemo(
    () => new Map((departments.data?.departments.items ?? []).map((d) => [d.id, d.name])),
    [departments.data],
  );
  // a region's code reads as its name (潮州市饶平县 445122 as 饶平县), only in items that hold one
  const regions = useQuery(REGIONS, { skip: entry === null });
  const regionNames = useMemo(
    () => new Map((regions.data?.regions ?? []).map((r) => [r.code, r.name])),
    [regions.data],
  );
  const words = {
    locale,
    yes: t('common.yes'),
    no: t('common.no'),
    time: localTime,
    named: (id: string) => names.get(id),
    actor: actorText,
    none: t('au.empty'),
  };
  const value = (i: AuditItem, side: 'before' | 'after') => {
    // who did it (createdBy, decidedBy…): an account by its name, a service or the public as such
    const stored = i[side];
    if (ACTOR_ITEM.test(i.name) && typeof stored === 'string') return actorText(stored);
    if (REGION_ITEM.test(i.name) && typeof stored === 'string' && regionNames.has(stored))
      return `${regionNames.get(stored)}（${stored}）`;
    const text = valueText(i[side], entry ? itemKind(entry.entityType, i.name) : {}, words);
    if (text === null) return <Typography.Text type="secondary">{t('au.absent')}</Typography.Text>;
    // a nested list (a schedule, a contract's milestones) one entry per line
    return <span style={{ whiteSpace: 'pre-line' }}>{text}</span>;
  };
  const itemName = (i: AuditItem) => {
    // a snapshot that is a list (a replaced schedule): its entries by their place
    if (/^\d+$/.test(i.name)) return t('au.listEntry', { n: i.name });
    const name = entry ? auditFieldName(entry.entityType, i.name) : undefined;
    return name ? name[locale] : <Typography.Text code>{i.name}</Typography.Text>;
  };
  return (
    <Drawer open={entry !== null} onClose={onClose} size="large" title={t('au.entryTitle')} data-testid="audit-entry">
      {entry ? (
        <>
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={t('au.at')}>{localTime(entry.at)}</Descriptions.Item>
            <Descriptions.Item label={t('au.actor')}>
              <StaffName username={entry.actorName} />
            </Descriptions.Item>
            <Descriptions.Item label={t('au.action')}>
              {actionName(entry.action)}
              {/* a code no longer in the catalogue is shown as stored too, for the record */}
              {auditActionName(entry.action) ? null : <Typography.Text code>{entry.action}</Typography.Text>}
            </Descriptions.Item>
            <Descriptions.Item label={t('au.entityType')}>{label(AUDIT_ENTITY, entry.entityType)}</Descriptions.Item>
            <Descriptions.Item label={t('au.entityId')}>{entry.entityId}</Descriptions.Item>
            {entry.requestId ? (
              <Descriptions.Item label={t('au.requestId')}>{entry.requestId}</Descriptions.Item>
            ) : null}
          </Descriptions>
          <div style={{ margin: '16px 0 8px' }}>
            {created ? (
              <Typography.Text strong>{t('au.recorded')}</Typography.Text>
            ) : (
              <>
                <Switch size="small" checked={changedOnly} onChange={setChangedOnly} />{' '}
                <span>{t('au.changedOnly', { changed: changed.length, all: items.length })}</span>
              </>
            )}
          </div>
          <Table
            size="small"
            rowKey="name"
            pagination={false}
            dataSource={shown}
            columns={[
              {
                key: 'name',
                title: t('au.item'),
                width: '26%',
                render: (_, i) => (
                  <>
                    {itemName(i)}
                    {i.changed && !changedOnly && !created ? (
                      <Tag color="orange" style={{ marginLeft: 8 }}>
                        {t('au.changed')}
                      </Tag>
                    ) : null}
                  </>
                ),
              },
              ...(created
                ? []
                : [
                    {
                      key: 'before',
                      title: t('au.before'),
                      width: '37%',
                      render: (_: unknown, i: AuditItem) => value(i, 'before'),
                    },
                  ]),
              {
                key: 'after',
                title: created ? t('au.content') : t('au.after'),
                render: (_, i) => value(i, 'after'),
              },
            ]}
          />
        </>
      ) : null}
    </Drawer>
  );
}
