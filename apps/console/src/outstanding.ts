// What is left to pay (a judgment, a milestone), in exact fen (money never becomes a float).
import { formatMoney, yuanToFen as fen } from '@integrity/rules';

/** amount − paid as a decimal string ("1234.56"); never below zero. */
export function outstanding(amount: string, paid: string): string {
  const left = fen(amount) - fen(paid);
  return formatMoney(left > 0n ? left : 0n);
}
