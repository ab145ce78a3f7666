import { describe, expect, it } from 'vitest';
import { DELIVERY_STUCK_MINUTES } from '@integrity/rules';
import { deliveryState, errorOf } from './delivery-state';

const now = new Date('2026-12-07T10:00:00.000Z');
const ago = (ms: number) => new Date(now.getTime() - ms).toISOString();
const LIMIT = DELIVERY_STUCK_MINUTES * 60_000;

describe('the state of a sender’s deliveries', () => {
  it('is unreachable when the gateway could not reach the sender, failed on any other error', () => {
    const down = { path: ['creditOutbox'], extensions: { serviceName: 'credit', code: 'DEPENDENCY_UNAVAILABLE' } };
    expect(deliveryState(null, down, now)).toBe('UNREACHABLE');
    expect(deliveryState(null, { path: ['creditOutbox'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }, now)).toBe(
      'FAILED',
    );
    expect(deliveryState(null, { extensions: { serviceName: 'credit', code: 'FORBIDDEN' } }, now)).toBe('FAILED');
    expect(deliveryState(null, undefined, now)).toBe('FAILED');
  });

  it('is clear when nothing due waits, held-back messages aside', () => {
    expect(deliveryState({ undelivered: 0, failing: 0, heldBack: 0 }, undefined, now)).toBe('CLEAR');
    expect(deliveryState({ undelivered: 2, failing: 0, heldBack: 2 }, undefined, now)).toBe('CLEAR');
  });

  it('is pending up to the limit and stuck past it, failing or not (a deliverer not running fails nothing)', () => {
    const at = (waited: number, failing: number) =>
      deliveryState({ undelivered: 1, failing, heldBack: 0, oldestSince: ago(waited) }, undefined, now);
    expect(at(LIMIT, 1)).toBe('PENDING');
    expect(at(LIMIT + 1, 1)).toBe('STUCK');
    expect(at(LIMIT, 0)).toBe('PENDING');
    expect(at(LIMIT + 1, 0)).toBe('STUCK');
  });

  it('finds a sender’s error by its field, or by the service the gateway names', () => {
    const byPath = { path: ['procurementOutbox'], extensions: {} };
    const byService = { extensions: { serviceName: 'credit' } };
    expect(errorOf([byPath, byService], 'procurementOutbox')).toBe(byPath);
    expect(errorOf([byPath, byService], 'creditOutbox')).toBe(byService);
    expect(errorOf([byPath], 'investmentOutbox')).toBeUndefined();
  });
});

describe('the page’s query', () => {
  it('asks every sender the shared list names', async () => {
    const { print } = await import('graphql');
    const { DELIVERY_BACKLOG, SENDERS } = await import('./delivery.queries');
    const text = print(DELIVERY_BACKLOG);
    for (const s of SENDERS) expect(text).toContain(`${s.field} {`);
    expect(SENDERS.map((s) => s.domain)).toEqual(['PROCUREMENT', 'INVESTMENT', 'SUPERVISION', 'CASEWORK', 'CREDIT']);
  });
});
