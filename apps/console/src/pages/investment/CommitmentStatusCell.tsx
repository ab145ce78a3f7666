// A commitment's status as its list shows it: the tag, with the recorded breach or waiver (and the investor's
// consent) on hover, and the number of a breach's finding under it.
import { Tag, Tooltip, Typography } from 'antd';
import { useT } from '../../i18n';
import { COMMITMENT_STATUS } from '../../labels';
import { useLabel } from '../../labels/useLabel';
import type { Commitment } from './modal';

const STATUS_COLOR: Record<string, string> = {
  PENDING: 'blue',
  PARTIALLY_FULFILLED: 'gold',
  FULFILLED: 'green',
  OVERDUE: 'red',
  BREACHED: 'magenta',
  WAIVED: 'default',
};

export function CommitmentStatusCell({ commitment: r }: { commitment: Commitment }) {
  const t = useT();
  const { label } = useLabel();
  const consent = r.investorConsent
    ? t('inv.consentLine', { number: r.investorConsent.documentNumber, date: r.investorConsent.date })
    : '';
  const waiver = r.waiverNote ? [r.waiverNote, consent].filter(Boolean).join('；') : undefined;
  return (
    <>
      <Tooltip title={r.breachNote ?? waiver}>
        <Tag color={STATUS_COLOR[r.status]}>{label(COMMITMENT_STATUS, r.status)}</Tag>
      </Tooltip>
      {r.breachDocumentNumber ? (
        // the number alone keeps the column narrow; what it is, on hover
        <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }} title={t('common.findingNumber')}>
          {r.breachDocumentNumber}
        </Typography.Text>
      ) : null}
    </>
  );
}
