// What a list cell holds: the column's `text` function, else its key read as a dotted path
// (`department.name`). An object is never shown raw: it shows nothing rather than "[object Object]".
export interface ValueColumn<Row> {
  key: string;
  text?: (row: Row) => string | number | null | undefined;
}

export function cellValue<Row>(row: Row, column: ValueColumn<Row>): string | number | null {
  if (column.text) return column.text(row) ?? null;
  let v: unknown = row;
  for (const part of column.key.split('.'))
    v = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[part] : undefined;
  return typeof v === 'string' || typeof v === 'number' ? v : typeof v === 'boolean' ? String(v) : null;
}

/** A cell that draws nothing: ListPage leaves out an actions column whose cells all are, and a grey line drops them. */
export const isEmptyCell = (v: unknown): boolean => v === undefined || v === null || v === '' || v === false;
