// A deadline counted over weekends only, because its year's holiday arrangement is not loaded yet: said beside
// the date while the deadline still runs, with what it means on hover.
import { Tag, Tooltip } from 'antd';
import { useT } from '../i18n';

export function CalendarMissingTag({ show }: { show: boolean }) {
  const t = useT();
  if (!show) return null;
  return (
    <Tooltip title={t('ob.calendarMissingHint')}>
      <Tag color="gold" style={{ marginLeft: 4 }}>
        {t('ob.calendarMissing')}
      </Tag>
    </Tooltip>
  );
}
