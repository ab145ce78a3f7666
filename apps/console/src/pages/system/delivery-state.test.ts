import { describe, expect, it } from 'vitest';
import { deliveryState, STUCK_AFTER_MINUTES } from './delivery-state';

const now = new Date('2026-12-07T10:00:00.000Z');
const ago = (minutes: number) => new Date(now.getTime() - minutes * 60_000).toISOString();

describe('the state of a sender’s deliveries', () => {
  it('is unreachable when the sender did not answer', () => {
    expect(deliveryState(null, now)).toBe('UNREACHABLE');
  });

  it('is clear when nothing due waits, held-back messages aside', () => {
    expect(deliveryState({ undelivered: 0, failing: 0, heldBack: 0 }, now)).toBe('CLEAR');
    expect(deliveryState({ undelivered: 2, failing: 0, heldBack: 2 }, now)).toBe('CLEAR');
  });

  it('is pending while messages are on their way or have failed for less than the limit', () => {
    expect(deliveryState({ undelivered: 3, failing: 0, heldBack: 0, oldestSince: ago(60) }, now)).toBe('PENDING');
    expect(deliveryState({ undelivered: 1, failing: 1, heldBack: 0, oldestSince: ago(STUCK_AFTER_MINUTES) }, now)).toBe(
      'PENDING',
    );
  });

  it('is stuck when a message fails and the oldest has waited past the limit', () => {
    const justPast = new Date(now.getTime() - STUCK_AFTER_MINUTES * 60_000 - 1).toISOString();
    expect(deliveryState({ undelivered: 1, failing: 1, heldBack: 0, oldestSince: justPast }, now)).toBe('STUCK');
  });
});
