// Supervisors' view (县监察委): objections open past their deadlines, and who read which civil servant's
// full credit file. Read-only; the log itself is written by the credit subgraph on every such read.
import { Space, Tag } from 'antd';
import { graphql } from '../../gql';
import type { FileReadLogQuery, OverdueObjectionsQuery } from '../../gql/graphql';
import { useT } from '../../i18n';
import { ListPage } from '../../components/ListPage';
import { useStaffColumn } from '../../components/StaffName';
import { localTime } from '../../components/fields';

const OVERDUE = graphql(`
  query OverdueObjections($page: Int, $pageSize: Int) {
    overdueObjections(page: $page, pageSize: $pageSize) {
      total
      items {
        id
        status
        reason
        filedBy
        filedOn
        acceptDeadline
        decisionDeadline
        record {
          id
          subjectName
          documentNumber
        }
      }
    }
  }
`);

const READ_LOG = graphql(`
  query FileReadLog($page: Int, $pageSize: Int, $readerName: String, $civilServantId: ID) {
    creditFileReadLog(page: $page, pageSize: $pageSize, readerName: $readerName, civilServantId: $civilServantId) {
      total
      items {
        id
        readerName
        civilServantId
        civilServant {
          id
          name
          department {
            id
            name
          }
        }
        what
        at
      }
    }
  }
`);

type Overdue = OverdueObjectionsQuery['overdueObjections']['items'][number];
type Read = FileReadLogQuery['creditFileReadLog']['items'][number];

export default function OversightPage() {
  const t = useT();
  const staffColumn = useStaffColumn();
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <ListPage
        title="ov.overdue"
        query={OVERDUE}
        pick={(d) => d?.overdueObjections}
        rowKey={(r: Overdue) => r.id}
        exportName="overdue-objections"
        columns={[
          { key: 'subject', title: 'cr.subjectName', text: (r) => r.record.subjectName },
          { key: 'document', title: 'cr.documentNumber', text: (r) => r.record.documentNumber },
          { key: 'reason', title: 'ob.reason', text: (r) => r.reason },
          { key: 'filedOn', title: 'ob.filedOn', text: (r) => r.filedOn },
          {
            key: 'acceptDeadline',
            title: 'ob.acceptDeadline',
            text: (r) => r.acceptDeadline,
            render: (r) => (r.status === 'FILED' ? <Tag color="red">{r.acceptDeadline}</Tag> : r.acceptDeadline),
          },
          {
            key: 'decisionDeadline',
            title: 'ob.decisionDeadline',
            text: (r) => r.decisionDeadline,
            render: (r) => <Tag color="red">{r.decisionDeadline}</Tag>,
          },
        ]}
      />
      <ListPage
        title="ov.readLog"
        query={READ_LOG}
        pick={(d) => d?.creditFileReadLog}
        rowKey={(r: Read) => r.id}
        exportName="credit-file-reads"
        // by the reader's username (the log keeps it); a civil servant is named, never an id to type
        filters={[{ name: 'readerName', label: 'ov.readerUsername', type: 'text' }]}
        columns={[
          // the county's time, not the stored UTC instant
          { key: 'at', title: 'ov.at', text: (r) => localTime(r.at) },
          staffColumn<Read>('reader', 'ov.reader', (r) => r.readerName),
          {
            key: 'servant',
            title: 'ov.servant',
            text: (r) => r.civilServant?.name,
            under: ['servantDepartment'],
          },
          { key: 'servantDepartment', title: 'ov.servantDepartment', text: (r) => r.civilServant?.department.name },
          {
            key: 'what',
            title: 'ov.what',
            text: (r) => t(`ov.${r.what}` as 'ov.RECORDS'),
            render: (r) => (
              <Tag color={r.what === 'ID_NUMBER' ? 'orange' : 'default'}>{t(`ov.${r.what}` as 'ov.RECORDS')}</Tag>
            ),
          },
        ]}
      />
    </Space>
  );
}
