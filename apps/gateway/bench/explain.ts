// `npm run explain [-- --scale 1]`: every paged list of the supergraph, with each filter alone and each sort, asked
// through the gateway on MariaDB at the generator's scale; every SELECT the subgraphs send for it is explained
// (EXPLAIN with its parameters) and judged: an index, or a scan or sort of how many rows. Writes docs/EXPLAIN.md.
// A script, never a test: the plans depend on the data and on MariaDB's statistics.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isNonNullType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLField,
} from 'graphql';
import type { Stack } from '@integrity/testing';
import { REPO_ROOT, SUPERGRAPH_FILE } from '../src/paths.js';
import { startBenchStack } from './run.js';

const { values } = parseArgs({ options: { scale: { type: 'string', default: '1' } } });
const scale = Number(values.scale);
/** A scan or sort over fewer rows than this costs nothing worth an index. */
const SMALL = 1_000;

interface PlanRow {
  table: string | null;
  type: string | null;
  key: string | null;
  rows: string | number | null;
  Extra: string | null;
}
interface Finding {
  list: string;
  variant: string;
  verdict: 'INDEX' | 'SMALL' | 'SCAN' | 'SORT' | 'SEARCH' | 'REFUSED' | 'NOT_ASKED';
  detail: string;
}

/** Real values for the arguments that name something, read from the generated data. */
async function argumentValues(stack: Stack): Promise<Record<string, unknown>> {
  const one = async (subgraph: string, sql: string) =>
    ((await stack.subgraphs[subgraph]!.dataSource.query(sql)) as Record<string, unknown>[])[0]?.v ?? null;
  return {
    departmentId: await one(
      'credit',
      'SELECT department_id AS v FROM credit_record WHERE department_id IS NOT NULL GROUP BY department_id ORDER BY COUNT(*) DESC LIMIT 1',
    ),
    purchaserId: await one(
      'procurement',
      'SELECT purchaser_id AS v FROM procurement_project GROUP BY purchaser_id ORDER BY COUNT(*) DESC LIMIT 1',
    ),
    subjectId: await one('credit', 'SELECT subject_id AS v FROM credit_record LIMIT 1'),
    civilServantId: await one('credit', 'SELECT id AS v FROM civil_servant LIMIT 1'),
    agreementId: await one('investment', 'SELECT id AS v FROM investment_agreement LIMIT 1'),
    regionCode: await one('directory', "SELECT code AS v FROM region WHERE code <> '445122' LIMIT 1"),
    townCode: await one('directory', "SELECT code AS v FROM region WHERE code <> '445122' LIMIT 1"),
    entityType: 'CreditRecord',
    entityId: await one('credit', 'SELECT id AS v FROM credit_record LIMIT 1'),
    search: '县',
    readerName: 'leader',
    year: new Date().getUTCFullYear(),
    days: 30,
  };
}

/** The variants of one list: as it opens, each sort (descending), each filter alone. */
function variants(field: GraphQLField<unknown, unknown>, known: Record<string, unknown>) {
  const out: { name: string; args: Record<string, unknown>; missing?: string }[] = [{ name: 'default', args: {} }];
  const valueOf = (a: GraphQLArgument): unknown => {
    const t = getNamedType(a.type);
    if (isEnumType(t)) return t.getValues()[0]!.name;
    if (t.name === 'Boolean') return true;
    return known[a.name] ?? undefined;
  };
  for (const a of field.args) {
    if (['page', 'pageSize', 'sortDirection'].includes(a.name)) continue;
    const t = getNamedType(a.type);
    if (a.name === 'sortBy' && isEnumType(t)) {
      for (const v of t.getValues())
        out.push({ name: `sortBy ${v.name}`, args: { sortBy: v.name, sortDirection: 'DESC' } });
      continue;
    }
    const value = valueOf(a);
    out.push(
      value === undefined || value === null
        ? { name: a.name, args: {}, missing: `no value for ${a.name}` }
        : { name: `${a.name}=${String(value).slice(0, 12)}`, args: { [a.name]: value } },
    );
  }
  return out;
}

const literal = (v: unknown) => (typeof v === 'string' && /^[A-Z_]+$/.test(v) ? v : JSON.stringify(v));

function judge(plan: PlanRow[], sql: string): Pick<Finding, 'verdict' | 'detail'> {
  const rows = (r: PlanRow) => Number(r.rows ?? 0);
  const where = plan.map(
    (r) => `${r.table}: ${r.type}${r.key ? ` ${r.key}` : ''} ~${r.rows}${r.Extra ? ` (${r.Extra})` : ''}`,
  );
  const big = plan.filter((r) => rows(r) >= SMALL);
  if (/ LIKE /i.test(sql) && big.some((r) => r.type === 'ALL' || r.type === 'index'))
    return { verdict: 'SEARCH', detail: where.join('; ') };
  if (big.some((r) => r.type === 'ALL')) return { verdict: 'SCAN', detail: where.join('; ') };
  if (big.some((r) => /filesort/i.test(r.Extra ?? ''))) return { verdict: 'SORT', detail: where.join('; ') };
  return { verdict: big.length ? 'INDEX' : 'SMALL', detail: where.join('; ') };
}

