import { describe, expect, it } from 'vitest';
import {
  courtCaseNumber,
  maskResidentId,
  residentIdCheckCharacter,
  residentIdProblem,
  usccCheckCharacter,
  usccProblem,
} from './identifiers.js';

describe('unified social credit code (GB 32100-2015)', () => {
  it('accepts real valid codes in any case', () => {
    for (const code of ['91350100M000100Y43', '91440300708461136T', '914403001922038216', ' 91440300708461136t '])
      expect(usccProblem(code), code).toBeNull();
  });

  it('names what is wrong: length, a character outside the alphabet, the check character', () => {
    expect(usccProblem('9135')).toEqual({ reason: 'USCC_LENGTH', params: { length: 4 } });
    expect(usccProblem('91350100M000100I43')).toEqual({ reason: 'USCC_CHARACTER', params: { character: 'I' } });
    expect(usccProblem('91350100M000100Y44')).toEqual({ reason: 'INVALID_USCC', params: { expected: '3' } });
    expect(usccCheckCharacter('91350100M000100Y4')).toBe('3');
    expect(usccCheckCharacter('91350100M000100I4')).toBeNull();
  });
});

describe('resident identity number (GB 11643-1999)', () => {
  it('accepts valid numbers, X in either case', () => {
    expect(residentIdProblem('11010519491231002X')).toBeNull();
    expect(residentIdProblem('11010519491231002x')).toBeNull();
    expect(residentIdCheckCharacter('11010519491231002')).toBe('X');
  });

  it('refuses 15-digit numbers, bad shapes, impossible birth dates and a wrong check character', () => {
    expect(residentIdProblem('110105491231002')?.reason).toBe('RESIDENT_ID_15_DIGITS');
    expect(residentIdProblem('11010519491231002Y')?.reason).toBe('RESIDENT_ID_FORMAT');
    expect(residentIdProblem('110105194902300020')?.reason).toBe('RESIDENT_ID_BIRTH_DATE');
    expect(residentIdProblem('110105194912310021')).toEqual({
      reason: 'INVALID_RESIDENT_ID',
      params: { expected: 'X' },
    });
  });

  it('masks all but the region and the last four characters', () => {
    expect(maskResidentId('11010519491231002X')).toBe('110105********002X');
    expect(maskResidentId('123')).toBe('***');
  });
});

describe('court case number (法〔2015〕137号)', () => {
  it('writes the year in full-width round brackets whatever brackets and widths were typed', () => {
    for (const typed of [
      '（2026）粤5122行初12号',
      '(2026)粤5122行初12号',
      '〔2026〕粤5122行初12号',
      '【2026】粤5122行初12号',
      '[2026]粤5122行初12号',
      '［２０２６］粤５１２２行初１２号',
      ' （2026） 粤5122 行初12号 ',
    ])
      expect(courtCaseNumber(typed)).toBe('（2026）粤5122行初12号');
  });

  it('keeps numbers that differ apart', () => {
    expect(courtCaseNumber('（2026）粤5122行初12号')).not.toBe(courtCaseNumber('（2026）粤5122行初121号'));
    expect(courtCaseNumber('（2026）粤5122执45号之一')).toBe('（2026）粤5122执45号之一');
  });
});
