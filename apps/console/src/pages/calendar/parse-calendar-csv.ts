// A year's holiday arrangement as a CSV, one day a line: date,kind,name — kind HOLIDAY or WORKDAY (or 休 / 班,
// 节假日 / 调休上班 as officers write them). A header line and blank lines are skipped. Pure.
import { isIsoDate } from '@integrity/rules';
export interface CsvDay {
  date: string;
  kind: 'HOLIDAY' | 'WORKDAY';
  name: string;
}

export interface ParsedCsv {
  days: CsvDay[];
  /** Line numbers (from 1) that could not be read, with the line as written. */
  invalid: { line: number; text: string }[];
}

const KINDS: Record<string, CsvDay['kind']> = {
  HOLIDAY: 'HOLIDAY',
  休: 'HOLIDAY',
  节假日: 'HOLIDAY',
  法定节假日: 'HOLIDAY',
  WORKDAY: 'WORKDAY',
  班: 'WORKDAY',
  调休上班: 'WORKDAY',
  调休工作日: 'WORKDAY',
};

export function parseCalendarCsv(text: string, year: number): ParsedCsv {
  const days: CsvDay[] = [];
  const invalid: ParsedCsv['invalid'] = [];
  text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .forEach((raw, i) => {
      const line = raw.trim();
      if (!line || /^date\s*,/i.test(line) || line.startsWith('日期')) return;
      const [date = '', kind = '', ...name] = line.split(/[,，]/).map((c) => c.trim().replace(/^"|"$/g, ''));
      const mapped = KINDS[kind.toUpperCase()] ?? KINDS[kind];
      if (!isIsoDate(date) || !date.startsWith(`${year}-`) || !mapped || !name.join(',').trim())
        invalid.push({ line: i + 1, text: raw });
      else days.push({ date, kind: mapped, name: name.join(',').trim() });
    });
  return { days, invalid };
}
