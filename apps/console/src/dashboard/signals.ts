// Pure helpers behind the leaders' dashboard: reading per-department figures (each contributed by a
// different subgraph, any of which may be missing) and ranking departments by their integrity signals.
import { DOMAIN, type Domain } from '../labels/domain';

export interface DepartmentFigures {
  id: string;
  name: string;
  code: string;
  kind: string;
  civilServantCount: number | null;
  creditFileCoverage: number | null;
  activeDishonestyRecordCount: number | null;
  overduePaymentCount: number | null;
  breachCount: number | null;
  overdueCommitmentCount: number | null;
  breachedCommitmentCount: number | null;
  commitmentFulfilmentRate: number | null;
}

const num = (row: Record<string, unknown>, key: string): number | null => {
  const v = row[key];
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
};

/** Read the figures a department row carries; a field whose subgraph is absent or failed reads as null. */
export function figuresOf(row: Record<string, unknown> | null | undefined): DepartmentFigures | null {
  if (!row || typeof row.id !== 'string') return null;
  return {
    id: row.id,
    name: String(row.name ?? ''),
    code: String(row.code ?? ''),
    kind: String(row.kind ?? ''),
    civilServantCount: num(row, 'civilServantCount'),
    creditFileCoverage: num(row, 'creditFileCoverage'),
    activeDishonestyRecordCount: num(row, 'activeDishonestyRecordCount'),
    overduePaymentCount: num(row, 'overduePaymentCount'),
    breachCount: num(row, 'breachCount'),
    overdueCommitmentCount: num(row, 'overdueCommitmentCount'),
    breachedCommitmentCount: num(row, 'breachedCommitmentCount'),
    commitmentFulfilmentRate: num(row, 'commitmentFulfilmentRate'),
  };
}

/**
 * One number to rank by (higher = more attention needed): active dishonesty records weigh most, then
 * government breaches (overdue payments, overdue or breached commitments), then the gap to 100% coverage.
 */
export function signalScore(f: DepartmentFigures): number {
  const coverageGap =
    f.creditFileCoverage === null || (f.civilServantCount ?? 0) === 0 ? 0 : Math.max(0, 1 - f.creditFileCoverage);
  return (
    5 * (f.activeDishonestyRecordCount ?? 0) +
    3 * (f.overduePaymentCount ?? 0) +
    3 * (f.overdueCommitmentCount ?? 0) +
    2 * (f.breachCount ?? 0) +
    2 * (f.breachedCommitmentCount ?? 0) +
    Math.round(coverageGap * 10)
  );
}

export function rankDepartments(rows: DepartmentFigures[]): (DepartmentFigures & { score: number; rank: number })[] {
  return rows
    .map((f) => ({ ...f, score: signalScore(f) }))
    .sort((a, b) => b.score - a.score || a.code.localeCompare(b.code))
    .map((f, i) => ({ ...f, rank: i + 1 }));
}

export interface IntegrityScore {
  score: number;
  grade: string;
  /** Honours eligibility (二.（五）): what bars the department, empty when eligible. */
  honours?: { eligible: boolean; bars: readonly { kind: string; count?: number | null; year?: number | null }[] };
}

/**
 * The ranking the leaders read: by the live integrity score (supervision's, highest first), the signals
 * breaking ties; while supervision does not answer, by the signals alone (scores stay null).
 */
export function rankByIntegrity<T extends DepartmentFigures & { score: number }>(
  rows: T[],
  scores: ReadonlyMap<string, IntegrityScore>,
): (T & { rank: number; integrity: IntegrityScore | null })[] {
  const withScore = rows.map((r) => ({ ...r, integrity: scores.get(r.id) ?? null }));
  if (scores.size)
    withScore.sort(
      (a, b) =>
        (b.integrity?.score ?? -1) - (a.integrity?.score ?? -1) || b.score - a.score || a.code.localeCompare(b.code),
    );
  return withScore.map((r, i) => ({ ...r, rank: i + 1 }));
}

export const sum = (rows: DepartmentFigures[], key: keyof DepartmentFigures): number | null => {
  const values = rows.map((r) => r[key]).filter((v): v is number => typeof v === 'number');
  return values.length ? values.reduce((a, b) => a + b, 0) : null;
};

/** Which subgraph a gateway error came from (for the partial-failure banner). */
/**
 * Which parts of the system failed, from the errors of a partial answer: each subgraph's domain (DIRECTORY,
 * CREDIT, …) when the error names its subgraph, else null (the console then says "other data"), never a raw
 * field or service name an officer cannot read.
 */
export function failedDomains(
  errors: readonly {
    message: string;
    path?: readonly (string | number)[];
    extensions?: Record<string, unknown> | null;
  }[],
): (Domain | null)[] {
  const found = new Set<Domain | null>();
  for (const e of errors) {
    const service = e.extensions?.serviceName;
    const domain = typeof service === 'string' ? service.toUpperCase() : '';
    found.add(domain in DOMAIN ? (domain as Domain) : null);
  }
  return [...found];
}

/** Debt-risk band from a debt ratio: the shared rule (re-exported for the dashboard's pages). */
export { riskBand, RISK_BAND_EDGES, RISK_COLORS } from '@integrity/rules';

type Loose = Record<string, unknown>;
const itemsOf = (d: unknown): Loose[] =>
  ((d as { departments?: { items?: Loose[] } | null } | undefined)?.departments?.items ?? []) as Loose[];

/** Merge the per-subgraph fallback answers (base directory data, department figures per subgraph, regions' debt risk) into the shape of the primary query. */
export function mergeParts(base: unknown, departmentParts: unknown[], debt: unknown): Loose | undefined {
  const b = base as Loose | undefined;
  if (!b) return undefined;
  const byId = new Map<string, Loose>(itemsOf(b).map((d) => [String(d.id), { ...d }]));
  for (const part of departmentParts) for (const d of itemsOf(part)) Object.assign(byId.get(String(d.id)) ?? {}, d);
  const risk = new Map(
    ((debt as { regions?: Loose[] } | undefined)?.regions ?? []).map((r) => [String(r.code), r.debtRisk]),
  );
  const coverage = departmentParts.map((p) => (p as Loose | undefined)?.creditCoverage).find((c) => c);
  return {
    creditCoverage: coverage ?? null,
    departments: { items: [...byId.values()] },
    regions: ((b.regions ?? []) as Loose[]).map((r) => ({ ...r, debtRisk: risk.get(String(r.code)) ?? null })),
  };
}
