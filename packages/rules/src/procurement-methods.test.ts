import { describe, expect, it } from 'vitest';
import { methodFitsCategory } from './procurement-methods.js';

describe('procurement methods by category (政府采购法第三十二条)', () => {
  it('lets goods use every method, 询价 included', () => {
    for (const m of ['OPEN', 'SELECTIVE', 'COMPETITIVE_NEGOTIATION', 'COMPETITIVE_CONSULTATION', 'LIMITED', 'INQUIRY'])
      expect(methodFitsCategory(m, 'GOODS')).toBe(true);
  });
  it('keeps 询价 from works and services, and lets them use the other methods', () => {
    for (const c of ['WORKS', 'SERVICES']) {
      expect(methodFitsCategory('INQUIRY', c)).toBe(false);
      for (const m of ['OPEN', 'SELECTIVE', 'COMPETITIVE_NEGOTIATION', 'COMPETITIVE_CONSULTATION', 'LIMITED'])
        expect(methodFitsCategory(m, c)).toBe(true);
    }
  });
});
