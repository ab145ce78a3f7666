// 督促检查: inspections of departments and towns, newest first, each finding with the order opened from it.
import { Button, Space, Tag } from 'antd';
import { graphql } from '../../../gql';
import { useT } from '../../../i18n';
import { ListPage } from '../../../components/ListPage';
import { RECTIFICATION_STATUS } from '../../../labels';
import { useLabel } from '../../../labels/useLabel';
import type { Inspection, RectificationModal } from './modal';
import { STATUS_COLOR } from './RectificationsTab';

export const INSPECTIONS = graphql(`
  query Inspections($page: Int, $pageSize: Int, $departmentId: ID) {
    inspections(page: $page, pageSize: $pageSize, departmentId: $departmentId) {
      total
      items {
        id
        inspectedOn
        team
        department {
          id
          name
        }
        findings {
          id
          seq
          text
          rectification {
            status
          }
        }
      }
    }
  }
`);

interface Props {
  write: boolean;
  departmentOptions: { value: string; label: string }[];
  open: (modal: RectificationModal) => void;
}

export function InspectionsTab({ write, departmentOptions, open }: Props) {
  const t = useT();
  const { label } = useLabel();
  return (
    <ListPage
      title="rect.inspections"
      query={INSPECTIONS}
      pick={(d) => d?.inspections}
      rowKey={(r: Inspection) => r.id}
      exportName="inspections"
      toolbar={
        write ? (
          <Button type="primary" onClick={() => open({ kind: 'inspection' })} data-testid="new-inspection">
            {t('rect.newInspection')}
          </Button>
        ) : undefined
      }
      filters={[{ name: 'departmentId', label: 'rect.inspected', type: 'select', options: departmentOptions }]}
      columns={[
        { key: 'inspectedOn', title: 'rect.inspectedOn' },
        { key: 'department.name', title: 'rect.inspected' },
        { key: 'team', title: 'rect.team' },
        {
          key: 'findings',
          title: 'rect.findings',
          text: (r) => r.findings.map((f) => `${f.seq}. ${f.text}`).join('；'),
          render: (r) => (
            <Space direction="vertical" size={4}>
              {r.findings.map((f) => (
                <Space key={f.id} size="small" wrap>
                  <span>
                    {f.seq}. {f.text}
                  </span>
                  {f.rectification ? (
                    <Tag color={STATUS_COLOR[f.rectification.status]}>
                      {label(RECTIFICATION_STATUS, f.rectification.status)}
                    </Tag>
                  ) : write ? (
                    <Button
                      size="small"
                      data-testid="order-from-finding"
                      onClick={() =>
                        open({ kind: 'order', finding: { id: f.id, text: f.text, departmentId: r.department.id } })
                      }
                    >
                      {t('rect.orderFromFinding')}
                    </Button>
                  ) : (
                    <Tag>{t('rect.noOrder')}</Tag>
                  )}
                </Space>
              ))}
            </Space>
          ),
        },
      ]}
    />
  );
}
