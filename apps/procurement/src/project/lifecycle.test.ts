import { describe, expect, it } from 'vitest';
import {
  assertPlainTransition,
  assertTransition,
  PROCUREMENT_STATUSES,
  REACHED_THROUGH,
  TRANSITIONS,
} from './lifecycle.js';

const LEGAL = new Set([
  'PLANNING>TENDERING',
  'PLANNING>CANCELLED',
  'TENDERING>EVALUATION',
  'TENDERING>CANCELLED',
  'EVALUATION>AWARDED',
  'EVALUATION>TENDERING',
  'EVALUATION>CANCELLED',
  'AWARDED>CONTRACTED',
  'AWARDED>CANCELLED',
  'CONTRACTED>IN_PERFORMANCE',
  'IN_PERFORMANCE>ACCEPTED',
  'ACCEPTED>CLOSED',
]);

describe('procurement lifecycle', () => {
  it('allows exactly the legal pairs and refuses all 69 others, naming what is allowed', () => {
    let refused = 0;
    for (const from of PROCUREMENT_STATUSES) {
      for (const to of PROCUREMENT_STATUSES) {
        if (LEGAL.has(`${from}>${to}`)) {
          expect(() => assertTransition(from, to)).not.toThrow();
          continue;
        }
        refused += 1;
        try {
          assertTransition(from, to);
          throw new Error(`${from} → ${to} was allowed`);
        } catch (e) {
          expect((e as { extensions: { code: string; allowed: string[] } }).extensions).toMatchObject({
            code: 'INVALID_TRANSITION',
            allowed: TRANSITIONS[from],
          });
          expect((e as Error).message).toContain(`allowed from ${from}`);
        }
      }
    }
    expect(refused).toBe(81 - LEGAL.size);
  });

  it('sends the moves that carry data to their own mutation', () => {
    for (const [to, via] of Object.entries(REACHED_THROUGH)) {
      const from = PROCUREMENT_STATUSES.find((f) => TRANSITIONS[f].includes(to as never))!;
      expect(() => assertPlainTransition(from, to as never)).toThrow(via);
    }
    expect(() => assertPlainTransition('PLANNING', 'TENDERING')).not.toThrow();
  });
});
