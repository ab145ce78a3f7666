/**
 * Exact decimal arithmetic on BigInt "minor units" (fen for money). Money never becomes a
 * JavaScript float: it travels as a decimal string ("1234.56"), is stored as an integer count of
 * minor units, and is added, compared and divided as BigInt.
 */
import { decimalUnits, moneyUnits, type RuleProblem } from '@integrity/rules';
import { badInput } from './errors.js';

export { MAX_UNITS } from '@integrity/rules';

const messageOf = (field: string, value: string, scale: number, problem: RuleProblem): string =>
  ({
    INVALID_DECIMAL: `${field} must be a decimal number such as "1234.56", not "${value}"`,
    TOO_MANY_DECIMALS: `${field} allows at most ${scale} decimal places, got "${value}"`,
    AMOUNT_TOO_LARGE: `${field} is too large for a BIGINT of minor units`,
    NEGATIVE: `${field} must be zero or more`,
    NOT_POSITIVE: `${field} must be more than zero`,
  })[problem.reason as string] ?? `${field}: ${problem.reason}`;

/** Parse "1234.5" at `scale` digits into minor units (the rules' check); a problem is BAD_USER_INPUT on `field`. */
export function parseDecimal(value: string, scale: number, field: string): bigint {
  const parsed = decimalUnits(value, scale);
  if (parsed.problem)
    throw badInput(field, parsed.problem.reason, messageOf(field, value, scale, parsed.problem), parsed.problem.params);
  return parsed.units;
}

/** Money: two decimal places, not negative (and not zero unless `allowZero`), checked as the console checks it. */
export const parseMoney = (value: string, field: string, { allowZero = false } = {}): bigint => {
  const parsed = moneyUnits(value, { allowZero });
  if (parsed.problem)
    throw badInput(field, parsed.problem.reason, messageOf(field, value, 2, parsed.problem), parsed.problem.params);
  return parsed.units;
};

/** Database drivers hand integers back as number, string or bigint; normalise to bigint. */
export function toBigInt(value: unknown): bigint {
  if (value === null || value === undefined || value === '') return 0n;
  if (typeof value === 'bigint') return value;
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) throw new RangeError(`${value} is not a safe integer amount`);
    return BigInt(value);
  }
  const text = String(value);
  // SUM() over BIGINT comes back from MySQL as a DECIMAL string, possibly "123.0000"
  const match = /^(-?\d+)(?:\.0*)?$/.exec(text);
  if (!match) throw new RangeError(`${text} is not an integer amount`);
  return BigInt(match[1]!);
}

/**
 * numerator ÷ denominator as a Float for display (ratios are Float in the contract). Compare
 * thresholds with `ratioAtLeast`, never with this number.
 */
export function ratio(numerator: bigint, denominator: bigint, digits = 6): number {
  if (denominator === 0n) return 0;
  const scale = 10n ** BigInt(digits);
  const scaled = (numerator * scale * 2n + denominator) / (denominator * 2n); // rounded half up
  return Number(scaled) / Number(scale);
}

/** Exactly: numerator ÷ denominator ≥ percent / 100 (e.g. debt ratio ≥ 120%). */
export const ratioAtLeast = (numerator: bigint, denominator: bigint, percent: number): boolean =>
  numerator * 100n >= denominator * BigInt(percent);

/** TypeORM transformer: a BIGINT column of minor units held as bigint on the entity. */
export const bigintTransformer = {
  to: (value: bigint | null | undefined): string | null | undefined =>
    value === null || value === undefined ? value : value.toString(),
  from: (value: unknown): bigint | null => (value === null || value === undefined ? null : toBigInt(value)),
};
