import { describe, expect, it } from 'vitest';
import { maskResidentId, residentIdCheckCharacter } from '@integrity/rules';
import { validateResidentId, validateUscc } from './identifiers.js';

const refusal = (code: string, check: (v: string) => string = validateUscc) => {
  try {
    check(code);
  } catch (e) {
    return e as { message: string; extensions: Record<string, unknown> };
  }
  throw new Error(`${code} was accepted`);
};

describe('unified social credit code (GB 32100-2015)', () => {
  it('accepts real valid codes, in any case', () => {
    expect(validateUscc('91350100M000100Y43')).toBe('91350100M000100Y43'); // the standard's own example
    expect(validateUscc('91440300708461136T')).toBe('91440300708461136T');
    expect(validateUscc('914403001922038216')).toBe('914403001922038216');
    expect(validateUscc(' 91440300708461136t ')).toBe('91440300708461136T');
  });

  it('refuses a wrong check character and names the right one', () => {
    const e = refusal('91350100M000100Y44');
    expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'uscc' });
    expect(e.message).toMatch(/should be 3/);
  });

  it('refuses characters outside the alphabet and wrong lengths', () => {
    expect(refusal('91440300708461136I').message).toMatch(/may not contain "I"/);
    expect(refusal('9144030070846113').message).toMatch(/18 characters/);
  });
});

describe('resident identity number (GB 11643-1999)', () => {
  it('accepts real valid numbers, X in either case', () => {
    expect(validateResidentId('11010519491231002X')).toBe('11010519491231002X'); // the standard's example
    expect(validateResidentId('11010519491231002x')).toBe('11010519491231002X');
    expect(validateResidentId('445122198506120314')).toBe('445122198506120314');
    expect(residentIdCheckCharacter('44512219900307123')).toMatch(/^[\dX]$/);
  });

  it('refuses a wrong check character, naming the field and the right character, without echoing the number', () => {
    const e = refusal('110105194912310021', validateResidentId);
    expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'idNumber' });
    expect(e.message).toMatch(/should be X/);
    expect(e.message).not.toContain('110105194912310021');
  });

  it('refuses 15-digit legacy numbers with a message saying why', () => {
    expect(refusal('110105491231002', validateResidentId).message).toMatch(/15-digit/);
  });

  it('refuses impossible dates of birth and malformed input', () => {
    const first17 = '44512219900230123';
    expect(refusal(first17 + residentIdCheckCharacter(first17), validateResidentId).message).toMatch(/date of birth/);
    expect(refusal('4451221990010112', validateResidentId).message).toMatch(/17 digits/);
  });

  it('masks all but the region and the last four characters', () => {
    expect(maskResidentId('11010519491231002X')).toBe('110105********002X');
  });
});
