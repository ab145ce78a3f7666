// Every mutation and every query of the committed supergraph × every demo user, an officer of another
// department and no token, against the tables in authorization-matrix.ts and query-matrix.ts. Refusals are
// sent deliberately invalid input: the declared authorization runs before argument validation, so they must
// still be FORBIDDEN/UNAUTHENTICATED.
import { readFileSync } from 'node:fs';
import { subgraph as casework } from '@integrity/casework';
import { subgraph as credit } from '@integrity/credit';
import { subgraph as debt } from '@integrity/debt';
import {
  DEMO_COUNTY_CODE,
  demoDepartments,
  demoEnterprises,
  demoUserDepartmentId,
  demoUsers,
} from '@integrity/demo-data';
import { subgraph as directory } from '@integrity/directory';
import { subgraph as investment } from '@integrity/investment';
import { subgraph as procurement } from '@integrity/procurement';
import { subgraph as supervision } from '@integrity/supervision';
import { chinaYear } from '@integrity/rules';
import { mysqlStatus, startStack, type GraphQLResult, type Stack } from '@integrity/testing';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUPERGRAPH_FILE } from '../src/paths.js';
import { CALLERS, expectedOutcome, MATRIX, OTHER_OFFICER, type CallerKey } from './authorization-matrix.js';
import { QUERY_MATRIX } from './query-matrix.js';
import { PUBLIC_FIELDS } from './public-fields.js';
import { walkPublicSurface } from './public-walk.js';
import { leaks, ROW_SCOPES, rowKey } from './row-scope.js';

const mysql = await mysqlStatus();
const schema = buildSchema(readFileSync(SUPERGRAPH_FILE, 'utf8'), { assumeValidSDL: true });
const mutations = Object.values(schema.getMutationType()?.getFields() ?? {});
const queries = Object.values(schema.getQueryType()?.getFields() ?? {});
/** Each kind of operation, its fields and its table. */
const KINDS = [
  { kind: 'mutation', fields: mutations, table: MATRIX, file: 'authorization-matrix.ts' },
  { kind: 'query', fields: queries, table: QUERY_MATRIX, file: 'query-matrix.ts' },
] as const;

/** A value GraphQL accepts for the type but the operation's own rules refuse: empty text, negative amounts, a future date, unknown ids. */
function invalidValue(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return invalidValue(type.ofType);
  if (isListType(type)) return [];
  if (isEnumType(type)) return type.getValues()[0]!.value;
  if (isInputObjectType(type)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields()))
      if (isNonNullType(field.type) && field.defaultValue === undefined) value[field.name] = invalidValue(field.type);
    return value;
  }
  const scalar: Record<string, unknown> = {
    ID: '00000000-0000-4000-8000-000000000000',
    String: '',
    Int: -1,
    Float: -1,
    Boolean: false,
    Decimal: '-1',
    Date: '2999-12-31',
    JSON: {},
  };
  return scalar[getNamedType(type).name] ?? '';
}

/** The operation with every required argument as a variable holding an invalid value. */
function invalidCall(kind: 'mutation' | 'query', field: GraphQLField<unknown, unknown>) {
  const args = field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);
  const declared = args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const passed = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  return {
    query: `${kind} Matrix${declared ? `(${declared})` : ''} { ${field.name}${passed ? `(${passed})` : ''}${selection} }`,
    variables: Object.fromEntries(args.map((a) => [a.name, invalidValue(a.type)])),
  };
}

/** Refusals by a declaration (who may call the operation at all), as opposed to the services' object-level ones. */
const DECLARED_REFUSALS = ['NOT_PERMITTED', 'COUNTY_WIDE_ONLY'];
const OTHER_OFFICER_DEPARTMENT = demoDepartments.find((d) => d.shortName === `${OTHER_OFFICER.town}人民政府`)!.id;
/** The department a caller works for. */
const departmentOf = (c: CallerKey): string =>
  c === 'otherOfficer' ? OTHER_OFFICER_DEPARTMENT : demoUserDepartmentId(demoUsers.find((u) => u.username === c)!);
