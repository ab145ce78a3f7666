// casework's Department figures through the committed supergraph on MySQL: right for the department, one
// statement per figure whatever the number of departments asked for, refused to those who may not read them.
import { readFileSync } from 'node:fs';
import { subgraph as credit } from '@integrity/credit';
import { demoDepartments } from '@integrity/demo-data';
import { subgraph as directory } from '@integrity/directory';
import { errorCode, mysqlStatus, startStack, type Stack } from '@integrity/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subgraph as casework } from '../src/index.js';

const mysql = await mysqlStatus();
const SUPERGRAPH = new URL('../../../gateway/supergraph.graphql', import.meta.url);
const DEPT = demoDepartments.find((d) => d.code === 'MZJ')!; // 县民政局: a department with no demo cases

const FIGURES = 'id overdueCaseCount caseSatisfactionRate unfulfilledJudgmentCount courtAppearanceRate';
type Figures = Record<string, number | null> & { id: string };

describe.skipIf(!mysql.ok && process.env.CI !== 'true')(
  `casework figures on MySQL${mysql.ok ? '' : ` (skipped: ${mysql.reason})`}`,
  () => {
    let stack: Stack;
    let xfj: string;
    beforeAll(async () => {
      stack = await startStack({
        subgraphs: [directory, credit, casework],
        supergraphSdl: readFileSync(SUPERGRAPH, 'utf8'),
      });
      xfj = await stack.login('xfj');
    }, 180_000);
    afterAll(() => stack?.close());

    const call = async (query: string, variables: Record<string, unknown>) => {
      const r = await stack.graphql<Record<string, { id: string }>>(query, variables, xfj);
      expect(r.errors, query).toBeUndefined();
      return Object.values(r.data!)[0]!;
    };
    const register = (kind: string, receivedOn: string) =>
      call('mutation ($i: RegisterCaseInput!) { registerCase(input: $i) { id } }', {
        i: { kind, sourceNumber: 'F-1', title: '测试件', content: '测试内容', departmentId: DEPT.id, receivedOn },
      });
    const figuresOf = async (token: string) =>
      (
        await stack.graphql<{ departments: { items: Figures[] } }>(
          `{ departments(pageSize: 200) { items { ${FIGURES} } } }`,
          {},
          token,
        )
      ).data!.departments.items.find((d) => d.id === DEPT.id)!;

    it('counts open cases past their deadline and the share of satisfied ratings', async () => {
      expect(await figuresOf(xfj)).toEqual({
        id: DEPT.id,
        overdueCaseCount: 0,
        caseSatisfactionRate: null,
        unfulfilledJudgmentCount: 0,
        courtAppearanceRate: null,
      });
      await register('JUDICIAL_RECOMMENDATION', '2026-01-31'); // due 2026-03-31: overdue
      await register('PROCURATORIAL_RECOMMENDATION', '2026-01-31');
      for (const satisfaction of ['SATISFIED', 'BASICALLY_SATISFIED', 'NOT_SATISFIED']) {
        const { id } = await register('CPPCC_PROPOSAL', '2026-11-30');
        await call('mutation ($id: ID!, $d: ID!) { assignCase(id: $id, input: { departmentId: $d }) { id } }', {
          id,
          d: DEPT.id,
        });
        await call('mutation ($id: ID!) { replyCase(id: $id, input: { reply: "已办理", outcome: A }) { id } }', { id });
        await call(
          'mutation ($id: ID!, $s: DelegateSatisfaction!) { closeCase(id: $id, input: { delegateSatisfaction: $s }) { id } }',
          { id, s: satisfaction },
        );
      }
      expect(await figuresOf(xfj)).toMatchObject({
        id: DEPT.id,
        overdueCaseCount: 2,
        caseSatisfactionRate: Math.round((2 / 3) * 1e6) / 1e6,
      });
      expect(await figuresOf(await stack.login('fgj'))).toMatchObject({ overdueCaseCount: 2 }); // SUPERVISION reads
    });

    it('refuses officers who read neither casework nor supervision', async () => {
      const r = await stack.graphql(
        `{ departments(pageSize: 5) { items { ${FIGURES} } } }`,
        {},
        await stack.login('czj'),
      );
      expect(errorCode(r)).toBe('FORBIDDEN');
    });

    it('costs the same statements for 5 departments as for 50', async () => {
      const leader = await stack.login('leader');
      const query = `query ($n: Int!) { departments(pageSize: $n) { items { ${FIGURES} } } }`;
      stack.resetSqlCount();
      const five = await stack.graphql<{ departments: { items: Figures[] } }>(query, { n: 5 }, leader);
      const small = stack.sqlCount();
      stack.resetSqlCount();
      const fifty = await stack.graphql<{ departments: { items: Figures[] } }>(query, { n: 50 }, leader);
      expect(stack.sqlCount()).toBe(small);
      expect(five.data!.departments.items).toHaveLength(5);
      expect(fifty.data!.departments.items).toHaveLength(50);
    });
  },
);
