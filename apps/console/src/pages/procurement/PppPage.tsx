// PPP projects: yearly government obligations held against 10% of the region's general budget
// expenditure. The cap is the server's rule (FISCAL_CAP_EXCEEDED with the figures); this page shows how
// much room is left before anyone tries.
import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Button, Space, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { graphql } from '../../gql';
import type { PppProjectsQuery } from '../../gql/graphql';
import { actionCell } from '../../components/action-cell';
import { useT } from '../../i18n';
import { ListPage } from '../../components/ListPage';
import { yuan } from '../../components/fields';
import type { PageProps } from '../page-props';
import { REGIONS } from '../directory/common';
import { PPP_MECHANISM, PPP_PHASE } from '../../labels';
import { chinaYear, pppCompletionDateMissing, pppTakesObligations } from '@integrity/rules';
import { useLabel } from '../../labels/useLabel';
import { PppTaskDialogs, type PppTask } from './PppTaskDialogs';
import { PppCapacityCard, STATUS_COLOR } from './PppCapacityCard';
import { PppProjectDialogs, type PppProjectDialog } from './PppProjectDialogs';
import { PppPartnerDialog, type PppPartnerTask } from './PppPartnerDialog';

const PROJECTS = graphql(`
  query PppProjects($page: Int, $pageSize: Int, $regionCode: String) {
    pppProjects(page: $page, pageSize: $pageSize, regionCode: $regionCode) {
      total
      items {
        id
        name
        phase
        mechanism
        procurementCompletedOn
        regionCode
        totalInvestment
        partnerUscc
        partnerName
        department {
          id
          name
        }
        obligations {
          id
          year
          amount
          paidAmount
          status
        }
      }
    }
  }
`);

type Project = PppProjectsQuery['pppProjects']['items'][number];

export default function PppPage({ write }: PageProps) {
  const t = useT();
  const { label } = useLabel();
  const [regionCode, setRegionCode] = useState('445122');
  const [year, setYear] = useState(chinaYear);
  const [modal, setModal] = useState<PppProjectDialog>(null);
  const [task, setTask] = useState<PppTask>(null);
  const [partnerFor, setPartnerFor] = useState<PppPartnerTask>(null);
  const regions = useQuery(REGIONS);
  const regionOptions = (regions.data?.regions ?? [])
    .filter((r) => r.level === 'COUNTY' || r.level === 'TOWN')
    .map((r) => ({ value: r.code, label: r.name }));

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <PppCapacityCard
        write={write}
        regionCode={regionCode}
        setRegionCode={setRegionCode}
        year={year}
        setYear={setYear}
        regionOptions={regionOptions}
        onPay={(obligation) => setTask({ kind: 'pay', obligation, projectName: obligation.project.name })}
      />
      <ListPage
        title="ppp.projects"
        query={PROJECTS}
        pick={(d) => d?.pppProjects}
        rowKey={(r: Project) => r.id}
        exportName="ppp-projects"
        columns={[
          {
            key: 'name',
            title: 'ppp.nameAndDepartment',
            exportTitle: 'ppp.name',
            text: (r) => r.name,
            width: 240,
            under: ['department.name'],
          },
          { key: 'department.name', title: 'ppp.department' },
          {
            key: 'phase',
            title: 'ppp.phaseAndMechanism',
            exportTitle: 'ppp.phase',
            text: (r) => label(PPP_PHASE, r.phase),
            render: (r) => <Tag data-testid="ppp-phase">{label(PPP_PHASE, r.phase)}</Tag>,
            width: 150,
            under: ['mechanism'],
          },
          {
            key: 'mechanism',
            title: 'ppp.mechanism',
            text: (r) =>
              `${label(PPP_MECHANISM, r.mechanism)}${pppCompletionDateMissing(r) ? `（${t('ppp.completedMissingTag')}）` : ''}`,
            render: (r) => (
              <Space size={4} wrap>
                {label(PPP_MECHANISM, r.mechanism)}
                {pppCompletionDateMissing(r) ? <Tag color="orange">{t('ppp.completedMissingTag')}</Tag> : null}
              </Space>
            ),
          },
          {
            key: 'partner',
            title: 'ppp.partner',
            text: (r) => r.partnerName ?? t('ppp.noPartner'),
            width: 170,
          },
          {
            key: 'total',
            title: 'ppp.totalInvestment',
            text: (r) => r.totalInvestment,
            render: (r) => yuan(r.totalInvestment),
          },
          {
            key: 'obligations',
            title: 'ppp.obligations',
            width: 190,
            text: (r) => r.obligations.map((o) => `${o.year}:${o.amount}`).join(' '),
            render: (r) => (
              <Space size={4} wrap>
                {r.obligations.map((o) => (
                  <Tag key={o.id} color={STATUS_COLOR[o.status]}>{`${o.year} · ${yuan(o.amount)}`}</Tag>
                ))}
              </Space>
            ),
          },
          ...(write
            ? [
                {
                  key: 'actions',
                  title: 'common.actions' as const,
                  render: (r: Project) =>
                    actionCell(
                      pppCompletionDateMissing(r) ? (
                        <Button
                          size="small"
                          onClick={() => setTask({ kind: 'completed', project: r })}
                          data-testid="ppp-completed-button"
                        >
                          {t('ppp.recordCompleted')}
                        </Button>
                      ) : null,
                      pppTakesObligations(r) ? (
                        <Button size="small" onClick={() => setModal({ kind: 'obligation', project: r })}>
                          {t('ppp.addObligation')}
                        </Button>
                      ) : null,
                      r.phase === 'PROCUREMENT' ? (
                        <Button size="small" onClick={() => setPartnerFor(r)} data-testid="ppp-partner-button">
                          {t('ppp.selectPartner')}
                        </Button>
                      ) : null,
                      r.phase !== 'TRANSFER' ? (
                        <Button
                          size="small"
                          onClick={() => setTask({ kind: 'advance', project: r })}
                          data-testid="ppp-advance-button"
                        >
                          {t('ppp.advance')}
                        </Button>
                      ) : null,
                    ),
                },
              ]
            : []),
        ]}
        toolbar={
          write ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setModal({ kind: 'create' })}>
              {t('ppp.new')}
            </Button>
          ) : null
        }
      />
      <PppTaskDialogs task={task} close={() => setTask(null)} />
      <PppPartnerDialog project={partnerFor} close={() => setPartnerFor(null)} />
      <PppProjectDialogs
        modal={modal}
        close={() => setModal(null)}
        regionCode={regionCode}
        year={year}
        regionOptions={regionOptions}
      />
    </Space>
  );
}
