import { parseMoney } from '@integrity/subgraph-kit';
import { describe, expect, it } from 'vitest';
import { commitmentStatus, type CommitmentFacts } from './commitment-status.js';

const base: CommitmentFacts = {
  amount: parseMoney('99.99', 'amount'),
  fulfilledAmount: 0n,
  dueDate: '2026-06-30',
  breachedOn: null,
  waivedOn: null,
};
const paid = (...amounts: string[]) => amounts.reduce((s, a) => s + parseMoney(a, 'amount'), 0n);

describe('commitment status', () => {
  it('is PENDING up to and on the due date, OVERDUE from the next day', () => {
    expect(commitmentStatus(base, '2026-06-29')).toBe('PENDING');
    expect(commitmentStatus(base, '2026-06-30')).toBe('PENDING');
    expect(commitmentStatus(base, '2026-07-01')).toBe('OVERDUE');
  });

  it('counts three payments of 33.33 against 99.99 as exactly FULFILLED, one fen short as not', () => {
    expect(commitmentStatus({ ...base, fulfilledAmount: paid('33.33', '33.33', '33.33') }, '2026-07-01')).toBe(
      'FULFILLED',
    );
    expect(commitmentStatus({ ...base, fulfilledAmount: paid('33.33', '33.33', '33.32') }, '2026-06-30')).toBe(
      'PARTIALLY_FULFILLED',
    );
    expect(commitmentStatus({ ...base, fulfilledAmount: paid('33.33', '33.33', '33.32') }, '2026-07-01')).toBe(
      'OVERDUE',
    );
  });

  it('lets a recorded waiver or breach decide, waiver first', () => {
    expect(commitmentStatus({ ...base, breachedOn: '2026-07-05' }, '2026-07-06')).toBe('BREACHED');
    expect(commitmentStatus({ ...base, waivedOn: '2026-05-01' }, '2026-07-06')).toBe('WAIVED');
    expect(commitmentStatus({ ...base, waivedOn: '2026-05-01', breachedOn: '2026-07-05' }, '2026-07-06')).toBe(
      'WAIVED',
    );
  });
});
