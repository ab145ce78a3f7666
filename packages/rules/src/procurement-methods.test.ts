import { describe, expect, it } from 'vitest';
import { methodFitsCategory, needsNonOpenApproval } from './procurement-methods.js';

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

  it('asks for the approval of another method than 公开招标 for goods and services from 4,000,000.00 yuan on', () => {
    expect(needsNonOpenApproval('SERVICES', 'COMPETITIVE_CONSULTATION', 399_999_999n)).toBe(false);
    expect(needsNonOpenApproval('SERVICES', 'COMPETITIVE_CONSULTATION', 400_000_000n)).toBe(true);
    expect(needsNonOpenApproval('GOODS', 'INQUIRY', 400_000_000n)).toBe(true);
    expect(needsNonOpenApproval('GOODS', 'OPEN', 900_000_000n)).toBe(false);
    // works follow the Tendering Law, not this threshold
    expect(needsNonOpenApproval('WORKS', 'COMPETITIVE_NEGOTIATION', 900_000_000n)).toBe(false);
  });
});
