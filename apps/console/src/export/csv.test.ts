import { describe, expect, it } from 'vitest';
import { safeCell, toCsv } from './csv';

describe('CSV export', () => {
  it('starts with the BOM and quotes every cell', () => {
    expect(toCsv(['名称', 'n'], [['饶平县"财政局"', 3]])).toBe('\uFEFF"名称","n"\r\n"饶平县""财政局""","3"\r\n');
  });

  it('neutralises formulas but keeps negative numbers', () => {
    expect(safeCell('=HYPERLINK("x")')).toBe(`'=HYPERLINK("x")`);
    expect(safeCell('+1 (555)')).toBe(`'+1 (555)`);
    expect(safeCell('@SUM(A1)')).toBe(`'@SUM(A1)`);
    expect(safeCell('-cmd')).toBe(`'-cmd`);
    expect(safeCell('-12.50')).toBe('-12.50');
    expect(safeCell(null)).toBe('');
  });
});
