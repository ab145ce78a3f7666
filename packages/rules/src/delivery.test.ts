import { describe, expect, it } from 'vitest';
import { DELIVERY_STUCK_MINUTES, deliveryDue, deliveryStuck, outboxField } from './delivery.js';

const now = Date.parse('2026-12-07T10:00:00.000Z');
const ago = (ms: number) => new Date(now - ms).toISOString();
const LIMIT = DELIVERY_STUCK_MINUTES * 60_000;

describe('facts on their way between domains', () => {
  it('names each sender’s query after its subgraph', () => {
    expect(outboxField('PROCUREMENT')).toBe('procurementOutbox');
    expect(outboxField('credit')).toBe('creditOutbox');
  });

  it('counts as due what is not held back for later', () => {
    expect(deliveryDue({ undelivered: 3, heldBack: 2 })).toBe(1);
  });

  it('is stuck once a fact due has waited more than the limit, not at it, and never with nothing due', () => {
    expect(deliveryStuck({ undelivered: 1, heldBack: 0, oldestSince: ago(LIMIT) }, now)).toBe(false);
    expect(deliveryStuck({ undelivered: 1, heldBack: 0, oldestSince: ago(LIMIT + 1) }, now)).toBe(true);
    expect(deliveryStuck({ undelivered: 2, heldBack: 2, oldestSince: ago(10 * LIMIT) }, now)).toBe(false);
  });
});
