// Quarters for the ledger's period picker: the current one and the four before it, newest first. Pure.
/** From the county's day (YYYY-MM-DD, chinaDate()), not the reader's clock. */
export function recentPeriods(today: string, count = 5): string[] {
  let year = Number(today.slice(0, 4));
  let quarter = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
  const periods: string[] = [];
  for (let i = 0; i < count; i += 1) {
    periods.push(`${year}Q${quarter}`);
    quarter -= 1;
    if (quarter === 0) {
      quarter = 4;
      year -= 1;
    }
  }
  return periods;
}

/** 2026Q3 → 2026年第三季度 */
export const periodLabel = (period: string): string =>
  `${period.slice(0, 4)}年第${['一', '二', '三', '四'][Number(period.slice(5)) - 1]}季度`;
