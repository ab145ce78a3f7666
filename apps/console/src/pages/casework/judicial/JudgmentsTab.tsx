// 生效判决: effective judgments against county bodies, earliest due first, with what is paid and outstanding,
// whether fulfilment is overdue, and whether the court listed the body as a dishonest judgment debtor (those
// first, so they show without scrolling).
import { Button, Tag, Tooltip } from 'antd';
import { graphql } from '../../../gql';
import { actionCell } from '../../../components/action-cell';
import { useT } from '../../../i18n';
import { ListPage } from '../../../components/ListPage';
import { LongText } from '../../../components/LongText';
import { yuan } from '../../../components/fields';
import { JUDGMENT_STATUS } from '../../../labels';
import { useLabel } from '../../../labels/useLabel';
import type { JudgmentRow, JudicialModal } from './modal';
import { countyWideIn } from '../../../access';
import { useSessionUser } from '../../../session-context';

export const JUDGMENTS = graphql(`
  query Judgments($page: Int, $pageSize: Int, $departmentId: ID, $status: JudgmentStatus) {
    judgments(page: $page, pageSize: $pageSize, departmentId: $departmentId, status: $status) {
      total
      items {
        id
        caseNumber
        court
        department {
          id
          name
        }
        obligation
        amount
        fulfilledAmount
        effectiveOn
        dueOn
        fulfilledOn
        status
        listedOn
        listingDocument
        version
      }
    }
  }
`);

const STATUS_COLOR: Record<string, string> = { PENDING: 'blue', UNFULFILLED: 'red', FULFILLED: 'green' };

interface Props {
  write: boolean;
  departmentOptions: { value: string; label: string }[];
  open: (modal: JudicialModal) => void;
}

export function JudgmentsTab({ write, departmentOptions, open }: Props) {
  // a listing as a dishonest judgment debtor is recorded by the county-wide CASEWORK office
  const office = countyWideIn(useSessionUser(), 'CASEWORK');
  const t = useT();
  const { label, options } = useLabel();
  return (
    <ListPage
      title="judicial.judgments"
      query={JUDGMENTS}
      pick={(d) => d?.judgments}
      rowKey={(r: JudgmentRow) => r.id}
      exportName="judgments"
      toolbar={
        write ? (
          <Button type="primary" onClick={() => open({ kind: 'judgment' })} data-testid="new-judgment">
            {t('judicial.newJudgment')}
          </Button>
        ) : undefined
      }
      filters={[
        { name: 'departmentId', label: 'judicial.obligor', type: 'select', options: departmentOptions },
        { name: 'status', label: 'judicial.status', type: 'select', options: options(JUDGMENT_STATUS) },
      ]}
      columns={[
        {
          key: 'caseNumber',
          title: 'judicial.caseAndCourt',
          exportTitle: 'judicial.caseNumber',
          width: 215,
          under: ['court'],
        },
        { key: 'department.name', title: 'judicial.obligor', width: 150 },
        {
          key: 'status',
          title: 'judicial.status',
          text: (r) => label(JUDGMENT_STATUS, r.status),
          render: (r) => <Tag color={STATUS_COLOR[r.status]}>{label(JUDGMENT_STATUS, r.status)}</Tag>,
          // listed by the court as a dishonest judgment debtor: under the status, never in a column of 否
          under: ['listed'],
        },
        {
          key: 'listed',
          title: 'judicial.listed',
          text: (r) => (r.listedOn ? `${t('common.yes')} ${r.listedOn}` : t('common.no')),
          render: (r) =>
            r.listedOn ? (
              <Tooltip title={`${t('judicial.listedOn', { date: r.listedOn })}：${r.listingDocument ?? ''}`}>
                <Tag color="volcano" style={{ marginTop: 4 }}>
                  {t('judicial.listed')}
                </Tag>
              </Tooltip>
            ) : null,
        },
        {
          key: 'amount',
          title: 'judicial.amountAndFulfilled',
          exportTitle: 'judicial.amount',
          text: (r) => yuan(r.amount),
          under: ['fulfilledAmount'],
        },
        {
          key: 'fulfilledAmount',
          title: 'judicial.fulfilledAmount',
          text: (r) => yuan(r.fulfilledAmount),
          render: (r) => t('judicial.fulfilledLine', { amount: yuan(r.fulfilledAmount) }),
        },
        {
          key: 'dueOn',
          title: 'judicial.dueAndEffective',
          exportTitle: 'judicial.dueOn',
          under: ['effectiveOn'],
        },
        {
          key: 'effectiveOn',
          title: 'judicial.effectiveOn',
          render: (r) => t('judicial.effectiveLine', { date: r.effectiveOn }),
        },
        {
          key: 'obligation',
          title: 'judicial.obligation',
          width: 150,
          // the judgment's words can run long: two lines here, the whole on hover and in the export
          render: (r) => <LongText text={r.obligation} />,
        },
        { key: 'court', title: 'judicial.court' },
        ...(write
          ? [
              {
                key: 'actions',
                title: 'common.actions' as const,
                text: () => '',
                render: (r: JudgmentRow) =>
                  actionCell(
                    r.status !== 'FULFILLED' ? (
                      <Button size="small" type="primary" onClick={() => open({ kind: 'fulfilment', judgment: r })}>
                        {t('judicial.recordFulfilment')}
                      </Button>
                    ) : null,
                    !r.listedOn && office ? (
                      <Button size="small" danger onClick={() => open({ kind: 'listed', judgment: r })}>
                        {t('judicial.markListed')}
                      </Button>
                    ) : null,
                  ),
              },
            ]
          : []),
      ]}
    />
  );
}
