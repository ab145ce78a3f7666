// 业务环节信用核查记录 (二.4): every credit check credit logged where public money moved — bid, award, contract,
// investment agreement, commitment payment — with what it found. Read-only: the steps write it.
import { Tag } from 'antd';
import { localTime } from '../../components/fields';
import { CREDIT_CHECK_STEPS } from '@integrity/rules';
import { graphql } from '../../gql';
import type { CreditCheckLogQuery } from '../../gql/graphql';
import { useT } from '../../i18n';
import { useStaffColumn } from '../../components/StaffName';
import { ListPage } from '../../components/ListPage';
import { LongText } from '../../components/LongText';
import { CREDIT_CHECK_RESULT, CREDIT_CHECK_STEP } from '../../labels';
import { useLabel } from '../../labels/useLabel';

const CHECKS = graphql(`
  query CreditCheckLog($page: Int, $pageSize: Int, $subjectId: ID, $step: CreditCheckStep) {
    creditCheckLog(page: $page, pageSize: $pageSize, subjectId: $subjectId, step: $step) {
      total
      items {
        id
        checkedAt
        step
        subjectId
        subjectName
        result
        activeSeriousCount
        reasons
        service
        actor
        reference
      }
    }
  }
`);

type Row = CreditCheckLogQuery['creditCheckLog']['items'][number];
const RESULT_COLOR = { CLEAR: 'green', WARNED: 'orange', REFUSED: 'red' } as const;

export default function CreditChecksPage() {
  const staffColumn = useStaffColumn();
  const t = useT();
  const { label } = useLabel();
  const seen = (r: Row) => (r.reasons.length ? r.reasons.join('；') : t('cc.noRecord'));
  return (
    <ListPage
      title="cc.title"
      query={CHECKS}
      pick={(d) => d?.creditCheckLog}
      rowKey={(r: Row) => r.id}
      exportName="credit-checks"
      filters={[
        { name: 'subjectId', label: 'cc.uscc', type: 'text', placeholder: 'cc.usccPlaceholder' },
        {
          name: 'step',
          label: 'cc.step',
          type: 'select',
          options: CREDIT_CHECK_STEPS.map((s) => ({ value: s, label: label(CREDIT_CHECK_STEP, s) })),
        },
      ]}
      columns={[
        { key: 'checkedAt', title: 'cc.checkedAt', text: (r) => localTime(r.checkedAt) },
        // the system under the step, the code under the name: the list fits the screen
        {
          key: 'step',
          title: 'cc.step',
          text: (r) => label(CREDIT_CHECK_STEP, r.step),
          under: ['service'],
        },
        { key: 'subject', title: 'cc.subject', text: (r) => r.subjectName ?? r.subjectId, under: ['uscc'] },
        { key: 'uscc', title: 'cc.uscc', text: (r) => r.subjectId },
        {
          key: 'result',
          title: 'cc.result',
          text: (r) => label(CREDIT_CHECK_RESULT, r.result),
          render: (r) => <Tag color={RESULT_COLOR[r.result]}>{label(CREDIT_CHECK_RESULT, r.result)}</Tag>,
        },
        {
          key: 'reasons',
          title: 'cc.reasons',
          width: 360,
          text: seen,
          // the records seen can run long: two lines here, the whole on hover and in the export
          render: (r) => <LongText text={seen(r)} />,
        },
        { key: 'service', title: 'cc.service', text: (r) => t(`cc.service.${r.service}` as 'cc.service.procurement') },
        staffColumn<Row>('actor', 'cc.actor', (r) => r.actor),
        // the business record's id: for the export (and a lookup in its system), not for reading on screen
        { key: 'reference', title: 'cc.reference', text: (r) => r.reference, exportOnly: true },
      ]}
    />
  );
}
