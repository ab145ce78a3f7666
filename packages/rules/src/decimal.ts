// Exact decimals as server and console check them: money travels as a decimal string ("1234.56") and is an
// integer of minor units (fen) underneath. The server refuses with these reasons on the field; the console
// shows the same reasons before sending.
import type { RuleProblem } from './reasons.js';

/** The largest BIGINT (2^63 − 1): the most minor units a column can hold. */
export const MAX_UNITS = 9223372036854775807n;

const DECIMAL = /^(-)?(\d+)(?:\.(\d+))?$/;

/** "1234.5" at `scale` digits as minor units, or why not: more digits than the scale is refused, never rounded. */
export function decimalUnits(
  value: string,
  scale: number,
): { units: bigint; problem: null } | { units: null; problem: RuleProblem } {
  const match = DECIMAL.exec(String(value).trim());
  if (!match) return { units: null, problem: { reason: 'INVALID_DECIMAL', params: {} } };
  const [, sign, whole, fraction = ''] = match;
  if (fraction.length > scale) return { units: null, problem: { reason: 'TOO_MANY_DECIMALS', params: { scale } } };
  const units = BigInt(whole! + fraction.padEnd(scale, '0'));
  // every decimal is stored as a BIGINT of minor units: beyond it the database could not hold the value
  if (units > MAX_UNITS) return { units: null, problem: { reason: 'AMOUNT_TOO_LARGE', params: {} } };
  return { units: sign ? -units : units, problem: null };
}

/** Money: two decimal places, not negative, and more than zero unless `allowZero`. */
export function moneyUnits(
  value: string,
  { allowZero = false } = {},
): { units: bigint; problem: null } | { units: null; problem: RuleProblem } {
  const parsed = decimalUnits(value, 2);
  if (parsed.problem) return parsed;
  if (parsed.units < 0n || (!allowZero && parsed.units === 0n))
    return { units: null, problem: { reason: allowZero ? 'NEGATIVE' : 'NOT_POSITIVE', params: {} } };
  return parsed;
}
