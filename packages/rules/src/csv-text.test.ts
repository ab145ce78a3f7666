import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv-text.js';

describe('parseCsv', () => {
  it('reads quoted commas, quotes and line breaks, keeping each row’s first line and its place in the text', () => {
    const text = '\uFEFFa,b\r\n"x,1","say ""hi"""\r\n\r\n"two\nlines",z\nlast,row';
    const rows = parseCsv(text);
    expect(rows.map((r) => r.cells)).toEqual([
      ['a', 'b'],
      ['x,1', 'say "hi"'],
      ['two\nlines', 'z'],
      ['last', 'row'],
    ]);
    expect(rows.map((r) => r.line)).toEqual([1, 2, 4, 6]);
    expect(rows.map((r) => text.slice(r.start, r.end))).toEqual([
      'a,b',
      '"x,1","say ""hi"""',
      '"two\nlines",z',
      'last,row',
    ]);
  });
});
