// 案件办理: every case a user may see — complaints, petitions, 12345 transfers, NPC suggestions and CPPCC
// proposals, judicial and procuratorial recommendations — with the deadline of the stage it is in, counted in
// working days or months by the versioned rule; the county's case office triages, assigns, replies, extends
// the reply period once and closes.
import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Button, Tag, Tooltip } from 'antd';
import { CASE_KINDS, CASE_STATUSES, OPEN_CASE_STATUSES } from '@integrity/rules';
import { graphql } from '../../gql';
import type { CasesQuery } from '../../gql/graphql';
import { useT } from '../../i18n';
import { actionCell } from '../../components/action-cell';
import { ListPage } from '../../components/ListPage';
import { CalendarMissingTag } from '../../components/CalendarMissingTag';
import { CASE_KIND, CASE_STATUS } from '../../labels';
import { useLabel } from '../../labels/useLabel';
import type { PageProps } from '../page-props';
import { countyWideIn } from '../../access';
import { useSessionUser } from '../../session-context';
import { CaseDialogs, type CaseStep } from './CaseDialogs';
import { DaysLeftTag } from './DaysLeftTag';
import { CaseDeadlineDialogs } from './CaseDeadlineDialogs';
import { CASE_DEADLINE_RULES, canExtend } from './extension';

/** A case's number: the office's tracking number, or the sender's own for a case registered from a document. */
const caseNumber = (r: { trackingNumber?: string | null; sourceNumber?: string | null }) =>
  r.trackingNumber ?? r.sourceNumber ?? '';

const CASES = graphql(`
  query Cases(
    $page: Int
    $pageSize: Int
    $kind: CaseKind
    $status: CaseStatus
    $departmentId: ID
    $overdueOnly: Boolean
  ) {
    cases(
      page: $page
      pageSize: $pageSize
      kind: $kind
      status: $status
      departmentId: $departmentId
      overdueOnly: $overdueOnly
    ) {
      total
      items {
        id
        version
        kind
        status
        title
        sourceNumber
        trackingNumber
        receivedOn
        deadline
        replyDeadline
        extendedOn
        overdue
        workingDaysLeft
        calendarMissing
        department {
          id
          name
        }
        coHandlers {
          id
        }
      }
    }
  }
`);

type Row = CasesQuery['cases']['items'][number];

export default function CasesPage({ write }: PageProps) {
  const t = useT();
  const { label } = useLabel();
  const [step, setStep] = useState<CaseStep>(null);
  // the rules decide where 延期 is offered; only those who work cases need them
  const rules = useQuery(CASE_DEADLINE_RULES, { skip: !write });
  const extensionRules = rules.data?.caseDeadlineRules ?? [];
  // the case office (county-wide CASEWORK) registers, triages, assigns, extends and closes; a department replies
  const office = countyWideIn(useSessionUser(), 'CASEWORK');
  const open = (kind: NonNullable<CaseStep>['kind'], r: Row) =>
    setStep({
      kind,
      caseId: r.id,
      caseKind: r.kind,
      title: r.title,
      version: r.version,
      assigned: r.department ? { departmentId: r.department.id, coHandlerIds: r.coHandlers.map((h) => h.id) } : null,
    });
  return (
    <>
      <ListPage
        title="case.inbox"
        query={CASES}
        pick={(d) => d?.cases}
        rowKey={(r: Row) => r.id}
        exportName="cases"
        filters={[
          {
            name: 'kind',
            label: 'case.kind',
            type: 'select',
            options: CASE_KINDS.map((k) => ({ value: k, label: label(CASE_KIND, k) })),
          },
          {
            name: 'status',
            label: 'case.status',
            type: 'select',
            options: CASE_STATUSES.map((s) => ({ value: s, label: label(CASE_STATUS, s) })),
          },
          {
            name: 'overdueOnly',
            label: 'case.overdueOnly',
            type: 'yes',
          },
        ]}
        columns={[
          {
            key: 'title',
            title: 'case.titleAndNumber',
            exportTitle: 'case.title',
            text: (r) => r.title,
            width: 220,
            render: (r) => <span data-testid="case-title">{r.title}</span>,
            under: ['number'],
          },
          { key: 'kind', title: 'case.kind', text: (r) => label(CASE_KIND, r.kind) },
          {
            key: 'number',
            title: 'case.number',
            text: caseNumber,
            render: (r) => <span data-testid="case-number">{caseNumber(r)}</span>,
          },
          { key: 'department', title: 'case.department', text: (r) => r.department?.name ?? t('case.unassigned') },
          { key: 'receivedOn', title: 'case.receivedOn', text: (r) => r.receivedOn },
          {
            key: 'deadline',
            title: 'case.deadline',
            text: (r) => r.deadline ?? '',
            // the date over its tags: the inbox fits a laptop's width with the status and actions in view
            render: (r) => (
              <div data-testid="case-deadline">
                <div>{r.deadline ?? '—'}</div>
                <DaysLeftTag days={r.workingDaysLeft} overdue={r.overdue} />
                {r.extendedOn ? (
                  <Tooltip title={t('case.extendedOn', { date: r.extendedOn })}>
                    <Tag color="blue">{t('case.extended')}</Tag>
                  </Tooltip>
                ) : null}
                <CalendarMissingTag show={r.calendarMissing} />
              </div>
            ),
          },
          {
            key: 'status',
            title: 'case.status',
            text: (r) => label(CASE_STATUS, r.status),
            render: (r) => <Tag data-testid="case-status">{label(CASE_STATUS, r.status)}</Tag>,
          },
          ...(write
            ? [
                {
                  key: 'actions',
                  title: 'common.actions' as const,
                  text: () => '',
                  // nothing left to do on a closed case: the cell is empty, and the column goes when every row's is
                  render: (r: Row) =>
                    actionCell(
                      !office ? null : r.status === 'RECEIVED' ? (
                        <Button size="small" onClick={() => open('triage', r)}>
                          {t('case.triage')}
                        </Button>
                      ) : (OPEN_CASE_STATUSES as readonly string[]).includes(r.status) ? (
                        <Button size="small" onClick={() => open('assign', r)}>
                          {t('case.assign')}
                        </Button>
                      ) : null,
                      r.status === 'ASSIGNED' ? (
                        <Button size="small" type="primary" onClick={() => open('reply', r)}>
                          {t('case.reply')}
                        </Button>
                      ) : null,
                      office && canExtend(r, extensionRules) ? (
                        <Button size="small" onClick={() => open('extend', r)}>
                          {t('case.extend')}
                        </Button>
                      ) : null,
                      office && r.status === 'REPLIED' ? (
                        <Button size="small" type="primary" onClick={() => open('close', r)}>
                          {t('case.close')}
                        </Button>
                      ) : null,
                    ),
                },
              ]
            : []),
        ]}
      />
      <CaseDialogs step={step} close={() => setStep(null)} />
      <CaseDeadlineDialogs step={step} close={() => setStep(null)} />
    </>
  );
}
