/**
 * The identifier checks of @integrity/rules as the servers apply them: a valid value comes back
 * normalised, an invalid one is BAD_USER_INPUT on `field` with the rule's reason code.
 */
import {
  isRegionCode,
  maskResidentId,
  normaliseIdentifier,
  residentIdProblem,
  usccProblem,
  YEAR_RANGE,
  type RuleProblem,
} from '@integrity/rules';
import { badInput } from './errors.js';

const USCC_MESSAGES: Record<string, (p: RuleProblem['params'], code: string) => string> = {
  USCC_LENGTH: (p) => `统一社会信用代码 must be 18 characters, got ${p.length}`,
  USCC_CHARACTER: (p) =>
    `统一社会信用代码 may not contain "${p.character}" (allowed: 0-9 and A-Y except I, O, S, V, Z)`,
  INVALID_USCC: (p, code) => `统一社会信用代码 ${code} fails its check: the last character should be ${p.expected}`,
};

/** Normalise and check a unified social credit code (GB 32100-2015); returns it upper-cased. */
export function validateUscc(value: string, field = 'uscc'): string {
  const code = normaliseIdentifier(value);
  const problem = usccProblem(code);
  if (problem)
    throw badInput(field, problem.reason, USCC_MESSAGES[problem.reason]!(problem.params, code), problem.params);
  return code;
}

const ID_MESSAGES: Record<string, (p: RuleProblem['params'], masked: string) => string> = {
  RESIDENT_ID_15_DIGITS: () =>
    '15-digit identity numbers (issued before 1999) are not accepted: enter the 18-digit number on the current card',
  RESIDENT_ID_FORMAT: () => 'a resident identity number is 17 digits and a check character (digit or X)',
  RESIDENT_ID_BIRTH_DATE: (_p, masked) => `identity number ${masked} has an impossible date of birth`,
  INVALID_RESIDENT_ID: (p, masked) =>
    `identity number ${masked} fails its check: the last character should be ${p.expected}`,
};

/** Check a resident identity number (GB 11643-1999); returns it with an upper-case X. Never echoes the number. */
export function validateResidentId(value: string, field = 'idNumber'): string {
  const id = normaliseIdentifier(value);
  const problem = residentIdProblem(id);
  if (problem)
    throw badInput(
      field,
      problem.reason,
      ID_MESSAGES[problem.reason]!(problem.params, maskResidentId(id)),
      problem.params,
    );
  return id;
}

/** A division code (GB/T 2260 and township codes): six digits for a county, nine or twelve for a town. */
export function validateRegionCode(code: string, field = 'regionCode'): string {
  if (!isRegionCode(code))
    throw badInput(field, 'INVALID_REGION_CODE', `${field} must be a 6-, 9- or 12-digit division code, got "${code}"`);
  return code;
}

/** A plausible budget or reporting year. */
export function validateYear(year: number, field = 'year'): number {
  if (!Number.isInteger(year) || year < YEAR_RANGE.min || year > YEAR_RANGE.max) {
    throw badInput(field, 'INVALID_YEAR', `${field} must be a year between ${YEAR_RANGE.min} and ${YEAR_RANGE.max}`, {
      ...YEAR_RANGE,
    });
  }
  return year;
}
