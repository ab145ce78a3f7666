// What is left to pay on a judgment, in exact fen (money never becomes a float).
import { formatMoney } from '@integrity/rules';

const fen = (yuan: string): bigint => {
  const [whole = '0', fraction = ''] = yuan.trim().replace(/^-/, '').split('.');
  const value = BigInt(whole || '0') * 100n + BigInt((fraction + '00').slice(0, 2));
  return yuan.trim().startsWith('-') ? -value : value;
};

/** amount − paid as a decimal string ("1234.56"); never below zero. */
export function outstanding(amount: string, paid: string): string {
  const left = fen(amount) - fen(paid);
  return formatMoney(left > 0n ? left : 0n);
}
