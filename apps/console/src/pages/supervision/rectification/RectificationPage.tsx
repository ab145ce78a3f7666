// 整改督办: rectification orders and inspections as tabs (tab and filters in the URL). Supervisors and
// SUPERVISION officers order and decide; the addressed department's officers report.
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { Tabs } from 'antd';
import { useT } from '../../../i18n';
import type { PageProps } from '../../page-props';
import { useDepartmentOptions } from '../../directory/common';
import { InspectionsTab } from './InspectionsTab';
import { RectificationDialogs } from './RectificationDialogs';
import { RectificationsTab } from './RectificationsTab';
import type { RectificationModal } from './modal';

export default function RectificationPage({ write }: PageProps) {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') ?? 'orders';
  const [modal, setModal] = useState<RectificationModal>(null);
  const departmentOptions = useDepartmentOptions();

  return (
    <>
      <Tabs
        activeKey={tab}
        destroyOnHidden
        onChange={(key) => setParams(new URLSearchParams({ tab: key }))}
        items={[
          {
            key: 'orders',
            label: t('rect.orders'),
            children: <RectificationsTab write={write} departmentOptions={departmentOptions} open={setModal} />,
          },
          {
            key: 'inspections',
            label: t('rect.inspections'),
            children: <InspectionsTab write={write} departmentOptions={departmentOptions} open={setModal} />,
          },
        ]}
      />
      <RectificationDialogs modal={modal} close={() => setModal(null)} departmentOptions={departmentOptions} />
    </>
  );
}
