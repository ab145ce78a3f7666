import { describe, expect, it } from 'vitest';
import { listingKey } from './listing-key.js';

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
    expect(listingKey('d1', '﷽'.repeat(100))).toMatch(/^[0-9a-f]{64}$/);
  });

  it('keeps other cases and other departments apart', () => {
    const court = listingKey('d1', '（2026）粤5122执45号');
    expect(listingKey('d1', '（2026）粤5122执451号')).not.toBe(court);
    expect(listingKey('d1', '（2025）粤5122执45号之一')).not.toBe(court);
    expect(listingKey('d2', '（2026）粤5122执45号之一')).not.toBe(court);
  });
});
