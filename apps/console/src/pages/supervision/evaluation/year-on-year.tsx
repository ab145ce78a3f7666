// The year-on-year cell: last year's final score and the change, coloured (up green, down red).
import { Typography } from 'antd';

export function yearOnYear(score: number, last: number | undefined) {
  if (last === undefined) return '—';
  const change = Math.round((score - last) * 100) / 100;
  const sign = change > 0 ? '↑' : change < 0 ? '↓' : '';
  return (
    <span data-testid="year-on-year">
      {last}
      {change !== 0 && (
        <Typography.Text type={change > 0 ? 'success' : 'danger'} style={{ marginLeft: 6 }}>
          {`${sign}${Math.abs(change)}`}
        </Typography.Text>
      )}
    </span>
  );
}
