/**
 * The national identifier standards every domain checks: the unified social credit code of an
 * organisation (GB 32100-2015) and the resident identity number (GB 11643-1999). Pure: the servers turn
 * a problem into a coded refusal, the console into a form message, demo data mints valid codes with them.
 */
import type { RuleProblem } from './reasons.js';

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

/** A code as entered, normalised: trimmed and upper-cased. */
export const normaliseIdentifier = (value: string): string => String(value).trim().toUpperCase();

/** null when the (normalised) code is valid, else what is wrong with it. */
export function usccProblem(value: string): RuleProblem | null {
  const code = normaliseIdentifier(value);
  if (code.length !== 18) return { reason: 'USCC_LENGTH', params: { length: code.length } };
  const bad = [...code].find((c) => !USCC_ALPHABET.includes(c));
  if (bad) return { reason: 'USCC_CHARACTER', params: { character: bad } };
  const expected = usccCheckCharacter(code.slice(0, 17))!;
  return expected === code[17] ? null : { reason: 'INVALID_USCC', params: { expected } };
}

/**
 * A government body's code (机关): registered by the establishment authority (登记管理部门码 1) as an organ
 * (机构类别码 1), so it begins with 11 — GB 32100-2015 table 1.
 */
export const GOVERNMENT_USCC_PREFIX = '11';

/** null when the code is a valid one of a government body, else what is wrong with it. */
export function governmentUsccProblem(value: string): RuleProblem | null {
  const problem = usccProblem(value);
  if (problem) return problem;
  return normaliseIdentifier(value).startsWith(GOVERNMENT_USCC_PREFIX)
    ? null
    : { reason: 'USCC_NOT_GOVERNMENT', params: { prefix: GOVERNMENT_USCC_PREFIX } };
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
 * null when the (normalised) number is valid: 18 characters, a real date of birth from 1900 on, and the
 * check character. The 15-digit numbers issued before 1999 are refused: they carry no check character,
 * so the holder's current 18-digit number is needed.
 */
export function residentIdProblem(value: string): RuleProblem | null {
  const id = normaliseIdentifier(value);
  if (/^\d{15}$/.test(id)) return { reason: 'RESIDENT_ID_15_DIGITS', params: {} };
  if (!/^\d{17}[\dX]$/.test(id)) return { reason: 'RESIDENT_ID_FORMAT', params: {} };
  const birth = id.slice(6, 14);
  const date = new Date(`${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6, 8)}T00:00:00Z`);
  if (
    Number.isNaN(date.getTime()) ||
    date.toISOString().slice(0, 10).replace(/-/g, '') !== birth ||
    Number(birth.slice(0, 4)) < 1900
  ) {
    return { reason: 'RESIDENT_ID_BIRTH_DATE', params: {} };
  }
  const expected = residentIdCheckCharacter(id.slice(0, 17))!;
  return expected === id[17] ? null : { reason: 'INVALID_RESIDENT_ID', params: { expected } };
}

/** 445122********123X: the region and the last four characters only. */
export const maskResidentId = (id: string): string =>
  id.length === 18 ? `${id.slice(0, 6)}********${id.slice(14)}` : '*'.repeat(id.length);

/** A division code (GB/T 2260 and township codes): six digits for a county, nine or twelve for a town. */
export const isRegionCode = (code: string): boolean => /^\d{6}(\d{3}){0,2}$/.test(code);
/** A town's division code: nine or twelve digits. */
export const isTownCode = (code: string): boolean => /^\d{9}(\d{3})?$/.test(code);

/**
 * A court's case number (案号) as the court writes it: the year in full-width round brackets, then the court's and
 * the case type's characters and the number — （2026）粤5122行初12号 (《最高人民法院关于人民法院案件案号的若干规定》,
 * 法〔2015〕137号). Officers type the year in whatever brackets are at hand (〔2026〕 is a document number's style),
 * with half-width digits or stray spaces; one case is one number, so a hearing or judgment entered twice under two
 * spellings is one record, refused the second time.
 */
export function courtCaseNumber(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[(〔【[]/g, '（')
    .replace(/[)〕】\]]/g, '）');
}
