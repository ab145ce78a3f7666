import { describe, expect, it } from 'vitest';
import { isMoney, isResidentIdNumber, toCsv, usccProblem } from './validation';

describe('client validation mirrors the servers', () => {
  it('checks unified social credit codes (GB 32100-2015)', () => {
    expect(usccProblem('91350100M000100Y43')).toBeNull();
    expect(usccProblem('91350100m000100y43')).toBeNull();
    expect(usccProblem('91350100M000100Y44')).toEqual({ kind: 'check', expected: '3' });
    expect(usccProblem('9135')).toEqual({ kind: 'length' });
    expect(usccProblem('91350100M000100I43')).toEqual({ kind: 'chars' });
  });

  it('checks resident ID numbers (GB 11643-1999)', () => {
    expect(isResidentIdNumber('11010519491231002X')).toBe(true);
    expect(isResidentIdNumber('110105194912310021')).toBe(false);
  });

  it('accepts money as decimal strings with at most two places', () => {
    expect(isMoney('1234.56')).toBe(true);
    expect(isMoney('1234.567')).toBe(false);
    expect(isMoney('-1')).toBe(false);
  });

  it('writes CSV with quoting and formula neutralisation', () => {
    expect(
      toCsv(
        ['名称', 'n'],
        [
          ['a"b', 1],
          ['=SUM(A1)', null],
        ],
      ),
    ).toBe('"名称","n"\r\n"a""b","1"\r\n"\'=SUM(A1)",""');
  });
});
