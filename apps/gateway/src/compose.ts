import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { composeSupergraph, type CompositionHint } from '@integrity/gateway-kit';
import { HINTS_FILE, REPO_ROOT, subgraphEntries } from './paths.js';

const HEADER =
  '# Composed by `npm run compose` from apps/*/schema.graphql (see apps/gateway/subgraphs.json). Do not edit.\n';

/** Compose the supergraph from each subgraph's emitted schema.graphql. */
export function composeFromWorkspaces(): { supergraphSdl: string; hints: CompositionHint[] } {
  const sources = subgraphEntries().map((s) => {
    const file = resolve(REPO_ROOT, s.workspace, 'schema.graphql');
    if (!existsSync(file)) throw new Error(`${file} is missing: build the ${s.name} subgraph first (npm run build)`);
    return { name: s.name, url: s.url, sdl: readFileSync(file, 'utf8') };
  });
  const { supergraphSdl, hints } = composeSupergraph(sources);
  return { supergraphSdl: `${HEADER}${supergraphSdl.trim()}\n`, hints };
}

/** Hints nobody has reviewed yet: composition hints not in composition-hints.json. */
export function unacceptedHints(hints: CompositionHint[]): CompositionHint[] {
  const accepted = (JSON.parse(readFileSync(HINTS_FILE, 'utf8')) as { accepted: CompositionHint[] }).accepted;
  return hints.filter((h) => !accepted.some((a) => a.code === h.code && a.message === h.message));
}
