// Dates as an officer pastes them from the State Council's notice: one per line or separated by commas or
// spaces, and ranges "2027-02-06~2027-02-12" (also "至", "到", "–"). Month and day may lack their zero.
export interface ParsedDates {
  dates: string[];
  invalid: string[];
}

const DATE = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/;

function normalise(text: string): string | null {
  const m = DATE.exec(text.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

function* range(from: string, to: string): Generator<string> {
  for (let d = new Date(`${from}T00:00:00Z`); d <= new Date(`${to}T00:00:00Z`); d.setUTCDate(d.getUTCDate() + 1))
    yield d.toISOString().slice(0, 10);
}

/** Every date named in `text`, sorted and without repeats; what could not be read is returned as written. */
export function parseDates(text: string): ParsedDates {
  const found = new Set<string>();
  const invalid: string[] = [];
  const tokens = text
    .replace(/\s*(~|～|至|到|–|—)\s*/g, '~')
    .split(/[\s,，、;；]+/)
    .filter(Boolean);
  for (const token of tokens) {
    const [a, b, ...rest] = token.split('~');
    const from = normalise(a ?? '');
    const to = b === undefined ? from : normalise(b);
    if (!from || !to || rest.length || to < from || (b !== undefined && to.slice(0, 4) !== from.slice(0, 4))) {
      invalid.push(token);
      continue;
    }
    for (const d of range(from, to)) found.add(d);
  }
  return { dates: [...found].sort(), invalid };
}
