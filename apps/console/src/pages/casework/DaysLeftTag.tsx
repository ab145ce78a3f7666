// The urgency of an open case at a glance: working days left on the county calendar, coloured as the
// deadline nears; overdue cases say by how many working days.
import { Tag } from 'antd';
import { useT } from '../../i18n';

/** Two working days or fewer is urgent; five or fewer, near. */
const colour = (days: number) => (days <= 2 ? 'orange' : days <= 5 ? 'gold' : 'green');

export function DaysLeftTag({ days, overdue }: { days: number | null | undefined; overdue: boolean }) {
  const t = useT();
  if (days === null || days === undefined) return null;
  if (overdue || days < 0)
    return (
      <Tag color="red" style={{ marginTop: 4 }}>
        {t('case.overdueBy', { n: Math.abs(days) })}
      </Tag>
    );
  return (
    <Tag color={colour(days)} style={{ marginTop: 4 }} data-testid="days-left">
      {days === 0 ? t('case.dueToday') : t('case.daysLeft', { n: days })}
    </Tag>
  );
}
