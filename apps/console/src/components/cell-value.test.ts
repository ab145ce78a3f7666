import { describe, expect, it } from 'vitest';
import { cellValue } from './cell-value';

const row = { title: '道路改造', purchaser: { name: '县交通运输局' }, budget: '1200000.00', missing: null };

describe('cellValue', () => {
  it('reads the text function first', () => {
    expect(cellValue(row, { key: 'purchaser', text: (r) => r.purchaser.name })).toBe('县交通运输局');
  });
  it('reads a dotted path when there is no text function', () => {
    expect(cellValue(row, { key: 'purchaser.name' })).toBe('县交通运输局');
    expect(cellValue(row, { key: 'title' })).toBe('道路改造');
  });
  it('never returns an object', () => {
    expect(cellValue(row, { key: 'purchaser' })).toBeNull();
    expect(cellValue(row, { key: 'missing.name' })).toBeNull();
  });
});