async function explainList(
  stack: Stack,
  name: string,
  field: GraphQLField<unknown, unknown>,
  tokens: string[],
  known: Record<string, unknown>,
) {
  const findings: Finding[] = [];
  for (const v of variants(field, known)) {
    if (v.missing) {
      findings.push({ list: name, variant: v.name, verdict: 'NOT_ASKED', detail: v.missing });
      continue;
    }
    const args = Object.entries({ pageSize: 50, ...v.args }).map(([k, x]) => `${k}: ${literal(x)}`);
    const query = `{ ${name}(${args.join(', ')}) { total items { __typename } } }`;
    let answered = false;
    for (const token of tokens) {
      for (const s of Object.values(stack.subgraphs)) s.counter.reset();
      const response = await fetch(`${stack.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query }),
      });
      const result = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
      if (result.errors?.some((e) => e.extensions?.code === 'FORBIDDEN')) continue;
      if (result.errors?.length) throw new Error(`${query}: ${JSON.stringify(result.errors)}`);
      answered = true;
      const worst: Pick<Finding, 'verdict' | 'detail'>[] = [];
      for (const s of Object.values(stack.subgraphs))
        for (const e of s.counter.entries.filter(
          (x) => /^\s*SELECT/i.test(x.query) && !/FROM `?(kit_|user_session)/i.test(x.query),
        )) {
          const plan = (await s.dataSource.query(`EXPLAIN ${e.query}`, e.parameters)) as PlanRow[];
          worst.push({ ...judge(plan, e.query), detail: `${s.name}: ${judge(plan, e.query).detail}` });
        }
      const order = ['SCAN', 'SORT', 'SEARCH', 'INDEX', 'SMALL'] as const;
      worst.sort((a, b) => order.indexOf(a.verdict as never) - order.indexOf(b.verdict as never));
      findings.push({ list: name, variant: v.name, ...(worst[0] ?? { verdict: 'SMALL', detail: 'no statement' }) });
      break;
    }
    if (!answered)
      findings.push({ list: name, variant: v.name, verdict: 'REFUSED', detail: 'no bench user may read it' });
  }
  return findings;
}

const stack = await startBenchStack(scale);
try {
  const schema = buildSchema(readFileSync(SUPERGRAPH_FILE, 'utf8'));
  const lists = Object.entries(schema.getQueryType()!.getFields()).filter(([, f]) => {
    const t = getNamedType(f.type);
    return (
      isObjectType(t) &&
      'items' in t.getFields() &&
      'total' in t.getFields() &&
      !f.args.some((a) => isNonNullType(a.type))
    );
  });
  const tokens = await Promise.all(['leader', 'admin', 'supervisor'].map((u) => stack.login(u).catch(() => null)));
  const known = await argumentValues(stack);
  const findings: Finding[] = [];
  for (const [name, field] of lists)
    findings.push(
      ...(await explainList(
        stack,
        name,
        field,
        tokens.filter((t): t is string => !!t),
        known,
      )),
    );
  const counts = Object.fromEntries(
    ['INDEX', 'SMALL', 'SCAN', 'SORT', 'SEARCH', 'REFUSED', 'NOT_ASKED'].map((k) => [
      k,
      findings.filter((f) => f.verdict === k).length,
    ]),
  );
  const markdown = [
    '# Every list filter and sort, explained',
    '',
    `Generated by \`npm run explain -- --scale ${scale}\` on ${new Date().toISOString().slice(0, 10)} (MariaDB, the generator's scale-${scale} data).`,
    'Each paged list of the supergraph is asked through the gateway as it opens, with each sort (descending) and with',
    'each filter alone; every SELECT the subgraphs send is explained with its parameters. The worst statement decides:',
    `**SCAN** a full table scan of ${SMALL.toLocaleString('en')} rows or more, **SORT** a filesort of as many, **SEARCH** a`,
    '`LIKE` substring search (a scan by design: a leading wildcard cannot use a B-tree index), **INDEX** every',
    `large read through an index, **SMALL** nothing read reaches ${SMALL.toLocaleString('en')} rows. **REFUSED**: no bench user may`,
    'read the list; **NOT_ASKED**: the script has no value for the argument.',
    '',
    `Totals: ${Object.entries(counts)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ')}.`,
    '',
    '| List | Variant | Verdict | Plan of the worst statement |',
    '|---|---|---|---|',
    ...findings.map((f) => `| ${f.list} | ${f.variant} | ${f.verdict} | ${f.detail.replaceAll('|', '\\|')} |`),
    '',
  ].join('\n');
  process.stdout.write(`${markdown}\n`);
  writeFileSync(resolve(REPO_ROOT, 'docs/EXPLAIN.md'), markdown);
} finally {
  await stack.close();
}
