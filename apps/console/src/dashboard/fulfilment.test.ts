import { describe, expect, it } from 'vitest';
import { countyFulfilment } from './fulfilment';

describe('countyFulfilment', () => {
  it('divides the summed counts instead of averaging the rates', () => {
    // rates 1/1 = 100% and 1/9 ≈ 11%: their average is 55.6%, the county's is 2/10 = 20%
    const rows = [
      { dueCommitmentCount: 1, fulfilledCommitmentCount: 1 },
      { dueCommitmentCount: 9, fulfilledCommitmentCount: 1 },
      { dueCommitmentCount: 0, fulfilledCommitmentCount: 0 },
    ];
    expect(countyFulfilment(rows)).toEqual({ rate: 0.2, fulfilled: 2, due: 10 });
  });

  it('has no rate when nothing is due or the counts are missing', () => {
    expect(countyFulfilment([{ dueCommitmentCount: 0, fulfilledCommitmentCount: 0 }]).rate).toBeNull();
    expect(countyFulfilment([{ dueCommitmentCount: null, fulfilledCommitmentCount: null }, {}]).rate).toBeNull();
  });
});