const firstError = (r: GraphQLResult) => r.errors?.[0]?.extensions as { code?: string; reason?: string } | undefined;

describe.each(KINDS)('the table of each $kind', ({ kind, fields, table, file }) => {
  it(`has an entry for every ${kind} of the supergraph, and none for one that is gone`, () => {
    const names = fields.map((m) => m.name).sort();
    expect(
      names.filter((n) => !(n in table)),
      `${kind} fields without an entry in ${file}`,
    ).toEqual([]);
    expect(
      Object.keys(table).filter((n) => !names.includes(n)),
      `entries for ${kind} fields the supergraph no longer has`,
    ).toEqual([]);
  });

  it('names only known callers, and the demo users it names exist', () => {
    for (const allowed of Object.values(table)) for (const c of allowed) expect(CALLERS).toContain(c);
    const demo = demoUsers.map((u) => u.username);
    for (const c of CALLERS) if (c !== 'anonymous' && c !== 'otherOfficer') expect(demo).toContain(c);
  });
});

describe.skipIf(!mysql.ok)(
  `every operation × every caller on MySQL${mysql.ok ? '' : ` (skipped: ${mysql.reason})`}`,
  () => {
    let stack: Stack;
    const tokens = new Map<CallerKey, string | undefined>();

    beforeAll(async () => {
      stack = await startStack({
        subgraphs: [directory, credit, procurement, investment, debt, supervision, casework],
        supergraphSdl: readFileSync(SUPERGRAPH_FILE, 'utf8'),
      });
      for (const c of CALLERS) {
        if (c === 'anonymous') tokens.set(c, undefined);
        else if (c === 'otherOfficer')
          tokens.set(
            c,
            // a real account (tokens name a live session), of a town government acting county-wide in nothing
            await stack.newUserToken({
              username: 'other-officer',
              roles: ['OFFICER'],
              domains: [...OTHER_OFFICER.domains],
              departmentId: OTHER_OFFICER_DEPARTMENT,
            }),
          );
        else tokens.set(c, await stack.login(c));
      }
    }, 180_000);
    afterAll(() => stack?.close());

    it.each(KINDS)(
      'answers each $kind × caller as its table says, refusing before it looks at the input',
      async ({ kind, fields, table }) => {
        const failures: string[] = [];
        let checked = 0;
        for (const field of fields) {
          const { query, variables } = invalidCall(kind, field);
          // logout ends the session it is called with: spend a session of its own, keep the callers' tokens
          const tokenFor = async (c: CallerKey) =>
            field.name !== 'logout' || c === 'anonymous'
              ? tokens.get(c)
              : c === 'otherOfficer'
                ? stack.login('other-officer', 'long-enough-pw') // the password newUserToken gives
                : stack.login(c);
          const results = await Promise.all(
            CALLERS.map(async (c) => stack.graphql(query, variables, await tokenFor(c))),
          );
          CALLERS.forEach((caller, i) => {
            checked += 1;
            const expected = expectedOutcome(table[field.name]!, caller);
            const error = firstError(results[i]!);
            const got = `${error?.code ?? 'no error'}/${error?.reason ?? '-'}`;
            if (expected === 'allowed') {
              // let through the declaration: whatever follows (bad input, not found, another department's object) is not "who are you"
              const refusedByDeclaration =
                error?.code === 'UNAUTHENTICATED'
                  ? error.reason !== 'WRONG_CREDENTIALS'
                  : error?.code === 'FORBIDDEN' && DECLARED_REFUSALS.includes(error.reason ?? '');
              if (refusedByDeclaration)
                failures.push(`${field.name} as ${caller}: expected to be let through, got ${got}`);
            } else if (
              error?.code !== expected ||
              (expected === 'FORBIDDEN' && !DECLARED_REFUSALS.includes(error.reason ?? ''))
            ) {
              failures.push(`${field.name} as ${caller}: expected ${expected}, got ${got}`);
            }
          });
        }
        expect(failures).toEqual([]);
        expect(checked).toBe(fields.length * CALLERS.length);
      },
      180_000,
    );

    it('gives each department officer of a scoped list only their own department’s rows', async () => {
      const failures: string[] = [];
      for (const [name, scope] of Object.entries(ROW_SCOPES)) {
        const ask = async (c: CallerKey) => {
          const r = await stack.graphql(scope.query, scope.variables ?? {}, tokens.get(c));
          expect(r.errors, `${name} as ${c}`).toBeUndefined();
          const data = r.data as Record<string, unknown>;
          if (scope.page)
            expect((data[scope.page] as { total: number }).total, `${name}: one page`).toBeLessThanOrEqual(200);
          return scope.rows(data);
        };
        if (scope.prepare) {
          const prepared = await stack.graphql(scope.prepare.query, {}, tokens.get(scope.prepare.as));
          expect(prepared.errors, `${name}: preparing`).toBeUndefined();
        }
        const everything = await ask('leader');
        // the filter is observable: the leader is given rows that some officer below must not be
        const withheld = scope.scoped.filter((c) => leaks(everything, departmentOf(c)).length > 0);
        if (withheld.length === 0) failures.push(`${name}: the demo data gives no officer anything to withhold`);
        for (const c of scope.scoped) {
          const own = departmentOf(c);
          const given = await ask(c);
          for (const leak of leaks(given, own))
            failures.push(`${name} as ${c}: ${leak.row} of ${leak.departments.join(', ') || 'no department'}`);
          // and every row of their own: what the leader is given, less what is withheld
          const hidden = new Set(leaks(everything, own).map(rowKey));
          const expected = everything
            .map(rowKey)
            .filter((k) => !hidden.has(k))
            .sort();
          const givenKeys = new Set(given.map(rowKey));
          const missing = expected.filter((k) => !givenKeys.has(k));
          if (missing.length) failures.push(`${name} as ${c}: own rows missing ${missing.join(' ')}`);
          // nor is a withheld row read by its id
          const other = leaks(everything, own)[0];
          if (scope.byId && other) {
            const one = await stack.graphql(
              `query ($id: ID!) { ${scope.byId}(id: $id) { id } }`,
              { id: other.row },
              tokens.get(c),
            );
            if ((one.data as Record<string, unknown> | undefined)?.[scope.byId] !== null)
              failures.push(`${scope.byId} ${other.row} as ${c}: ${JSON.stringify(one.data ?? one.errors)}`);
          }
        }
      }
      expect(failures).toEqual([]);
    });

    it('counts for a department officer only the warnings its list gives them, status by status', async () => {
      for (const c of ['leader', ...ROW_SCOPES.integrityWarnings!.scoped] as CallerKey[])
        for (const status of ['OPEN', 'ACKNOWLEDGED', 'RESOLVED']) {
          const r = await stack.graphql(
            'query ($s: WarningStatus) { integrityWarnings(status: $s, pageSize: 1) { total } integrityWarningCounts(status: $s) { count } }',
            { s: status },
            tokens.get(c),
          );
          const data = r.data as { integrityWarnings: { total: number }; integrityWarningCounts: { count: number }[] };
          const counted = data.integrityWarningCounts.reduce((sum, k) => sum + k.count, 0);
          expect(counted, `${c} ${status}`).toBe(data.integrityWarnings.total);
        }
    });

    it('gives the callers the issue names FORBIDDEN, not BAD_USER_INPUT, for bad input', async () => {
      const leader = tokens.get('leader');
      const created = await stack.graphql(
        'mutation { createEnterprise(input: { uscc: "x", name: "a" }) { uscc } }',
        {},
        leader,
      );
      expect(firstError(created)).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_PERMITTED' });
      const project = await stack.graphql(
        'mutation { createProcurementProject(input: { title: "", purchaserId: "x", category: GOODS, method: OPEN, budget: "-1" }) { id } }',
        {},
        tokens.get('jxj'),
      );
      expect(firstError(project)?.code).toBe('FORBIDDEN');
    });

    it('tells an allowed caller what is wrong with the input, with a reason code and its figures', async () => {
      const result = await stack.graphql(
        'mutation ($i: CreateEnterpriseInput!) { createEnterprise(input: $i) { uscc } }',
        { i: invalidValue(schema.getType('CreateEnterpriseInput') as GraphQLInputType) },
        tokens.get('admin'),
      );
      const error = result.errors?.[0]?.extensions as {
        code: string;
        reason: string;
        params: Record<string, unknown>;
        field: string;
      };
      expect(error.code).toBe('BAD_USER_INPUT');
      expect(typeof error.reason).toBe('string');
      expect(error.params).toBeTypeOf('object');
      expect(typeof error.field).toBe('string');
    });

    it('lets a caller without a token read the public fields and no other, each field asked alone', async () => {
      const leader = tokens.get('leader');
      const report = await stack.graphql<{ creditReport: { number: string } }>(
        'mutation ($id: ID!) { creditReport(subjectType: DEPARTMENT, subjectId: $id) { number } }',
        { id: demoDepartments[0]!.id },
        leader,
      );
      const complaint = await stack.graphql<{ fileComplaint: { trackingNumber: string; accessCode: string } }>(
        'mutation { fileComplaint(input: { category: ARREARS, content: "县某局拖欠供应商货款一年未付，请督促。" }) { trackingNumber accessCode } }',
      );
      // a year's grades published (two years back: the row-scope case keeps last year's unpublished)
      const supervisor = tokens.get('supervisor');
      const started = await stack.graphql<{ startEvaluation: { id: string } }>(
        'mutation ($y: Int!) { startEvaluation(year: $y) { id } }',
        { y: chinaYear() - 2 },
        supervisor,
      );
      const evaluation = started.data!.startEvaluation.id;
      await stack.subgraphs.supervision!.dataSource.query('UPDATE evaluation SET feedback_deadline = ? WHERE id = ?', [
        '2000-01-01',
        evaluation,
      ]);
      for (const step of ['finalizeEvaluation', 'publishEvaluation'])
        expect(
          (await stack.graphql(`mutation ($id: ID!) { ${step}(id: $id) { status } }`, { id: evaluation }, supervisor))
            .errors,
        ).toBeUndefined();
      const years = await stack.graphql<{ publicIntegrityRatingYears: number[] }>('{ publicIntegrityRatingYears }');
      expect(years.data!.publicIntegrityRatingYears).toEqual([chinaYear() - 2]);
      const json = JSON.stringify;
      const roots: [string, string][] = [
        ['departments', '(pageSize: 200)'],
        ['department', `(id: ${json(demoDepartments[0]!.id)})`],
        ['enterprises', '(pageSize: 200)'],
        ['enterprise', `(uscc: ${json(demoEnterprises[0]!.uscc)})`],
        ['regions', ''],
        ['region', `(code: ${json(DEMO_COUNTY_CODE)})`],
        ['publicDishonestyRecords', '(pageSize: 200)'],
        ['publicIntegrityRatings', `(year: ${years.data!.publicIntegrityRatingYears[0]})`],
        ['verifyCreditReport', `(number: ${json(report.data!.creditReport.number)})`],
        [
          'complaintStatus',
          `(trackingNumber: ${json(complaint.data!.fileComplaint.trackingNumber)}, accessCode: ${json(complaint.data!.fileComplaint.accessCode)})`,
        ],
        ['me', ''],
      ];
      const query = schema.getQueryType()!.getFields();
      const walked = await walkPublicSurface(
        schema,
        roots.map(([field, args]) => ({
          type: getNamedType(query[field]!.type).name,
          wrap: (inner: string) => `{ ${field}${args} { ${inner} } }`,
          path: [field],
        })),
        (q) => stack.graphql(q),
        chinaYear(),
      );
      const listed = new Set(PUBLIC_FIELDS);
      const readable = new Set(walked.readable);
      expect(
        walked.readable.filter((f) => !listed.has(f)),
        `readable without a token but not public:\n${JSON.stringify(walked, null, 1)}`,
      ).toEqual([]);
      expect(PUBLIC_FIELDS.filter((f) => !readable.has(f))).toEqual([]);
      expect(walked.unasked).toEqual([]); // every field reached was asked
    }, 300_000);
  },
);
