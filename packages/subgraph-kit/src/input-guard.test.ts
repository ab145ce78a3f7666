import { describe, expect, it } from 'vitest';
import { hasLoneSurrogate, loneSurrogatePath } from './input-guard.js';
import { parseMoney } from './decimal.js';

describe('input guard', () => {
  it('tells lone surrogates from well-formed pairs', () => {
    expect(hasLoneSurrogate('政务诚信 😀 𠀀')).toBe(false);
    expect(hasLoneSurrogate('a\ud800')).toBe(true);
    expect(hasLoneSurrogate('\udc00b')).toBe(true);
    expect(hasLoneSurrogate('\ud83d\ude00\ude00')).toBe(true);
  });

  it('names the first offending field as a path through objects and lists', () => {
    expect(loneSurrogatePath({ input: { title: 'ok', milestones: [{ name: 'fine' }, { name: 'bad\ud800' }] } })).toBe(
      'input.milestones.1.name',
    );
    expect(loneSurrogatePath({ id: 'x', n: 3, ok: true, none: null })).toBeNull();
  });

  it('refuses an amount the BIGINT column cannot hold, on the field', () => {
    expect(parseMoney('92233720368547758.07', 'amount')).toBe(9223372036854775807n);
    expect(() => parseMoney('92233720368547758.08', 'amount')).toThrow(/too large/);
    const refusal = (() => {
      try {
        parseMoney('1' + '0'.repeat(40), 'principal');
        return null;
      } catch (error) {
        return error as { extensions: unknown };
      }
    })();
    expect(refusal?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'principal' });
  });
});
