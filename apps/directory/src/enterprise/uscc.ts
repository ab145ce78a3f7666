import { usccCheckCharacter, USCC_ALPHABET } from '@integrity/demo-data';
import { badInput } from '@integrity/subgraph-kit';

/**
 * Normalise and check a unified social credit code (GB 32100-2015): 18 characters over
 * 0-9 and A-Y without I, O, S, V, Z, the last being the check character. Returns it upper-cased;
 * a bad code is BAD_USER_INPUT on `field` with the reason.
 */
export function validateUscc(value: string, field = 'uscc'): string {
  const code = value.trim().toUpperCase();
  if (code.length !== 18) throw badInput(field, `统一社会信用代码 must be 18 characters, got ${code.length}`);
  const bad = [...code].find((c) => !USCC_ALPHABET.includes(c));
  if (bad) throw badInput(field, `统一社会信用代码 may not contain "${bad}" (allowed: 0-9 and A-Y except I, O, S, V, Z)`);
  const expected = usccCheckCharacter(code.slice(0, 17));
  if (expected !== code[17]) throw badInput(field, `统一社会信用代码 ${code} fails its check: the last character should be ${expected}`);
  return code;
}
