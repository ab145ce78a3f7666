// 年度考核: the evaluation cycle of a year and the scoring rules it applies, as tabs (tab and year in the URL).
import { useSearchParams } from 'react-router';
import { Tabs } from 'antd';
import { useT } from '../../../i18n';
import type { PageProps } from '../../page-props';
import { EvaluationCycleTab } from './EvaluationCycleTab';
import { ScoringRulesTab } from './ScoringRulesTab';

export default function EvaluationPage({ write }: PageProps) {
  const t = useT();
  const [params, setParams] = useSearchParams();
  return (
    <Tabs
      activeKey={params.get('tab') ?? 'cycle'}
      destroyOnHidden
      onChange={(key) => setParams(new URLSearchParams({ tab: key }))}
      items={[
        { key: 'cycle', label: t('eval.tabCycle'), children: <EvaluationCycleTab write={write} /> },
        { key: 'rules', label: t('eval.tabRules'), children: <ScoringRulesTab write={write} /> },
      ]}
    />
  );
}
