// 逾期利息: what the purchaser chosen in the filter (or every department together) owes its suppliers in late-payment
// interest as of today (保障中小企业款项支付条例第十七条), beside the projects list the dashboard drills into. The sum
// is the server's, over every milestone: no page of departments bounds it.
import { useSearchParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { Typography } from 'antd';
import { graphql } from '../../gql';
import { useT } from '../../i18n';
import { yuan } from '../../components/fields';

const LATE_INTEREST = graphql(`
  query LateInterestTotal($purchaserId: ID) {
    lateInterestTotal(purchaserId: $purchaserId)
  }
`);

export function LateInterestSummary() {
  const t = useT();
  const [params] = useSearchParams();
  const purchaserId = params.get('purchaserId');
  const { data } = useQuery(LATE_INTEREST, { variables: { purchaserId } });
  if (!data) return null;
  const amount = data.lateInterestTotal;
  return (
    <Typography.Text type={Number(amount) > 0 ? 'danger' : 'secondary'} data-testid="late-interest-summary">
      {t(purchaserId ? 'pr.lateInterestOfPurchaser' : 'pr.lateInterestOfCounty', { amount: yuan(amount) })}
    </Typography.Text>
  );
}
