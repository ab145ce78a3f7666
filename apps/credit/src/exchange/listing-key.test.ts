import { describe, expect, it } from 'vitest';
import { listingCase, listingKey } from './listing-key.js';

describe('listingKey', () => {
  it('reads the court list’s case number and casework’s listing decision as one listing of one department', () => {
    const court = listingKey('d1', '（2026）粤5122执45号');
    expect(listingKey('d1', '(2026)粤5122执45号之一')).toBe(court);
    expect(listingKey('d1', ' （2026） 粤5122执45号之二')).toBe(court);
    expect(listingKey('d1', '（2026）粤5122执45号')).toBe(court);
    expect(listingKey('d1', '〔2026〕粤5122执45号之一')).toBe(court);
    expect(listingKey('d1', '【２０２６】粤5122执45号')).toBe(court);
    // what the unique column holds: 64 hex characters, however long or unusual the number
    expect(court).toMatch(/^[0-9a-f]{64}$/);
    // the keys stored since migration 400: computing them another way must not move them
    expect(court).toBe('c9c076b90043c4c3c7baadfe21f0a17cd3886a40d8d50e5235e2dd460f30edc0');
    // NFKC once, before the spaces go: what a removed space kept apart stays apart, as it did
    expect(listingCase('（2026）粤5122执45号 e \u0301')).toBe('(2026)粤5122执45号e\u0301');
    expect(listingKey('d1', '﷽'.repeat(100))).toMatch(/^[0-9a-f]{64}$/);
  });

  it('keeps other cases and other departments apart', () => {
    const court = listingKey('d1', '（2026）粤5122执45号');
    expect(listingKey('d1', '（2026）粤5122执451号')).not.toBe(court);
    expect(listingKey('d1', '（2025）粤5122执45号之一')).not.toBe(court);
    expect(listingKey('d2', '（2026）粤5122执45号之一')).not.toBe(court);
  });
});
