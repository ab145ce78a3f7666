// `npm run compose` writes supergraph.graphql; `npm run compose:check` fails when it is stale,
// when composition fails, or when composition gives a hint that has not been accepted.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { composeFromWorkspaces, unacceptedHints } from './compose.js';
import { SUPERGRAPH_FILE } from './paths.js';

const mode = process.argv.includes('--check') ? 'check' : 'write';
try {
  const { supergraphSdl, hints } = composeFromWorkspaces();
  const fresh = unacceptedHints(hints);
  for (const h of fresh) console.error(`hint not accepted: [${h.code}] ${h.message}`);
  if (mode === 'write') {
    writeFileSync(SUPERGRAPH_FILE, supergraphSdl);
    console.warn(`supergraph.graphql written (${hints.length} hints, ${fresh.length} not accepted)`);
  } else {
    const committed = existsSync(SUPERGRAPH_FILE) ? readFileSync(SUPERGRAPH_FILE, 'utf8') : '';
    if (committed !== supergraphSdl) {
      console.error('supergraph.graphql is stale: run `npm run compose` and commit it');
      process.exitCode = 1;
    } else console.warn('supergraph.graphql is up to date');
  }
  if (fresh.length) process.exitCode = 1;
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
}
