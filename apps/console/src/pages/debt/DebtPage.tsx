// 政府债务: the regions' debt risk this year, and the debt instruments; each tab is its own file.
import { useSearchParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { Tabs } from 'antd';
import { chinaYear } from '@integrity/rules';
import { graphql } from '../../gql';
import { useT } from '../../i18n';
import type { PageProps } from '../page-props';
import { InstrumentsTab } from './InstrumentsTab';
import { RiskTab } from './RiskTab';

const RISK = graphql(`
  query DebtRiskByRegion($year: Int!) {
    regions {
      code
      name
      level
      debtRisk(year: $year) {
        year
        debtBalance
        fiscalResources
        debtLimit
        debtRatio
        debtServiceRatio
        overdueRatio
        level
        missingEmergencyPlan
        rated
        arrears
        defaultsWithoutIncident
      }
      debtClearance(year: $year) {
        kind
        planRecorded
        progress
        remaining
      }
      debtIncidents {
        id
        grade
        kind
        occurredOn
        amount
        response
        resolvedOn
        version
      }
    }
  }
`);

export default function DebtPage({ write }: PageProps) {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') ?? 'risk';
  const year = chinaYear();
  // both tabs need the regions: the risk query names them
  const risk = useQuery(RISK, { variables: { year } });
  // only county-level governments borrow: the instruments tab offers no town
  const regionOptions = (risk.data?.regions ?? [])
    .filter((r) => r.level === 'COUNTY')
    .map((r) => ({ value: r.code, label: r.name }));
  return (
    <Tabs
      activeKey={tab}
      destroyOnHidden
      onChange={(key) => setParams(new URLSearchParams({ tab: key }))}
      items={[
        {
          key: 'risk',
          label: t('debt.risk'),
          children: <RiskTab write={write} year={year} data={risk.data} loading={risk.loading} error={risk.error} />,
        },
        {
          key: 'instruments',
          label: t('debt.instruments'),
          children: <InstrumentsTab write={write} regionOptions={regionOptions} />,
        },
      ]}
    />
  );
}
