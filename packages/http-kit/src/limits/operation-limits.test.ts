import { buildSchema, getIntrospectionQuery, parse, validate, type DocumentNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { countFields, measureDocument } from './operation-measure.js';
import { operationLimitRules } from './limit-rules.js';
import { DEFAULT_LIMITS, limitsFromEnv, type OperationLimits } from './operation-limits.js';

const schema = buildSchema(`
  scalar JSON
  type Region { name: String parent: Region children(pageSize: Int): [Region] towns: [Region!]! release: JSON }
  type RegionPage { items: [Region!]! total: Int }
  type Query { region: Region regions(pageSize: Int): [Region] regionPage(pageSize: Int = 20): RegionPage! allRegions: [Region!]! }
`);
const limits = (over: Partial<OperationLimits> = {}): OperationLimits => ({
  ...DEFAULT_LIMITS,
  maxDepth: 3,
  maxAliases: 2,
  maxCost: 1000,
  ...over,
});
const check = (query: string, over: Partial<OperationLimits> = {}) =>
  validate(schema, parse(query), operationLimitRules(limits(over)));
const costOf = (query: string, over: Partial<OperationLimits> = {}) =>
  measureDocument(parse(query), schema, limits(over)).operations[0]!.measure.cost;

describe('operation limits', () => {
  it('allows queries within the depth limit, introspection included', () => {
    expect(check('{ region { parent { name } } }')).toEqual([]);
    expect(check('{ __schema { types { fields { type { ofType { ofType { name } } } } } } }')).toEqual([]);
    // the standard introspection query (GraphiQL, codegen): deep, fragment-heavy, well within every limit
    expect(check(getIntrospectionQuery({ descriptions: true, specifiedByUrl: true }))).toEqual([]);
  });

  it('counts introspection field by field, fragments expanded, so a fragment bomb under __schema is refused', () => {
    const bomb = `{ __schema { ...F0 } } ${Array.from({ length: 30 }, (_, i) => `fragment F${i} on __Schema { ...F${i + 1} ...F${i + 1} }`).join(' ')} fragment F30 on __Schema { description }`;
    expect(check(bomb, { maxCost: 50_000 }).map((e) => e.extensions.field)).toContain('maxCost');
    expect(costOf('{ __typename __schema { queryType { name } } }')).toBe(1 + 1 + 2);
    expect(
      check('{ __schema { a: description b: description c: description } }').map((e) => e.extensions.field),
    ).toEqual(['maxAliases']);
  });

  it('refuses a query one level too deep, through fragments too', () => {
    const [error] = check('{ region { parent { parent { name } } } }');
    expect(error?.message).toMatch(/4 levels deep; at most 3/);
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'maxDepth' });
    expect(check('query { region { ...P } } fragment P on Region { parent { parent { name } } }')).toHaveLength(1);
  });

  it('refuses too many aliases, counting a fragment’s aliases at every spread', () => {
    expect(check('{ a: region { name } b: region { name } }')).toEqual([]);
    expect(check('{ a: region { name } b: region { name } c: region { name } }')[0]?.message).toMatch(
      /3 aliases; at most 2/,
    );
    expect(check('{ region { ...A parent { ...A } } } fragment A on Region { a: name b: name }')[0]?.message).toMatch(
      /4 aliases/,
    );
  });

  it('refuses a page inside a page that could return too much, counting a variable page as the largest', () => {
    expect(check('{ regions(pageSize: 200) { name parent { name } } }')).toEqual([]); // 1 + 200 × 3
    const [error] = check('{ regions(pageSize: 50) { children(pageSize: 50) { name } } }'); // 1 + 50 + 2500
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'maxCost' });
    expect(check('query ($n: Int) { regions(pageSize: $n) { name children(pageSize: 5) { name } } }')).toHaveLength(1); // 1 + 200 × 2 + 200 × 5
  });

  it('counts a variable page size as the request’s value when it carries one', () => {
    const document = parse('query ($n: Int) { regions(pageSize: $n) { name } }');
    expect(measureDocument(document, schema, limits(), { n: 5 }).operations[0]!.measure.cost).toBe(1 + 5);
    expect(measureDocument(document, schema, limits(), {}).operations[0]!.measure.cost).toBe(1 + 200);
    expect(measureDocument(document, schema, limits(), { n: 100_000 }).operations[0]!.measure.cost).toBe(1 + 200);
  });

  it('waives the pages of what @skip or @include leaves out for certain, and counts what depends on a variable not given', () => {
    const document = parse(
      'query ($a: Boolean!, $b: Boolean!) { x: regions(pageSize: 100) @include(if: $a) { name } y: regions(pageSize: 100) @skip(if: $b) { name } }',
    );
    const cost = (variables: Record<string, unknown>) =>
      measureDocument(document, schema, limits(), variables).operations[0]!.measure;
    expect(cost({ a: true, b: false })).toMatchObject({ cost: 2 * (1 + 100), aliases: 2 });
    // left out: each field as written costs one, no page multiplies it; aliases and depth as written
    expect(cost({ a: false, b: false })).toMatchObject({ cost: 2 + (1 + 100), aliases: 2 });
    expect(cost({ a: false, b: true })).toMatchObject({ cost: 2 + 2, aliases: 2, depth: 2 });
    // unknown (the static check of a document) or not a boolean: as if included
    expect(cost({}).cost).toBe(2 * (1 + 100));
    expect(cost({ a: 'false', b: 0 }).cost).toBe(2 * (1 + 100));
    expect(costOf('{ regions(pageSize: 100) @include(if: false) { name } region { name } }')).toBe(2 + 2);
    // an inline fragment and a spread left out: region 1, parent and name 2, towns (unmultiplied) and name 2
    expect(
      costOf(
        '{ region { ... on Region @skip(if: true) { parent { name } } ...P @include(if: false) } } fragment P on Region { towns { name } }',
      ),
    ).toBe(1 + 2 + 2);
  });

  it('refuses a fragment bomb behind @include(if: false): the gateway plans every fragment whatever the variables', () => {
    const bomb = (head: string) =>
      `${head} ${Array.from({ length: 30 }, (_, i) => `fragment F${i} on Region { ...F${i + 1} ...F${i + 1} }`).join(' ')} fragment F30 on Region { name }`;
    for (const head of ['{ regions @include(if: false) { ...F0 } }', '{ region { ...F0 @include(if: false) } }'])
      expect(check(bomb(head), { maxCost: 50_000 }).map((e) => e.extensions.field)).toContain('maxCost');
    const withVariable = parse(bomb('query ($x: Boolean!) { region { ...F0 @include(if: $x) } }'));
    expect(measureDocument(withVariable, schema, limits(), { x: false }).operations[0]!.measure.cost).toBeGreaterThan(
      2 ** 30,
    );
  });

  it('refuses thousands of aliases left out by @include: validation would still compare them pairwise', () => {
    const wide = `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: region @include(if: false) { name }`).join(' ')} }`;
    expect(check(wide, { maxAliases: 30 }).map((e) => e.extensions.field)).toEqual(['maxAliases']);
  });

  it('counts an omitted page size as the argument’s default, and a page’s items once', () => {
    expect(costOf('{ regionPage { items { name } total } }')).toBe(1 + 20 * (1 + 1 + 1));
    expect(costOf('{ regionPage(pageSize: 100) { items { name } } }')).toBe(1 + 100 * 2);
  });

  it('counts an unpaged list as its declared size, not as one item', () => {
    expect(costOf('{ allRegions { name } }', { unpagedListSize: 50 })).toBe(1 + 50);
    expect(costOf('{ allRegions { towns { name } } }', { unpagedListSize: 10 })).toBe(1 + 10 * (1 + 10));
  });

  it('weighs a JSON document by its declared weight, so ten aliased pages of releases are refused', () => {
    expect(costOf('{ regionPage(pageSize: 200) { items { release } } }')).toBe(1 + 200 * (1 + 50));
    const aliased = `{ ${Array.from({ length: 10 }, (_, i) => `p${i}: regionPage(pageSize: 200) { items { release } }`).join(' ')} }`;
    expect(check(aliased, { maxAliases: 30, maxCost: 50_000 }).map((e) => e.extensions.field)).toEqual(['maxCost']);
    expect(costOf('{ regionPage(pageSize: 200) { items { release } } }', { weights: { 'Region.release': 5 } })).toBe(
      1 + 200 * 6,
    );
  });

  it('measures fragments each spreading the next twice in linear time and refuses the expansion', () => {
    const chain = (n: number) =>
      `{ regions { ...F0 } } ${Array.from({ length: n }, (_, i) => `fragment F${i} on Region { ...F${i + 1} ...F${i + 1} }`).join(' ')} fragment F${n} on Region { name }`;
    const started = performance.now();
    const errors = check(chain(60), { maxCost: 50_000 });
    expect(performance.now() - started).toBeLessThan(50);
    expect(errors.map((e) => e.extensions.field)).toContain('maxCost');
  });

  it('refuses fragment cycles without walking them forever', () => {
    const errors = check('{ region { ...A } } fragment A on Region { parent { ...B } } fragment B on Region { ...A }');
    expect(errors.some((e) => /spreads itself/.test(e.message))).toBe(true);
  });

  it('counts field selections as written', () => {
    expect(countFields(parse('{ a b { c ...F } } fragment F on X { d e }') as DocumentNode)).toBe(5);
  });

  it('reads its caps from the environment and refuses nonsense', () => {
    expect(limitsFromEnv({ MAX_QUERY_TOKENS: '100', MAX_QUERY_FIELDS: '10', MAX_QUERY_DEPTH: '5' })).toMatchObject({
      maxTokens: 100,
      maxFields: 10,
      maxDepth: 5,
      maxCost: 50_000,
    });
    expect(() => limitsFromEnv({ MAX_QUERY_COST: 'lots' })).toThrow(/MAX_QUERY_COST/);
  });
});
