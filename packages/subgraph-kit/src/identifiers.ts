/**
 * The national identifier standards every domain checks: the unified social credit code of an
 * organisation (GB 32100-2015) and the resident identity number (GB 11643-1999). Kept dependency-free
 * (a subpath export) so demo data can mint valid codes with the same functions the rules use.
 */
import { badInput } from './errors.js';

export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The 18th character for the first 17, or null if they use a character outside the alphabet. */
export function usccCheckCharacter(first17: string): string | null {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) {
    const value = USCC_ALPHABET.indexOf(first17[i] ?? '');
    if (value < 0) return null;
    sum += value * USCC_WEIGHTS[i]!;
  }
  const check = 31 - (sum % 31);
  return USCC_ALPHABET[check === 31 ? 0 : check]!;
}

/**
 * Normalise and check a unified social credit code: 18 characters over 0-9 and A-Y without
 * I, O, S, V, Z, the last being the check character. Returns it upper-cased; a bad code is
 * BAD_USER_INPUT on `field` with the reason.
 */
export function validateUscc(value: string, field = 'uscc'): string {
  const code = String(value).trim().toUpperCase();
  if (code.length !== 18) throw badInput(field, `统一社会信用代码 must be 18 characters, got ${code.length}`);
  const bad = [...code].find((c) => !USCC_ALPHABET.includes(c));
  if (bad) throw badInput(field, `统一社会信用代码 may not contain "${bad}" (allowed: 0-9 and A-Y except I, O, S, V, Z)`);
  const expected = usccCheckCharacter(code.slice(0, 17));
  if (expected !== code[17]) throw badInput(field, `统一社会信用代码 ${code} fails its check: the last character should be ${expected}`);
  return code;
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** The 18th character of a resident identity number for its first 17 digits (null if not digits). */
export function residentIdCheckCharacter(first17: string): string | null {
  if (!/^\d{17}$/.test(first17)) return null;
  const sum = [...first17].reduce((s, d, i) => s + Number(d) * ID_WEIGHTS[i]!, 0);
  return ID_CHECK[sum % 11]!;
}

/**
 * Check a resident identity number (GB 11643-1999): 18 characters, a real date of birth, and the
 * check character. The 15-digit numbers issued before 1999 are refused: they carry no check
 * character, so the holder's current 18-digit number is needed. Returns it with an upper-case X.
 */
export function validateResidentId(value: string, field = 'idNumber'): string {
  const id = String(value).trim().toUpperCase();
  if (/^\d{15}$/.test(id)) {
    throw badInput(field, '15-digit identity numbers (issued before 1999) are not accepted: enter the 18-digit number on the current card');
  }
  if (!/^\d{17}[\dX]$/.test(id)) throw badInput(field, `a resident identity number is 17 digits and a check character (digit or X), got "${value}"`);
  const birth = id.slice(6, 14);
  const date = new Date(`${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6, 8)}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10).replace(/-/g, '') !== birth || Number(birth.slice(0, 4)) < 1900) {
    throw badInput(field, `identity number ${maskResidentId(id)} has an impossible date of birth`);
  }
  const expected = residentIdCheckCharacter(id.slice(0, 17));
  if (expected !== id[17]) throw badInput(field, `identity number ${maskResidentId(id)} fails its check: the last character should be ${expected}`);
  return id;
}

/** 445122********123X: the region and the last four characters only. */
export const maskResidentId = (id: string): string => (id.length === 18 ? `${id.slice(0, 6)}********${id.slice(14)}` : '*'.repeat(id.length));

/** A division code (GB/T 2260 and township codes): six digits for a county, nine or twelve for a town. */
export function validateRegionCode(code: string, field = 'regionCode'): string {
  if (!/^\d{6}(\d{3}){0,2}$/.test(code)) throw badInput(field, `${field} must be a 6-, 9- or 12-digit division code, got "${code}"`);
  return code;
}

/** A plausible budget or reporting year. */
export function validateYear(year: number, field = 'year'): number {
  if (!Number.isInteger(year) || year < 1990 || year > 2100) throw badInput(field, `${field} must be a year between 1990 and 2100`);
  return year;
}
