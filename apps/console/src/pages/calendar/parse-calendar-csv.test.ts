import { describe, expect, it } from 'vitest';
import { parseCalendarCsv } from './parse-calendar-csv';

describe('a year’s arrangement from CSV', () => {
  it('reads date,kind,name lines in English or Chinese kinds, skipping a header, a BOM and blank lines', () => {
    const csv =
      '\uFEFFdate,kind,name\r\n2027-01-01,HOLIDAY,元旦\r\n\r\n2027-02-06,休,春节\n2027-02-14,调休上班,春节调休\n';
    expect(parseCalendarCsv(csv, 2027)).toEqual({
      days: [
        { date: '2027-01-01', kind: 'HOLIDAY', name: '元旦' },
        { date: '2027-02-06', kind: 'HOLIDAY', name: '春节' },
        { date: '2027-02-14', kind: 'WORKDAY', name: '春节调休' },
      ],
      invalid: [],
    });
  });

  it('names every line it cannot take: another year, no such date, an unknown kind, no name', () => {
    const csv = '2026-12-31,HOLIDAY,跨年\n2027-02-30,HOLIDAY,春节\n2027-05-01,放假,劳动节\n2027-10-01,HOLIDAY,';
    expect(parseCalendarCsv(csv, 2027).invalid.map((x) => x.line)).toEqual([1, 2, 3, 4]);
  });
});
