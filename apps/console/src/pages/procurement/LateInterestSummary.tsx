// 逾期利息: what the purchaser chosen in the filter (or every department together) owes its suppliers in late-payment
// interest as of today (保障中小企业款项支付条例第十七条), beside the projects list the dashboard drills into.
import { useSearchParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { Typography } from 'antd';
import { graphql } from '../../gql';
import { useT } from '../../i18n';
import { yuan } from '../../components/fields';
import { addYuan } from './late-interest-sum';

const LATE_INTEREST = graphql(`
  query DepartmentLateInterest {
    departments(pageSize: 200) {
      items {
        id
        lateInterest
      }
    }
  }
`);

export function LateInterestSummary() {
  const t = useT();
  const [params] = useSearchParams();
  const purchaserId = params.get('purchaserId');
  const { data } = useQuery(LATE_INTEREST);
  const items = data?.departments.items ?? [];
  if (!data) return null;
  const amount = purchaserId
    ? (items.find((d) => d.id === purchaserId)?.lateInterest ?? '0.00')
    : addYuan(items.map((d) => d.lateInterest));
  return (
    <Typography.Text type={Number(amount) > 0 ? 'danger' : 'secondary'} data-testid="late-interest-summary">
      {t(purchaserId ? 'pr.lateInterestOfPurchaser' : 'pr.lateInterestOfCounty', { amount: yuan(amount) })}
    </Typography.Text>
  );
}
