// Related fields on a smaller, grey line under a cell's value: how a list that would not fit the screen shows
// them without a column of their own.
import type { ReactNode } from 'react';
import { Typography } from 'antd';

export function SecondaryLine({ children, testId }: { children: ReactNode; testId?: string }) {
  return (
    <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid={testId}>
      {children}
    </Typography.Text>
  );
}
