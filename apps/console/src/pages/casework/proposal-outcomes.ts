// NPC suggestions and CPPCC proposals per lead department, by outcome (A 已解决或采纳, B 正在解决或列入计划,
// C 留作参考) and those not yet answered. The API has no such count, so it is tallied here from the cases
// themselves, fetched 200 at a time per kind (never one request per department).

export interface ProposalFact {
  kind: string;
  outcome?: string | null;
  department?: { id: string; name: string } | null;
}

export interface OutcomeCounts {
  total: number;
  A: number;
  B: number;
  C: number;
  /** no outcome yet (not replied) */
  pending: number;
}

export interface DepartmentOutcomes {
  departmentId: string;
  name: string;
  npc: OutcomeCounts;
  cppcc: OutcomeCounts;
}

const empty = (): OutcomeCounts => ({ total: 0, A: 0, B: 0, C: 0, pending: 0 });

/** Per lead department (cases not yet assigned under `unassigned`), the most items first. */
export function outcomesByDepartment(cases: readonly ProposalFact[], unassigned: string): DepartmentOutcomes[] {
  const by = new Map<string, DepartmentOutcomes>();
  for (const c of cases) {
    const key = c.department?.id ?? '';
    const row = by.get(key) ?? {
      departmentId: key,
      name: c.department?.name ?? unassigned,
      npc: empty(),
      cppcc: empty(),
    };
    const counts = c.kind === 'NPC_SUGGESTION' ? row.npc : c.kind === 'CPPCC_PROPOSAL' ? row.cppcc : null;
    if (!counts) continue;
    counts.total += 1;
    if (c.outcome === 'A' || c.outcome === 'B' || c.outcome === 'C') counts[c.outcome] += 1;
    else counts.pending += 1;
    by.set(key, row);
  }
  return [...by.values()].sort(
    (a, b) => b.npc.total + b.cppcc.total - (a.npc.total + a.cppcc.total) || a.name.localeCompare(b.name, 'zh-CN'),
  );
}
