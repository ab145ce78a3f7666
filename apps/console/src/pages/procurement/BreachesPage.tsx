// 违约失信记录: procurement breach records per responsible department (the dashboard drills down here with
// ?departmentId=), and recording a new one. Commitment breaches are the investment page's BREACHED filter.
import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Button, Form, Input, Select } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { graphql } from '../../gql';
import type { ProcurementBreachesQuery } from '../../gql/graphql';
import { useT } from '../../i18n';
import { useStaffColumn } from '../../components/StaffName';
import { ListPage } from '../../components/ListPage';
import { FormModal, mutate } from '../../components/FormModal';
import { FindingNumberItem, required } from '../../components/fields';
import { useSessionUser } from '../../session-context';
import { useDepartmentOptions } from '../directory/common';
import ProjectDrawer from './ProjectDrawer';

const BREACHES = graphql(`
  query ProcurementBreaches($page: Int, $pageSize: Int, $departmentId: ID) {
    procurementBreaches(page: $page, pageSize: $pageSize, departmentId: $departmentId) {
      total
      items {
        id
        projectId
        project {
          id
          title
        }
        pppProject {
          id
          name
        }
        description
        documentNumber
        recordedOn
        recordedBy
        department {
          id
          name
        }
      }
    }
  }
`);

const RECORD = graphql(`
  mutation RecordProcurementBreach($input: RecordBreachInput!) {
    recordProcurementBreach(input: $input) {
      id
    }
  }
`);

type Row = ProcurementBreachesQuery['procurementBreaches']['items'][number];

export default function BreachesPage({ write }: { write: boolean }) {
  const staffColumn = useStaffColumn();
  const t = useT();
  const me = useSessionUser();
  const [open, setOpen] = useState(false);
  const [project, setProject] = useState<string | null>(null);
  const [record] = useMutation(RECORD, { refetchQueries: 'active' });
  const departmentOptions = useDepartmentOptions();

  return (
    <>
      <ListPage
        title="breach.title"
        query={BREACHES}
        pick={(d) => d?.procurementBreaches}
        rowKey={(r: Row) => r.id}
        exportName="procurement-breaches"
        filters={[{ name: 'departmentId', label: 'breach.department', type: 'select', options: departmentOptions }]}
        columns={[
          { key: 'recordedOn', title: 'breach.recordedOn' },
          { key: 'department.name', title: 'breach.department' },
          // the finding under what it found; a column of its own in the export
          { key: 'description', title: 'breach.description', under: ['documentNumber'] },
          {
            key: 'documentNumber',
            title: 'common.findingNumber',
            text: (r) => r.documentNumber ?? '',
            render: (r) => (r.documentNumber ? t('common.findingLine', { number: r.documentNumber }) : null),
          },
          {
            key: 'projectId',
            title: 'breach.project',
            // the project by its title, opening its drawer; a PPP project by its name
            text: (r) => r.project?.title ?? r.pppProject?.name ?? t('breach.noProject'),
            render: (r) =>
              r.project ? (
                <a onClick={() => setProject(r.project!.id)}>{r.project.title}</a>
              ) : (
                (r.pppProject?.name ?? t('breach.noProject'))
              ),
          },
          staffColumn<Row>('recordedBy', 'breach.recordedBy', (r) => r.recordedBy),
        ]}
        toolbar={
          write ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)} data-testid="create">
              {t('breach.record')}
            </Button>
          ) : null
        }
      />
      <ProjectDrawer id={project} write={false} onClose={() => setProject(null)} />
      <FormModal<{ departmentId: string; description: string; documentNumber?: string }>
        open={open}
        title={t('breach.record')}
        initialValues={{ departmentId: me?.department?.id }}
        onClose={() => setOpen(false)}
        testId="breach-record"
        onSubmit={(v) => mutate(record({ variables: { input: v } }))}
      >
        {() => (
          <>
            <Form.Item name="departmentId" label={t('breach.department')} rules={[required(t, 'breach.department')]}>
              <Select showSearch optionFilterProp="label" options={departmentOptions} />
            </Form.Item>
            <Form.Item name="description" label={t('breach.description')} rules={[required(t, 'breach.description')]}>
              <Input.TextArea rows={3} id="description" />
            </Form.Item>
            <FindingNumberItem t={t} example="饶财采〔2026〕12号" />
          </>
        )}
      </FormModal>
    </>
  );
}
