import { describe, expect, it } from 'vitest';
import { parseDates } from './parse-dates';

describe('parseDates', () => {
  it('reads single dates, ranges and Chinese separators, sorted without repeats', () => {
    expect(parseDates('2027-01-01\n2027-02-06~2027-02-08，2027/2/7 2027年10月1日').dates).toEqual([
      '2027-01-01',
      '2027-02-06',
      '2027-02-07',
      '2027-02-08',
      '2027-10-01',
    ]);
    expect(parseDates('2027-05-01 至 2027-05-03').dates).toEqual(['2027-05-01', '2027-05-02', '2027-05-03']);
  });

  it('returns what it cannot read instead of guessing', () => {
    expect(parseDates('2027-02-30 2027-13-01 明天 2027-03-05~2027-03-01')).toEqual({
      dates: [],
      invalid: ['2027-02-30', '2027-13-01', '明天', '2027-03-05~2027-03-01'],
    });
  });
});
