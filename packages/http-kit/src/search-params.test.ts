import { describe, expect, it } from 'vitest';
import { searchParamsAsApolloReadsThem } from './search-params.js';

describe('a GET request’s parameters, read as Apollo reads them', () => {
  it('finds the query after a thousand other pairs (querystring stops at 1000)', () => {
    const search = `${'a=1&'.repeat(1000)}query=${encodeURIComponent('{ a { b } }')}`;
    expect(searchParamsAsApolloReadsThem(search).query).toBe('{ a { b } }');
  });

  it('leaves out a name given twice, which Apollo refuses, and takes no prototype from the input', () => {
    const read = searchParamsAsApolloReadsThem('query=%7Ba%7D&query=%7Bb%7D&variables=%7B%7D&__proto__=x');
    expect(read.query).toBeUndefined();
    expect(read.variables).toBe('{}');
    expect(Object.getPrototypeOf(read)).toBeNull();
  });
});
