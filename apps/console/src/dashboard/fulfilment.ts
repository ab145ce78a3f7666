// The county's commitment fulfilment rate: fulfilled ÷ due summed over departments (each department's rate
// weighs by how many commitments it has), never the average of the departments' rates.
export interface FulfilmentCounts {
  dueCommitmentCount?: number | null;
  fulfilledCommitmentCount?: number | null;
}

/** Σ fulfilled ÷ Σ due over the rows that carry both counts; null when nothing is due (or investment is down). */
export function countyFulfilment(rows: readonly FulfilmentCounts[]): {
  rate: number | null;
  fulfilled: number;
  due: number;
} {
  let fulfilled = 0;
  let due = 0;
  for (const r of rows) {
    if (typeof r.dueCommitmentCount !== 'number' || typeof r.fulfilledCommitmentCount !== 'number') continue;
    due += r.dueCommitmentCount;
    fulfilled += r.fulfilledCommitmentCount;
  }
  return { rate: due === 0 ? null : fulfilled / due, fulfilled, due };
}
