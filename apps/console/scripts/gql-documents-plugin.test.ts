// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { replaceGraphqlCalls } from './gql-documents-plugin.mjs';

describe('gql-documents plugin', () => {
  it('inlines each graphql() call as its parsed document', () => {
    const out = replaceGraphqlCalls('const Q = graphql(`\n  query Me { me { id } }\n`);\nconst x = 1;')!;
    const doc = JSON.parse(out.slice(out.indexOf('(') + 1, out.lastIndexOf(');')));
    expect(doc.definitions[0].name.value).toBe('Me');
    expect(out).not.toContain('graphql(');
    expect(out).toContain('const x = 1;');
  });

  it('hands every document it inlines to the register (the trusted-documents manifest)', () => {
    const seen: string[] = [];
    replaceGraphqlCalls(
      'const A = graphql(`query A { me { id } }`);\nconst B = graphql(`query B { me { name } }`);',
      (d) => seen.push(d),
    );
    expect(seen).toEqual(['query A { me { id } }', 'query B { me { name } }']);
  });

  it('leaves other files alone and refuses fragments it cannot inline', () => {
    expect(replaceGraphqlCalls('const a = 1;')).toBeNull();
    expect(() => replaceGraphqlCalls('graphql(`query A { me { ...F } }`)')).toThrow(/fragments/);
  });
});
