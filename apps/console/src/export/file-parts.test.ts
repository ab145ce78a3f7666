import { describe, expect, it } from 'vitest';
import { parseCsv } from '@integrity/rules';
import { csvParts, jsonParts } from './file-parts';

const HEADER = '案号,被执行人名称,统一社会信用代码,执行法院,发布时间';
const row = (n: number) => `（2026）粤5122执${n}号,"某局,分局",11445122000000000X,饶平县人民法院,2026-11-02`;

describe('file parts', () => {
  it('cuts a CSV between rows, each part with the header, and maps every row back to its line in the file', () => {
    const lines = [HEADER, row(1), '', row(2), '"（2026）粤5122执3号","两行\n名称",x,y,2026-11-02', row(4), row(5)];
    const text = lines.join('\r\n');
    const whole = parseCsv(text).slice(1);
    const parts = csvParts(text, 200);
    expect(parts.length).toBeGreaterThan(2);
    expect(parts.reduce((n, p) => n + p.rows, 0)).toBe(whole.length);
    const seen = parts.flatMap((p) => {
      const [head, ...rows] = parseCsv(p.content);
      expect(head!.cells.join(',')).toBe(HEADER);
      return rows.map((r) => ({ line: r.line + p.lineOffset, cells: r.cells }));
    });
    expect(seen).toEqual(whole.map((r) => ({ line: r.line, cells: r.cells })));
  });

  it('keeps a small CSV whole', () => {
    const text = [HEADER, row(1), row(2)].join('\n');
    expect(csvParts(text)).toEqual([{ content: text, lineOffset: 0, rows: 2 }]);
  });

  it('cuts a JSON array between objects; the offset is the first object’s index', () => {
    const items = Array.from({ length: 50 }, (_, i) => ({ 案号: `（2026）粤5122执${i}号`, 被执行人名称: '某局' }));
    const parts = jsonParts(JSON.stringify(items), 400);
    expect(parts.length).toBeGreaterThan(3);
    const back = parts.flatMap((p) =>
      (JSON.parse(p.content) as unknown[]).map((item, i) => ({ line: i + 1 + p.lineOffset, item })),
    );
    expect(back).toEqual(items.map((item, i) => ({ line: i + 1, item })));
    expect(jsonParts('{"not":"an array"}')).toEqual([{ content: '{"not":"an array"}', lineOffset: 0, rows: 0 }]);
  });
});
