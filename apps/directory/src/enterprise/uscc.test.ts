import { describe, expect, it } from 'vitest';
import { validateUscc } from './uscc.js';

const refusal = (code: string) => {
  try {
    validateUscc(code);
  } catch (e) {
    return (e as { message: string; extensions: Record<string, unknown> });
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
