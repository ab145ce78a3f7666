// The lists every signed-in user may call but whose rows the service limits to the caller's own department:
// supervision's warnings, inspections, rectifications, unpublished evaluation results and task report lines,
// casework's cases, judgments and court appearances. The query matrix proves who may call them; this table
// proves what each department's officer is given. Written from the product's rules (docs/SECURITY.md), not
// from the services: leaders, supervisors, administrators and SUPERVISION officers see every department's
// supervision rows; they and county-wide CASEWORK officers every case; anyone else only their own department's
// (a case also its co-handlers'; a task's report lines all of them for a lead department).
import { chinaYear } from '@integrity/rules';
import { periodOf } from '@integrity/supervision';
import { today } from '@integrity/subgraph-kit';
import type { CallerKey } from './authorization-matrix.js';

type Data = Record<string, unknown>;
type Ref = { id: string } | null;
/** One row as the department filter sees it: a label for the failure message and the departments it is theirs. */
export interface ScopedRow {
  row: string;
  departments: string[];
  /** The caller's department sees every row of this group when it is one of these (a task's lead departments). */
  wholeGroupFor?: string[];
}

export interface RowScope {
  query: string;
  /** The paged list's field, whose total must fit the one page asked (else rows would be missing from the comparison). */
  page?: string;
  variables?: Record<string, unknown>;
  /** Officers who see only their own department's rows. */
  scoped: readonly CallerKey[];
  rows: (data: Data) => ScopedRow[];
  /** The query that reads one row by its id, which must answer null for a row the list withholds. */
  byId?: string;
  /** What to do first, as whom, where the demo county has no such rows. */
  prepare?: { query: string; as: CallerKey };
}

/** Department officers who neither supervise nor hold SUPERVISION (fgj does). */
const NOT_SUPERVISING: readonly CallerKey[] = ['rsj', 'czj', 'jxj', 'hgz', 'xfj'];
/** Department officers who see only their cases: not xfj, the county-wide CASEWORK office, nor fgj, who holds SUPERVISION. */
const NOT_CASEWORK_WIDE: readonly CallerKey[] = ['rsj', 'czj', 'jxj', 'hgz'];
const ids = (refs: Ref[]) => refs.flatMap((r) => (r ? [r.id] : []));
const page = <T>(data: Data, field: string) => (data[field] as { items: T[] }).items;
/** A row as compared between callers. */
export const rowKey = (r: ScopedRow): string => JSON.stringify([r.row, [...r.departments].sort()]);

/** A paged list whose every row names its one department: the list, asked whole, each row that department's. */
const departmentList = (field: string, scoped: readonly CallerKey[], byId?: string): RowScope => ({
  query: `{ ${field}(pageSize: 200) { total items { id department { id } } } }`,
  page: field,
  scoped,
  byId,
  rows: (d) =>
    page<{ id: string; department: Ref }>(d, field).map((r) => ({ row: r.id, departments: ids([r.department]) })),
});

export const ROW_SCOPES: Record<string, RowScope> = {
  integrityWarnings: departmentList('integrityWarnings', NOT_SUPERVISING),
  inspections: {
    // with the orders its findings were made into: read by id beside the finding, so they must be the same department's
    query:
      '{ inspections(pageSize: 200) { total items { id department { id } findings { rectification { id department { id } } } } } }',
    page: 'inspections',
    scoped: NOT_SUPERVISING,
    rows: (d) =>
      page<{ id: string; department: Ref; findings: { rectification: { id: string; department: Ref } | null }[] }>(
        d,
        'inspections',
      ).flatMap((i) => [
        { row: i.id, departments: ids([i.department]) },
        ...i.findings.flatMap((f) =>
          f.rectification
            ? [{ row: `${i.id} → ${f.rectification.id}`, departments: ids([f.rectification.department]) }]
            : [],
        ),
      ]),
  },
  rectifications: departmentList('rectifications', NOT_SUPERVISING, 'rectification'),
  evaluations: {
    // a published evaluation is public (its ratings are on the public page); before that each department its own
    query: '{ evaluations { year status results { department { id } } } }',
    // the demo county has no evaluation: start last year's, which scores every department
    prepare: { query: `mutation { startEvaluation(year: ${chinaYear() - 1}) { id } }`, as: 'supervisor' },
    scoped: NOT_SUPERVISING,
    rows: (d) =>
      (d.evaluations as { year: number; status: string; results: { department: Ref }[] }[])
        .filter((e) => e.status !== 'PUBLISHED')
        .flatMap((e) => e.results.map((r) => ({ row: `${e.year} ${e.status}`, departments: ids([r.department]) }))),
  },
  // one year's, by the same filter as the list (after the entry above, which started last year's)
  evaluation: {
    query: 'query ($year: Int!) { evaluation(year: $year) { year status results { department { id } } } }',
    variables: { year: chinaYear() - 1 },
    scoped: NOT_SUPERVISING,
    rows: (d) => {
      const e = d.evaluation as { year: number; status: string; results: { department: Ref }[] } | null;
      return !e || e.status === 'PUBLISHED'
        ? []
        : e.results.map((r) => ({ row: `${e.year} ${e.status}`, departments: ids([r.department]) }));
    },
  },
  planTasks: {
    query:
      'query ($period: String!) { planTasks(pageSize: 200) { total items { id leadDepartments { id } reportLines(period: $period) { department { id } } } } }',
    page: 'planTasks',
    variables: { period: periodOf(today()) },
    scoped: NOT_SUPERVISING,
    rows: (d) =>
      page<{ id: string; leadDepartments: Ref[]; reportLines: { department: Ref }[] }>(d, 'planTasks').flatMap((t) =>
        t.reportLines.map((l) => ({
          row: `task ${t.id}`,
          departments: ids([l.department]),
          wholeGroupFor: ids(t.leadDepartments),
        })),
      ),
  },
  cases: {
    query: '{ cases(pageSize: 200) { total items { id department { id } coHandlers { id } } } }',
    page: 'cases',
    byId: 'case',
    scoped: NOT_CASEWORK_WIDE,
    rows: (d) =>
      page<{ id: string; department: Ref; coHandlers: Ref[] }>(d, 'cases').map((c) => ({
        row: c.id,
        departments: ids([c.department, ...c.coHandlers]),
      })),
  },
  judgments: departmentList('judgments', NOT_CASEWORK_WIDE),
  courtAppearances: departmentList('courtAppearances', NOT_CASEWORK_WIDE),
};

/** The rows of `rows` that a caller of department `own` should not have been given. */
export const leaks = (rows: ScopedRow[], own: string): ScopedRow[] =>
  rows.filter((r) => !r.departments.includes(own) && !r.wholeGroupFor?.includes(own));
