// A large import file in parts small enough for one request (the gateway takes 1 MB), each cut between rows:
// a CSV part is the header row and a run of rows exactly as the file has them, a JSON part a run of the array's
// objects. `lineOffset` makes the server's report name the whole file's lines (importCourtDebtorList).
import { parseCsv } from '@integrity/rules';

export interface FilePart {
  content: string;
  lineOffset: number;
  rows: number;
}

/** Well under the 1 MB a request may carry, counted in UTF-8 bytes (a Chinese character is three). */
export const PART_BYTES = 256 * 1024;

const bytes = (s: string) => new TextEncoder().encode(s).length;

export function csvParts(text: string, maxBytes = PART_BYTES): FilePart[] {
  const [header, ...rows] = parseCsv(text);
  if (!header || !rows.length) return [{ content: text, lineOffset: 0, rows: rows.length }];
  const head = text.slice(header.start, header.end);
  const headLines = head.split('\n').length;
  const parts: FilePart[] = [];
  let first = 0;
  let size = bytes(head) + 1;
  const cut = (upTo: number) => {
    const from = rows[first]!;
    const to = rows[upTo - 1]!;
    parts.push({
      content: `${head}\n${text.slice(from.start, to.end)}`,
      lineOffset: from.line - (headLines + 1),
      rows: upTo - first,
    });
    first = upTo;
  };
  rows.forEach((row, i) => {
    // the row and whatever blank lines precede it in the file (kept, so its line numbers stay right)
    const span = bytes(text.slice(i === 0 ? row.start : rows[i - 1]!.end, row.end));
    if (i > first && size + span > maxBytes) {
      cut(i);
      size = bytes(head) + 1;
    }
    size += span;
  });
  cut(rows.length);
  return parts;
}

/** A JSON array in parts; not an array: the whole text, for the server to refuse with its reason. */
export function jsonParts(text: string, maxBytes = PART_BYTES): FilePart[] {
  let items: unknown[];
  try {
    const parsed: unknown = JSON.parse(text);
    if (!Array.isArray(parsed)) throw new Error('not an array');
    items = parsed;
  } catch {
    return [{ content: text, lineOffset: 0, rows: 0 }];
  }
  const parts: FilePart[] = [];
  let batch: string[] = [];
  let size = 2;
  let first = 0;
  items.forEach((item, i) => {
    const json = JSON.stringify(item);
    const span = bytes(json) + 1;
    if (batch.length && size + span > maxBytes) {
      parts.push({ content: `[${batch.join(',')}]`, lineOffset: first, rows: batch.length });
      batch = [];
      size = 2;
      first = i;
    }
    batch.push(json);
    size += span;
  });
  parts.push({ content: `[${batch.join(',')}]`, lineOffset: first, rows: batch.length });
  return parts;
}
