// The head-appearance rate per defendant body over one year's hearings (法释〔2020〕3号: 正职 or 副职 counts).
// The API gives Department.courtAppearanceRate for the current calendar year only, so a chosen year is
// counted here from that year's hearings, fetched 200 at a time (never one request per department).

export interface HearingFact {
  headAppeared: boolean;
  department: { id: string; name: string };
}

export interface AppearanceRate {
  departmentId: string;
  name: string;
  hearings: number;
  appeared: number;
  /** appeared ÷ hearings, 0–1 */
  rate: number;
}

/** Per department, the lowest rate first (those to follow up on), then by name. */
export function appearanceRates(hearings: readonly HearingFact[]): AppearanceRate[] {
  const by = new Map<string, AppearanceRate>();
  for (const h of hearings) {
    const row = by.get(h.department.id) ?? {
      departmentId: h.department.id,
      name: h.department.name,
      hearings: 0,
      appeared: 0,
      rate: 0,
    };
    row.hearings += 1;
    if (h.headAppeared) row.appeared += 1;
    by.set(h.department.id, row);
  }
  return [...by.values()]
    .map((r) => ({ ...r, rate: r.appeared / r.hearings }))
    .sort((a, b) => a.rate - b.rate || a.name.localeCompare(b.name, 'zh-CN'));
}
