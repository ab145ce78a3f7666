// 任务台账: every duty of the county plan with its lead and co-operating departments, and for a chosen quarter
// each department's report coloured by its state; a department's officer reports progress from here.
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { Button, Select, Space, Tag, Tooltip, Typography } from 'antd';
import { chinaDate } from '@integrity/rules';
import { graphql } from '../../../gql';
import type { PlanTasksQuery } from '../../../gql/graphql';
import { useT } from '../../../i18n';
import { ListPage } from '../../../components/ListPage';
import { LongText } from '../../../components/LongText';
import { TASK_REPORT_STATE } from '../../../labels';
import { useLabel } from '../../../labels/useLabel';
import { useSessionUser } from '../../../session-context';
import { useDepartmentOptions } from '../../directory/common';
import { periodLabel, recentPeriods } from './periods';
import { ReportDialog } from './ReportDialog';

export const PLAN_TASKS = graphql(`
  query PlanTasks($page: Int, $pageSize: Int = 20, $departmentId: ID, $period: String!) {
    planTasks(page: $page, pageSize: $pageSize, departmentId: $departmentId) {
      total
      items {
        id
        text
        leadDepartments {
          name
        }
        cooperatingDepartments {
          name
        }
        otherLeadUnits
        otherCooperatingUnits
        # a town-wide duty has a line for every town: names come from the department options, the page
        # of 200 tasks an export asks for stays under half the gateway's cost limit
        reportLines(period: $period) {
          state
          department {
            id
          }
        }
      }
    }
  }
`);

export type PlanTask = PlanTasksQuery['planTasks']['items'][number];
// every town government can be named: a few lines, the whole list on hover
const clamp = (text: string) => <LongText text={text} rows={3} />;
const STATES = ['OVERDUE', 'LATE', 'DUE', 'ON_TIME', 'NOT_DUE'] as const;
const STATE_COLOR: Record<string, string> = {
  NOT_DUE: 'default',
  DUE: 'blue',
  ON_TIME: 'green',
  LATE: 'gold',
  OVERDUE: 'red',
};

export default function LedgerPage() {
  const t = useT();
  const { label } = useLabel();
  const me = useSessionUser();
  const periods = recentPeriods(chinaDate());
  const [params, setParams] = useSearchParams();
  const period = params.get('period') ?? periods[1]!;
  const [reporting, setReporting] = useState<PlanTask | null>(null);
  const departmentOptions = useDepartmentOptions();
  const nameOf = new Map(departmentOptions.map((o) => [o.value, o.label]));
  const lineName = (l: PlanTask['reportLines'][number]) => nameOf.get(l.department.id) ?? '—';
  const mine = (task: PlanTask) =>
    !!me?.roles.includes('OFFICER') && task.reportLines.some((l) => l.department.id === me.department?.id);
  // the departments, then what the plan names that no department stands for (县有关部门, a body not in the directory)
  const names = (ds: { name: string }[], others: string[]) => [...ds.map((d) => d.name), ...others].join('、') || '—';

  return (
    <>
      <ListPage
        title="ledger.title"
        query={PLAN_TASKS}
        pick={(d) => d?.planTasks}
        rowKey={(task: PlanTask) => task.id}
        exportName="plan-ledger"
        variables={{ period }}
        toolbar={
          <Space>
            <Typography.Text>{t('ledger.period')}</Typography.Text>
            <Select
              data-testid="ledger-period"
              value={period}
              style={{ width: 180 }}
              options={periods.map((p) => ({ value: p, label: periodLabel(p) }))}
              onChange={(p) => setParams((prev) => new URLSearchParams({ ...Object.fromEntries(prev), period: p }))}
            />
          </Space>
        }
        filters={[
          {
            name: 'departmentId',
            label: 'ledger.department',
            type: 'select',
            options: departmentOptions,
          },
        ]}
        columns={[
          { key: 'id', title: 'ledger.code', width: 90 },
          {
            key: 'text',
            title: 'ledger.duty',
            width: 260,
            render: (task) => clamp(task.text),
          },
          {
            key: 'lead',
            title: 'ledger.lead',
            width: 200,
            text: (task) => names(task.leadDepartments, task.otherLeadUnits),
            render: (task) => clamp(names(task.leadDepartments, task.otherLeadUnits)),
          },
          {
            key: 'cooperating',
            title: 'ledger.cooperating',
            width: 200,
            text: (task) => names(task.cooperatingDepartments, task.otherCooperatingUnits),
            render: (task) => clamp(names(task.cooperatingDepartments, task.otherCooperatingUnits)),
          },
          {
            key: 'reports',
            title: 'ledger.reports',
            width: 220,
            text: (task) =>
              task.reportLines.map((l) => `${lineName(l)}：${label(TASK_REPORT_STATE, l.state)}`).join('；'),
            // a duty of every town has dozens of lines: counted by state, the departments on hover
            render: (task) => (
              <Space size={[4, 4]} wrap>
                {STATES.map((state) => {
                  const lines = task.reportLines.filter((l) => l.state === state);
                  if (!lines.length) return null;
                  const own = lines.some((l) => l.department.id === me?.department?.id);
                  return (
                    <Tooltip key={state} title={lines.map(lineName).join('、')}>
                      <Tag color={STATE_COLOR[state]} data-testid={own ? 'own-report-state' : undefined}>
                        {`${label(TASK_REPORT_STATE, state)} ${lines.length}${own ? ` · ${t('ledger.own')}` : ''}`}
                      </Tag>
                    </Tooltip>
                  );
                })}
              </Space>
            ),
          },
          // only officers report progress: a leader's or supervisor's ledger has no actions column
          ...(me?.roles.includes('OFFICER')
            ? [
                {
                  key: 'actions',
                  title: 'common.actions' as const,
                  noExport: true,
                  width: 110,
                  render: (task: PlanTask) =>
                    mine(task) ? (
                      <Button size="small" data-testid="report-progress" onClick={() => setReporting(task)}>
                        {t('ledger.report')}
                      </Button>
                    ) : null,
                },
              ]
            : []),
        ]}
      />
      <ReportDialog task={reporting} period={period} close={() => setReporting(null)} />
    </>
  );
}
