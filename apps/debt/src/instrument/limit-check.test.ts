import { describe, expect, it } from 'vitest';
import { limitBreach, type LimitFacts } from './limit-check.js';

const facts = (over: Partial<LimitFacts>): LimitFacts => ({
  issuedOn: '2026-03-01',
  principal: 10n,
  until: '2026-12-03',
  issued: [],
  repaid: [],
  limits: new Map([[2026, 100n]]),
  ...over,
});

describe('limitBreach', () => {
  it('lets an issue take the room exactly and refuses a fen more, on its own date', () => {
    const issued = [{ issuedOn: '2026-01-10', principal: 90n }];
    expect(limitBreach(facts({ issued }))).toBeNull();
    expect(limitBreach(facts({ issued, principal: 11n }))).toEqual({ year: 2026, limit: 100n, balance: 90n });
  });

  it('refuses without an approved limit for the year of issue', () => {
    expect(limitBreach(facts({ limits: new Map() }))).toEqual({ year: 2026, limit: null, balance: 0n });
  });

  it('counts what is repaid by the date, and a later issue in the same year at its peak', () => {
    const issued = [{ issuedOn: '2026-01-10', principal: 90n }];
    const repaid = [{ paidOn: '2026-02-01', principal: 50n }];
    expect(limitBreach(facts({ issued, repaid, principal: 60n }))).toBeNull();
    // an issue on 1 June brings the balance back to 95: an issue dated March that adds 10 breaks it then
    const later = [...issued, { issuedOn: '2026-06-01', principal: 55n }];
    expect(limitBreach(facts({ issued: later, repaid, principal: 10n }))).toEqual({
      year: 2026,
      limit: 100n,
      balance: 95n,
    });
    expect(limitBreach(facts({ issued: later, repaid, principal: 5n }))).toBeNull();
  });

  it('checks an issue dated in an earlier year against every later year up to today', () => {
    // 2025's limit has room; 2026's is full from its first day: a 2025 issue still outstanding breaks 2026
    const base = {
      issuedOn: '2025-06-01',
      issued: [{ issuedOn: '2024-05-01', principal: 100n }],
      limits: new Map([
        [2025, 200n],
        [2026, 105n],
      ]),
    };
    expect(limitBreach(facts({ ...base, principal: 5n }))).toBeNull();
    expect(limitBreach(facts({ ...base, principal: 6n }))).toEqual({ year: 2026, limit: 105n, balance: 100n });
    // a later year without an approved limit is not checked; the year of issue without one is refused
    expect(limitBreach(facts({ ...base, principal: 6n, limits: new Map([[2025, 200n]]) }))).toBeNull();
    // dates after today carry no balance yet
    expect(
      limitBreach(
        facts({
          ...base,
          principal: 6n,
          until: '2025-12-31',
          limits: new Map([
            [2025, 200n],
            [2026, 105n],
          ]),
        }),
      ),
    ).toBeNull();
  });
});
