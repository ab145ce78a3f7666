import { describe, expect, it } from 'vitest';
import { reasonMessage, usccProblem } from '@integrity/rules';
import { isMoney, isResidentIdNumber, moneyProblem, toCsv } from './validation';

describe('client validation mirrors the servers', () => {
  it('words a unified social credit code’s problem with the servers’ reasons (GB 32100-2015)', () => {
    expect(usccProblem('91350100M000100Y43')).toBeNull();
    expect(usccProblem('91350100m000100y43')).toBeNull();
    const check = usccProblem('91350100M000100Y44')!;
    expect(reasonMessage(check.reason, check.params, 'zh-CN')).toBe('统一社会信用代码校验位错误，应为 3');
    const length = usccProblem('9135')!;
    expect(reasonMessage(length.reason, length.params, 'zh-CN')).toBe('统一社会信用代码应为 18 位');
    expect(usccProblem('91350100M000100I43')!.reason).toBe('USCC_CHARACTER');
  });

  it('checks resident ID numbers (GB 11643-1999)', () => {
    expect(isResidentIdNumber('11010519491231002X')).toBe(true);
    expect(isResidentIdNumber('110105194912310021')).toBe(false);
  });

  it('accepts money as decimal strings with at most two places', () => {
    expect(isMoney('1234.56')).toBe(true);
    expect(isMoney('1234.567')).toBe(false);
    expect(isMoney('-1')).toBe(false);
    expect(isMoney('0')).toBe(true);
    // the servers' reasons, so the console words them as the server would refuse
    expect(moneyProblem('1234.567')).toEqual({ reason: 'TOO_MANY_DECIMALS', params: { scale: 2 } });
    expect(moneyProblem('一千')).toEqual({ reason: 'INVALID_DECIMAL', params: {} });
    expect(moneyProblem('-1')).toEqual({ reason: 'NEGATIVE', params: {} });
    expect(moneyProblem('92233720368547758.08')).toEqual({ reason: 'AMOUNT_TOO_LARGE', params: {} });
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
