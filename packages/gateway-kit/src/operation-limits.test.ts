import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { operationLimitRules } from './operation-limits.js';

const schema = buildSchema(`type Region { name: String parent: Region children(pageSize: Int): [Region] } type Query { region: Region regions(pageSize: Int): [Region] }`);
const check = (query: string, maxDepth = 3, maxAliases = 2, maxCost = 1000) => validate(schema, parse(query), operationLimitRules({ maxDepth, maxAliases, maxCost }));

describe('operation limits', () => {
  it('allows queries within the depth limit, introspection included', () => {
    expect(check('{ region { parent { name } } }')).toEqual([]);
    expect(check('{ __schema { types { fields { type { ofType { ofType { name } } } } } } }')).toEqual([]);
  });

  it('refuses a query one level too deep, through fragments too', () => {
    const [error] = check('{ region { parent { parent { name } } } }');
    expect(error?.message).toMatch(/4 levels deep; at most 3/);
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'maxDepth' });
    expect(check('query { region { ...P } } fragment P on Region { parent { parent { name } } }')).toHaveLength(1);
  });

  it('refuses too many aliases', () => {
    expect(check('{ a: region { name } b: region { name } }')).toEqual([]);
    expect(check('{ a: region { name } b: region { name } c: region { name } }')[0]?.message).toMatch(/3 aliases; at most 2/);
  });

  it('refuses a page inside a page that could return too much, counting a variable page as the largest', () => {
    expect(check('{ regions(pageSize: 200) { name parent { name } } }')).toEqual([]); // 1 + 200 × 3
    const [error] = check('{ regions(pageSize: 50) { children(pageSize: 50) { name } } }'); // 1 + 50 + 2500
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'maxCost' });
    expect(check('query ($n: Int) { regions(pageSize: $n) { name children(pageSize: 5) { name } } }')).toHaveLength(1); // 1 + 200 × 2 + 200 × 5
  });
});
