import { PPP_FISCAL_LINES, pppLineOf, withinPppCap } from '@integrity/rules';

/** All PPP obligations of a region's year stay within the cap (the shared rule: exactly 10% passes). */
export const withinCap = withinPppCap;

/** The cap itself in fen, rounded down (a fen over 10% is over). */
export const capOf = (expenditure: bigint): bigint => pppLineOf(expenditure, PPP_FISCAL_LINES.capPercent);

/** The warning line in fen (7%). */
export const warningLineOf = (expenditure: bigint): bigint => pppLineOf(expenditure, PPP_FISCAL_LINES.warningPercent);
