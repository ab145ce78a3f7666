// 招商引资: agreements, commitments and policies as tabs (tab and filters in the URL), each tab and each
// group of dialogs in its own file beside its operations.
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { Tabs } from 'antd';
import { useT } from '../../i18n';
import type { PageProps } from '../page-props';
import { useDepartmentOptions, REGIONS } from '../directory/common';
import { AgreementsTab } from './AgreementsTab';
import { CommitmentsTab } from './CommitmentsTab';
import { PoliciesTab } from './PoliciesTab';
import { AgreementDialogs } from './AgreementDialogs';
import { CommitmentDialogs } from './CommitmentDialogs';
import { PolicyDialogs } from './PolicyDialogs';
import type { InvestmentModal } from './modal';

export default function InvestmentPage({ write }: PageProps) {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') ?? (params.get('departmentId') || params.get('status') ? 'commitments' : 'agreements');
  const regions = useQuery(REGIONS);
  const [modal, setModal] = useState<InvestmentModal>(null);
  const close = () => setModal(null);

  const departmentOptions = useDepartmentOptions();
  const townOptions = (regions.data?.regions ?? [])
    .filter((r) => r.level === 'TOWN')
    .map((r) => ({ value: r.code, label: r.name }));

  return (
    <>
      <Tabs
        activeKey={tab}
        destroyOnHidden
        onChange={(key) => setParams(new URLSearchParams({ tab: key }))}
        items={[
          {
            key: 'agreements',
            label: t('inv.agreements'),
            children: (
              <AgreementsTab
                write={write}
                departmentOptions={departmentOptions}
                townOptions={townOptions}
                open={setModal}
              />
            ),
          },
          {
            key: 'commitments',
            label: t('inv.commitments'),
            children: <CommitmentsTab write={write} departmentOptions={departmentOptions} open={setModal} />,
          },
          { key: 'policies', label: t('inv.policies'), children: <PoliciesTab write={write} open={setModal} /> },
        ]}
      />
      <AgreementDialogs modal={modal} close={close} departmentOptions={departmentOptions} townOptions={townOptions} />
      <CommitmentDialogs modal={modal} close={close} />
      <PolicyDialogs modal={modal} close={close} />
    </>
  );
}
