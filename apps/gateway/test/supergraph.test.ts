import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { composeFromWorkspaces, unacceptedHints } from '../src/compose.js';
import { SUPERGRAPH_FILE } from '../src/paths.js';

describe('the committed supergraph', () => {
  it('composes without errors or unaccepted hints and matches the committed file', () => {
    const { supergraphSdl, hints } = composeFromWorkspaces();
    expect(unacceptedHints(hints)).toEqual([]);
    expect(readFileSync(SUPERGRAPH_FILE, 'utf8'), 'supergraph.graphql is stale: run `npm run compose`').toBe(
      supergraphSdl,
    );
  });

  it('keeps the contract names', () => {
    const sdl = readFileSync(SUPERGRAPH_FILE, 'utf8');
    for (const name of [
      'login(',
      'me:',
      'regions',
      'departments(',
      'enterprise(',
      'createEnterprise(input: CreateEnterpriseInput!)',
    ]) {
      expect(sdl).toContain(name);
    }
  });
});
