import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** apps/gateway, whether running from src (tests) or dist. */
export const GATEWAY_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const REPO_ROOT = resolve(GATEWAY_DIR, '../..');
export const SUPERGRAPH_FILE = resolve(GATEWAY_DIR, 'supergraph.graphql');
export const HINTS_FILE = resolve(GATEWAY_DIR, 'composition-hints.json');
export const CONSOLE_DIR = resolve(REPO_ROOT, 'apps/console/dist');

export interface SubgraphEntry {
  name: string;
  url: string;
  workspace: string;
  /** GET paths the subgraph serves outside GraphQL (open-data exports) that the gateway passes through. */
  httpRoutes?: string[];
}

export const subgraphEntries = (): SubgraphEntry[] =>
  (JSON.parse(readFileSync(resolve(GATEWAY_DIR, 'subgraphs.json'), 'utf8')) as { subgraphs: SubgraphEntry[] })
    .subgraphs;

/** SUBGRAPH_URL_<NAME> environment overrides, for deployments where subgraphs live elsewhere. */
export const subgraphUrlOverrides = (env: NodeJS.ProcessEnv = process.env): Record<string, string> =>
  Object.fromEntries(
    subgraphEntries()
      .map((s) => [s.name, env[`SUBGRAPH_URL_${s.name.toUpperCase()}`]] as const)
      .filter((e): e is readonly [string, string] => !!e[1]),
  );

/** The pass-through HTTP routes declared in subgraphs.json, for the gateway. */
export const httpProxies = (): { path: string; subgraph: string }[] =>
  subgraphEntries().flatMap((s) => (s.httpRoutes ?? []).map((path) => ({ path, subgraph: s.name })));
