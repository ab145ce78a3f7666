import { errorCode, startStack, type Stack } from '@integrity/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subgraph } from '../src/index.js';

// The zero-setup path (`npm start` without DATABASE_URL): the same migrations, seed and rules on SQLite.
describe('directory on embedded SQLite', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ subgraphs: [subgraph], database: 'sqlite' });
  });
  afterAll(() => stack?.close());

  it('migrates, seeds, logs in and answers the contract query', async () => {
    const token = await stack.login('leader');
    const result = await stack.graphql<{
      departments: { total: number; items: { name: string; region: { name: string } }[] };
    }>('{ departments(pageSize: 100) { items { name region { name } } total } }', {}, token);
    expect(result.data!.departments.total).toBeGreaterThanOrEqual(50);
    expect(result.data!.departments.items).toContainEqual({ name: '饶平县黄冈镇人民政府', region: { name: '黄冈镇' } });
  });

  it('keeps the write rules: bad input leaves nothing, a stale version is CONFLICT, LIKE wildcards are literal', async () => {
    const admin = await stack.login('admin');
    const bad = await stack.graphql(
      'mutation { createEnterprise(input: { uscc: "91350100M000100Y44", name: "测试企业" }) { uscc } }',
      {},
      admin,
    );
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'uscc' });
    const created = await stack.graphql<{ createDepartment: { id: string } }>(
      'mutation { createDepartment(input: { code: "SQL_1", name: "嵌入式测试部门", kind: OTHER, uscc: "11445122875657953Q", regionCode: "445122" }) { id } }',
      {},
      admin,
    );
    const id = created.data!.createDepartment.id;
    const first = await stack.graphql(
      `mutation { updateDepartment(id: "${id}", input: { version: 1, name: "嵌入式测试部门二" }) { version } }`,
      {},
      admin,
    );
    expect(first.data).toEqual({ updateDepartment: { version: 2 } });
    const stale = await stack.graphql(
      `mutation { updateDepartment(id: "${id}", input: { version: 1, name: "过期的修改" }) { version } }`,
      {},
      admin,
    );
    expect(errorCode(stale)).toBe('CONFLICT');
    const underscore = await stack.graphql<{ departments: { items: { code: string }[] } }>(
      '{ departments(search: "SQL_") { items { code } } }',
    );
    expect(underscore.data!.departments.items).toEqual([{ code: 'SQL_1' }]);
    const wildcard = await stack.graphql<{ departments: { total: number } }>('{ departments(search: "_") { total } }');
    expect(wildcard.data!.departments.total).toBe(1);
  });
});
