// CSV that Excel opens as UTF-8 (BOM) and never evaluates: a cell starting with = + - @ (or tab/CR) is a
// formula to a spreadsheet, so it gets a leading apostrophe, unless it is a plain number such as -12.50.
export type Cell = string | number | null | undefined;

const NUMBER = /^-?\d+(\.\d+)?$/;

/** The cell as a spreadsheet may safely show it. */
export function safeCell(v: Cell): string {
  const s = v === null || v === undefined ? '' : String(v);
  return /^[=+\-@\t\r]/.test(s) && !NUMBER.test(s) ? `'${s}` : s;
}

/** Header and rows as CSV text (CRLF, every cell quoted), starting with the UTF-8 byte-order mark. */
export function toCsv(header: string[], rows: Cell[][]): string {
  const cell = (v: Cell) => `"${safeCell(v).replace(/"/g, '""')}"`;
  return `\uFEFF${[header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}
