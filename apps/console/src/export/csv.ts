// CSV that Excel opens as UTF-8 (BOM) and never evaluates; the cell rule is the shared one (@integrity/rules
// csvCell), which the credit subgraph's exchange files use too.
import { csvCell, spreadsheetSafe } from '@integrity/rules';

export type Cell = string | number | null | undefined;

/** The cell as a spreadsheet may safely show it (unquoted). */
export const safeCell = (v: Cell): string => spreadsheetSafe(v);

/** Header and rows as CSV text (CRLF, every cell quoted), starting with the UTF-8 byte-order mark. */
export function toCsv(header: string[], rows: Cell[][]): string {
  return `\uFEFF${[header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
