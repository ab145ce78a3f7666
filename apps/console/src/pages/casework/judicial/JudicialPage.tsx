// 司法监督 (饶府〔2018〕35号 一.3): effective judgments against county bodies and their fulfilment, and
// hearings of administrative cases with the heads' appearance rate, as tabs (tab and filters in the URL).
// CASEWORK officers record for their own body or county-wide; the server decides who may do which.
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { Tabs } from 'antd';
import { useT } from '../../../i18n';
import type { PageProps } from '../../page-props';
import { useDepartmentOptions } from '../../directory/common';
import { HearingDialog } from './HearingDialog';
import { HearingsTab } from './HearingsTab';
import { JudgmentDialogs } from './JudgmentDialogs';
import { JudgmentsTab } from './JudgmentsTab';
import type { JudicialModal } from './modal';

export default function JudicialPage({ write }: PageProps) {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') ?? 'judgments';
  const [modal, setModal] = useState<JudicialModal>(null);
  // lists refetch themselves after a mutation; the rate table is counted by hand, so it is told to recount
  const [refresh, setRefresh] = useState(0);
  const close = () => {
    setModal(null);
    setRefresh((n) => n + 1);
  };
  const departmentOptions = useDepartmentOptions();
  const props = { write, refresh, departmentOptions, open: setModal };
  return (
    <div data-testid="judicial-page">
      <Tabs
        activeKey={tab}
        destroyOnHidden
        onChange={(key) => setParams(new URLSearchParams({ tab: key }))}
        items={[
          { key: 'judgments', label: t('judicial.judgments'), children: <JudgmentsTab {...props} /> },
          { key: 'hearings', label: t('judicial.hearings'), children: <HearingsTab {...props} /> },
        ]}
      />
      <JudgmentDialogs modal={modal} close={close} departmentOptions={departmentOptions} />
      <HearingDialog modal={modal} close={close} departmentOptions={departmentOptions} />
    </div>
  );
}
