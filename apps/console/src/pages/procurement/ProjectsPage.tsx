import { useState } from 'react';
import { Button, Dropdown, Space, Tag } from 'antd';
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { ProcurementProjectsQuery } from '../../gql/graphql';
import { useT } from '../../i18n';
import { ListPage } from '../../components/ListPage';
import { yuan } from '../../components/fields';
import { useActionFeedback } from '../../components/action-feedback';
import type { PageProps } from '../page-props';
import { useDepartmentOptions } from '../directory/common';
import ProjectDrawer from './ProjectDrawer';
import { CreateProjectDialog } from './CreateProjectDialog';
import { LateInterestSummary } from './LateInterestSummary';
import { LprDialog } from './LprDialog';
import { useOcdsDownload } from './useOcdsDownload';
import { PROCUREMENT_CATEGORY, PROCUREMENT_METHOD, PROCUREMENT_STATUS } from '../../labels';
import { useLabel } from '../../labels/useLabel';
import { countyWideIn } from '../../access';
import { useSessionUser } from '../../session-context';

// AWARDED, CONTRACTED and ACCEPTED are reached through award, contract signing and acceptance in the
// project drawer, which record what they need; the menu offers only the plain moves.
const THROUGH_DRAWER = new Set(['AWARDED', 'CONTRACTED', 'ACCEPTED']);
const plainMoves = <T extends string>(moves: readonly T[]): T[] => moves.filter((m) => !THROUGH_DRAWER.has(m));

const PROJECTS = graphql(`
  query ProcurementProjects(
    $page: Int
    $pageSize: Int
    $status: ProcurementStatus
    $purchaserId: ID
    $search: String
    $category: ProcurementCategory
    $method: ProcurementMethod
    $sortBy: ProcurementProjectSortField
    $sortDirection: SortDirection
  ) {
    procurementProjects(
      page: $page
      pageSize: $pageSize
      status: $status
      purchaserId: $purchaserId
      search: $search
      category: $category
      method: $method
      sortBy: $sortBy
      sortDirection: $sortDirection
    ) {
      total
      items {
        id
        ocid
        title
        category
        method
        budget
        status
        allowedTransitions
        version
        purchaser {
          id
          name
        }
      }
    }
  }
`);

const TRANSITION = graphql(`
  mutation TransitionProcurementProject($id: ID!, $to: ProcurementStatus!) {
    transitionProcurementProject(id: $id, to: $to) {
      id
      status
      allowedTransitions
    }
  }
`);

type Row = ProcurementProjectsQuery['procurementProjects']['items'][number];

export default function ProjectsPage({ write }: PageProps) {
  // the LPR table is the county finance office's (county-wide PROCUREMENT)
  const me = useSessionUser();
  const t = useT();
  const { label, options } = useLabel();
  const { fail, report } = useActionFeedback();
  const [open, setOpen] = useState(false);
  const [detail, setDetail] = useState<string | null>(null);
  const [transition] = useMutation(TRANSITION, { refetchQueries: 'active' });
  const departmentOptions = useDepartmentOptions();
  const downloadOcds = useOcdsDownload(fail);

  return (
    <>
      <ListPage
        title="pr.projects"
        query={PROJECTS}
        pick={(d) => d?.procurementProjects}
        rowKey={(r: Row) => r.id}
        exportName="procurement-projects"
        filters={[
          { name: 'search', label: 'common.search', type: 'text' },
          {
            name: 'status',
            label: 'pr.status',
            type: 'select',
            options: options(PROCUREMENT_STATUS),
          },
          { name: 'purchaserId', label: 'pr.purchaser', type: 'select', options: departmentOptions },
          {
            name: 'category',
            label: 'pr.category',
            type: 'select',
            options: options(PROCUREMENT_CATEGORY),
          },
          {
            name: 'method',
            label: 'pr.method',
            type: 'select',
            options: options(PROCUREMENT_METHOD),
          },
        ]}
        columns={[
          {
            key: 'title',
            title: 'pr.title',
            text: (r) => r.title,
            render: (r) => <a onClick={() => setDetail(r.id)}>{r.title}</a>,
            sort: { server: 'TITLE' },
          },
          { key: 'purchaser', title: 'pr.purchaser', text: (r) => r.purchaser.name },
          {
            key: 'category',
            title: 'pr.categoryAndMethod',
            exportTitle: 'pr.category',
            text: (r) => label(PROCUREMENT_CATEGORY, r.category),
            under: ['method'],
          },
          { key: 'method', title: 'pr.method', text: (r) => label(PROCUREMENT_METHOD, r.method) },
          {
            key: 'budget',
            title: 'pr.budget',
            text: (r) => r.budget,
            render: (r) => yuan(r.budget),
            sort: { server: 'BUDGET' },
          },
          {
            key: 'status',
            title: 'pr.status',
            text: (r) => label(PROCUREMENT_STATUS, r.status),
            render: (r) => (
              <Tag color={r.status === 'CANCELLED' ? 'default' : 'blue'}>{label(PROCUREMENT_STATUS, r.status)}</Tag>
            ),
          },
          // for integrators: in the export and the project's drawer, not a column officers read
          { key: 'ocid', title: 'pr.ocid', text: (r) => r.ocid, exportOnly: true },
          {
            key: 'actions',
            title: 'common.actions',
            text: () => '',
            render: (r) => (
              <Space>
                <Button size="small" icon={<DownloadOutlined />} onClick={() => void downloadOcds(r.id)}>
                  {t('pr.ocds')}
                </Button>
                {write && plainMoves(r.allowedTransitions).length ? (
                  <Dropdown
                    menu={{
                      items: plainMoves(r.allowedTransitions).map((s) => ({
                        key: s,
                        label: label(PROCUREMENT_STATUS, s),
                      })),
                      onClick: ({ key }) => report(transition({ variables: { id: r.id, to: key as Row['status'] } })),
                    }}
                  >
                    <Button size="small">{t('pr.transition')}</Button>
                  </Dropdown>
                ) : null}
              </Space>
            ),
          },
        ]}
        toolbar={
          <Space>
            <LateInterestSummary />
            {countyWideIn(me, 'PROCUREMENT') ? <LprDialog /> : null}
            {write ? (
              <Button type="primary" icon={<PlusOutlined />} data-testid="create" onClick={() => setOpen(true)}>
                {t('pr.new')}
              </Button>
            ) : null}
          </Space>
        }
      />
      <ProjectDrawer id={detail} write={write} onClose={() => setDetail(null)} />
      <CreateProjectDialog open={open} onClose={() => setOpen(false)} departmentOptions={departmentOptions} />
    </>
  );
}
