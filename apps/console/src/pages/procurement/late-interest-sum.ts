import { formatMoney, yuanToFen } from '@integrity/rules';

/** Sum amounts given as yuan strings ("12.34") exactly, in fen, back to a yuan string. */
export const addYuan = (amounts: readonly string[]): string =>
  formatMoney(amounts.reduce((s, a) => s + yuanToFen(a), 0n));
