// Text that can run long in a list cell (a reason, the records seen, a judgment's words): a few lines in the
// cell, the whole on hover, and the whole in the export (the column's `text`).
import { Typography } from 'antd';

export function LongText({ text, rows = 2 }: { text: string; rows?: number }) {
  return (
    <Typography.Paragraph ellipsis={{ rows, tooltip: text }} style={{ margin: 0 }}>
      {text}
    </Typography.Paragraph>
  );
}
