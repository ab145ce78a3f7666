// The departments and towns of the county: a list filtered by kind and region, each opening its detail page;
// an administrator creates and edits them (DepartmentDialog).
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import DepartmentDetail from './DepartmentDetail';
import { useQuery } from '@apollo/client/react';
import { Button, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { graphql } from '../../gql';
import type { DepartmentsQuery } from '../../gql/graphql';
import { useT } from '../../i18n';
import { ListPage } from '../../components/ListPage';
import type { PageProps } from '../page-props';
import { REGIONS } from './common';
import { DepartmentDialog } from './DepartmentDialog';
import { DEPARTMENT_KIND, DOMAIN } from '../../labels';
import { useLabel } from '../../labels/useLabel';

const DEPARTMENTS = graphql(`
  query Departments($page: Int, $pageSize: Int, $kind: DepartmentKind, $search: String, $regionCode: String) {
    departments(page: $page, pageSize: $pageSize, kind: $kind, search: $search, regionCode: $regionCode) {
      total
      items {
        id
        code
        name
        shortName
        kind
        uscc
        countyWideDomains
        version
        region {
          code
          name
        }
      }
    }
  }
`);

export type Department = DepartmentsQuery['departments']['items'][number];

export default function DepartmentsPage({ write }: PageProps) {
  const t = useT();
  const { label, options } = useLabel();
  const detailId = useParams()['*'];
  const [editing, setEditing] = useState<Department | 'new' | null>(null);
  const regions = useQuery(REGIONS);
  const regionOptions = (regions.data?.regions ?? []).map((r) => ({ value: r.code, label: `${r.name}（${r.code}）` }));
  const kindOptions = options(DEPARTMENT_KIND);

  if (detailId) return <DepartmentDetail id={detailId} />;

  return (
    <>
      <ListPage
        title="nav.departments"
        query={DEPARTMENTS}
        pick={(d) => d?.departments}
        rowKey={(r) => r.id}
        exportName="departments"
        filters={[
          { name: 'search', label: 'common.search', type: 'text' },
          { name: 'kind', label: 'department.kind', type: 'select', options: kindOptions },
          { name: 'regionCode', label: 'department.region', type: 'select', options: regionOptions },
        ]}
        columns={[
          { key: 'code', title: 'department.code', text: (r) => r.code },
          {
            key: 'name',
            title: 'department.name',
            text: (r) => r.name,
            render: (r) => <Link to={`/directory/departments/${r.id}`}>{r.name}</Link>,
          },
          { key: 'shortName', title: 'department.shortName', text: (r) => r.shortName },
          { key: 'uscc', title: 'department.uscc', text: (r) => r.uscc },
          {
            key: 'kind',
            title: 'department.kind',
            text: (r) => label(DEPARTMENT_KIND, r.kind),
            render: (r) => <Tag>{label(DEPARTMENT_KIND, r.kind)}</Tag>,
          },
          { key: 'region', title: 'department.region', text: (r) => r.region.name, render: (r) => r.region.name },
          {
            key: 'countyWideDomains',
            title: 'department.countyWideDomains',
            text: (r) => r.countyWideDomains.map((d) => label(DOMAIN, d)).join('、'),
            render: (r) => r.countyWideDomains.map((d) => <Tag key={d}>{label(DOMAIN, d)}</Tag>),
          },
          ...(write
            ? [
                {
                  key: 'actions',
                  title: 'common.actions' as const,
                  text: () => '',
                  render: (r: Department) => (
                    <Button size="small" onClick={() => setEditing(r)} data-testid={`edit-${r.code}`}>
                      {t('common.edit')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
        toolbar={
          write ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="create">
              {t('department.new')}
            </Button>
          ) : null
        }
      />
      <DepartmentDialog editing={editing} close={() => setEditing(null)} regionOptions={regionOptions} />
    </>
  );
}
