// Fuzzing the input boundary: whatever a client sends to the identifier and money parsers, the answer is
// either a value or a coded BAD_USER_INPUT naming the field, never a crash or a silent rounding.
import { describe, expect, it } from 'vitest';
import { formatDecimal, residentIdCheckCharacter, USCC_ALPHABET, usccCheckCharacter } from '@integrity/rules';
import { parseDecimal } from './decimal.js';
import { isAppError } from './errors.js';
import { validateResidentId, validateUscc } from './identifiers.js';

function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}
const rnd = random(20261124);
const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcxyz .-+/*X张三饶平\u0000\u202e';
const junk = (max: number) =>
  Array.from({ length: Math.floor(rnd() * max) }, () => ALPHABET[Math.floor(rnd() * ALPHABET.length)]).join('');

const outcome = (fn: () => unknown, field: string) => {
  try {
    fn();
    return 'ok';
  } catch (e) {
    expect(isAppError(e), String(e)).toBe(true);
    expect((e as { extensions: Record<string, unknown> }).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    return 'refused';
  }
};

describe('fuzzing the parsers', () => {
  it('answers 5,000 random strings to each identifier check with a value or a coded refusal', () => {
    for (let i = 0; i < 5000; i += 1) {
      const text = junk(24);
      outcome(() => validateUscc(text), 'uscc');
      outcome(() => validateResidentId(text), 'idNumber');
    }
  });

  it('accepts every well-formed code it generates and refuses every single-character change to its check', () => {
    for (let i = 0; i < 500; i += 1) {
      const body = Array.from({ length: 17 }, () => USCC_ALPHABET[Math.floor(rnd() * 31)]).join('');
      const check = usccCheckCharacter(body)!;
      expect(validateUscc(body + check)).toBe(body + check);
      const wrong = USCC_ALPHABET.replace(check, '')[Math.floor(rnd() * 30)]!;
      expect(outcome(() => validateUscc(body + wrong), 'uscc')).toBe('refused');
    }
    for (let i = 0; i < 500; i += 1) {
      const d = new Date(Date.UTC(1940 + Math.floor(rnd() * 70), Math.floor(rnd() * 12), 1 + Math.floor(rnd() * 28)));
      const first17 = `445122${d.toISOString().slice(0, 10).replace(/-/g, '')}${String(Math.floor(rnd() * 1000)).padStart(3, '0')}`;
      expect(validateResidentId(first17 + residentIdCheckCharacter(first17))).toHaveLength(18);
    }
  });

  it('round-trips every decimal it accepts, exactly, and never rounds one it refuses', () => {
    for (let i = 0; i < 5000; i += 1) {
      const whole = String(Math.floor(rnd() * 1e12));
      const places = Math.floor(rnd() * 4);
      const text = places ? `${whole}.${String(Math.floor(rnd() * 10 ** places)).padStart(places, '0')}` : whole;
      if (outcome(() => parseDecimal(text, 2, 'amount'), 'amount') === 'ok') {
        const normalised = `${BigInt(whole)}.${(text.split('.')[1] ?? '').padEnd(2, '0')}`;
        expect(formatDecimal(parseDecimal(text, 2, 'amount'), 2)).toBe(normalised);
      } else {
        expect(places).toBe(3);
      }
      outcome(() => parseDecimal(junk(16), 2, 'amount'), 'amount');
    }
  });
});
