/**
 * The demo county's bond dates as of `now`: none issued after it (the API refuses a future issue, and a seed run
 * between 1 January and 14 March would otherwise hold this year's March issues). The older ten-year bond matured
 * on the last 15 March passed, its principal repaid by a refinancing bond issued five days before; each year's new
 * bond is issued on 15 March — this year's, before that day, today.
 */
export function demoBondDates(now: string) {
  const thisYear = Number(now.slice(0, 4));
  const refinancedIn = now >= `${thisYear}-03-15` ? thisYear : thisYear - 1;
  return {
    refinancedIn,
    issuedOn: (year: number) => (`${year}-03-15` <= now ? `${year}-03-15` : now),
    matured: { issuedOn: `${refinancedIn - 10}-03-15`, maturesOn: `${refinancedIn}-03-15` },
    refinancing: { issuedOn: `${refinancedIn}-03-10`, maturesOn: `${refinancedIn + 7}-03-10` },
  };
}
