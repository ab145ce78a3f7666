/** Sum amounts given as yuan strings ("12.34") exactly, in fen, back to a yuan string. */
export function addYuan(amounts: readonly string[]): string {
  const fen = amounts.reduce((s, a) => {
    const [whole, frac = ''] = a.split('.');
    const sign = whole!.startsWith('-') ? -1n : 1n;
    return s + sign * (BigInt(whole!.replace('-', '')) * 100n + BigInt((frac + '00').slice(0, 2)));
  }, 0n);
  const abs = fen < 0n ? -fen : fen;
  return `${fen < 0n ? '-' : ''}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}
