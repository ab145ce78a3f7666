/** A ratio as a percentage with one decimal; '—' when unknown. */
export const pct = (v: number | null | undefined) => (v === null || v === undefined ? '—' : `${(v * 100).toFixed(1)}%`);
