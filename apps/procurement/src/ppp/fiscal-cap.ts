/** All PPP obligations of a region's year stay ≤ 10% of its general public budget expenditure (exactly: sum × 10 ≤ expenditure). */
export const withinCap = (obligations: bigint, expenditure: bigint): boolean => obligations * 10n <= expenditure;

/** The cap itself in fen, rounded down (a fen over 10% is over). */
export const capOf = (expenditure: bigint): bigint => expenditure / 10n;
