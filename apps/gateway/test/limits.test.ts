import { readFileSync } from 'node:fs';
import { DEFAULT_LIMITS, measureDocument } from '@integrity/gateway-kit';
import { operationLimitErrors } from '@integrity/subgraph-kit';
import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, SUPERGRAPH_FILE } from '../src/paths.js';

const schema = buildSchema(readFileSync(SUPERGRAPH_FILE, 'utf8'), { assumeValidSDL: true });
const attack = (name: string) => readFileSync(`${REPO_ROOT}/packages/http-kit/test/fixtures/attacks/${name}`, 'utf8');

/** The console's operations as its code generator recorded them (the keys of `Documents` in gql.ts). */
function consoleOperations(): string[] {
  const text = readFileSync(`${REPO_ROOT}/apps/console/src/gql/gql.ts`, 'utf8');
  const start = text.indexOf('type Documents = {');
  const block = text.slice(start, text.indexOf('\n};', start));
  return [...block.matchAll(/^ {4}("(?:[^"\\]|\\.)*"): typeof/gm)].map((m) => JSON.parse(m[1]!) as string);
}

describe('the default operation limits against the committed supergraph', () => {
  it('admit every operation the console sends, with room to spare', () => {
    const operations = consoleOperations();
    expect(operations.length).toBeGreaterThan(30);
    let costliest = 0;
    for (const source of operations) {
      const document = parse(source, { maxTokens: DEFAULT_LIMITS.maxTokens });
      expect(validate(schema, document, specifiedRules), source).toEqual([]);
      expect(operationLimitErrors(document, schema, DEFAULT_LIMITS), source).toEqual([]);
      for (const { measure } of measureDocument(document, schema, DEFAULT_LIMITS).operations)
        costliest = Math.max(costliest, measure.cost);
    }
    expect(costliest).toBeLessThan(DEFAULT_LIMITS.maxCost / 2);
  });

  it('refuse the security probe’s documents', () => {
    for (const name of ['fragment-bomb.graphql', 'fragment-bomb-skipped.graphql', 'introspection-bomb.graphql'])
      expect(
        operationLimitErrors(parse(attack(name)), schema).map((e) => e.extensions.field),
        name,
      ).toContain('maxCost');
    expect(
      operationLimitErrors(parse(attack('aliased-ocds-releases.graphql')), schema).map((e) => e.extensions.field),
    ).toEqual(['maxCost']);
    for (const name of ['repeated-fields-25k.graphql', 'repeated-fields-100k.graphql']) {
      expect(() => parse(attack(name), { maxTokens: DEFAULT_LIMITS.maxTokens }), name).toThrow(/tokens/);
    }
  });

  it('admit one page of OCDS releases but not a page of 200 inside ten aliases', () => {
    const one = parse('{ procurementProjects(pageSize: 200) { items { ocdsRelease } } }');
    expect(operationLimitErrors(one, schema)).toEqual([]);
  });
});
