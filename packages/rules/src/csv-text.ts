// RFC 4180 CSV as the platforms write it: quoted cells may hold commas, quotes ("") and line breaks; a UTF-8
// byte-order mark is dropped. Each row keeps the line it starts on, for an import report, and where it lies in
// the text, so a large file can be sent in parts cut between rows (the console) and read the same way (credit).

export interface CsvRow {
  line: number;
  cells: string[];
  /** The row's text is `text.slice(start, end)` of the text given (its line break not included). */
  start: number;
  end: number;
}

export function parseCsv(text: string): CsvRow[] {
  const bom = text.startsWith('\uFEFF') ? 1 : 0;
  const src = text;
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  let from = bom;
  const finish = (end: number) => {
    cells.push(cell);
    if (cells.some((c) => c.trim() !== '')) rows.push({ line: start, cells, start: from, end });
    cells = [];
    cell = '';
  };
  for (let i = bom; i < src.length; i += 1) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line += 1;
        cell += ch;
      }
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === ',') {
      cells.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      const end = i;
      if (ch === '\r' && src[i + 1] === '\n') i += 1;
      finish(end);
      line += 1;
      start = line;
      from = i + 1;
    } else cell += ch;
  }
  finish(src.length);
  return rows;
}
