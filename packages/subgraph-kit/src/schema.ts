import { buildSubgraphSchema, printSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { parse, type GraphQLSchema } from 'graphql';
import { buildSchema, createResolversMap, getMetadataStorage } from 'type-graphql';
import { createAuditResolver } from './audit/audit.resolver.js';
import { authChecker } from './authorization.js';
import { createOutboxResolver } from './outbox/outbox-backlog.resolver.js';
import type { SubgraphDefinition } from './subgraph.js';

/** The Federation 2 spec every subgraph links; these directives are usable in `@Directive(...)`. */
const FEDERATION_LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible", "@override", "@tag", "@interfaceObject"])`;

type ResolverMap = Record<string, Record<string, unknown>>;

const mergeResolvers = (...maps: ResolverMap[]): ResolverMap => {
  const out: ResolverMap = {};
  for (const map of maps)
    for (const [type, fields] of Object.entries(map)) out[type] = { ...(out[type] ?? {}), ...fields };
  return out;
};

const cache = new WeakMap<SubgraphDefinition, Promise<GraphQLSchema>>();

/**
 * type-graphql resolvers → a Federation 2 subgraph schema: build with type-graphql (validation on),
 * print with directives, and hand the SDL plus resolvers and reference resolvers to @apollo/subgraph.
 */
export function buildFederatedSchema(definition: SubgraphDefinition): Promise<GraphQLSchema> {
  let built = cache.get(definition);
  if (!built) {
    built = build(definition);
    cache.set(definition, built);
  }
  return built;
}

/**
 * The object types the definition's resolvers resolve fields of. An entity a subgraph only extends
 * (e.g. `Department` with `civilServantCount`) is reachable through `_entities` alone, which
 * type-graphql cannot see, so it is named explicitly.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
function resolvedTypes(definition: SubgraphDefinition): Function[] {
  const storage = getMetadataStorage();
  return definition.resolvers.flatMap((target) => {
    let type: unknown;
    try {
      type = storage.resolverClasses.find((r) => r.target === target)?.getObjectType?.();
    } catch {
      return []; // a resolver of root fields only (`@Resolver()`)
    }
    // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
    return typeof type === 'function' ? [type as Function] : [];
  });
}

async function build(definition: SubgraphDefinition): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: [
      ...definition.resolvers,
      createAuditResolver(definition.name),
      // a subgraph that sends declares its handlers even where another process of it delivers (a cluster's workers)
      ...(definition.outbox ? [createOutboxResolver(definition.name)] : []),
    ],
    orphanedTypes: [...resolvedTypes(definition), ...(definition.orphanedTypes ?? [])],
    validate: { forbidUnknownValues: false },
    // runs before arguments are converted and validated (see authorization.ts)
    authChecker,
    skipCheck: true,
  });
  return buildSubgraphSchema({
    typeDefs: parse(`${FEDERATION_LINK}\n${printSchemaWithDirectives(schema)}`),
    resolvers: mergeResolvers(
      createResolversMap(schema) as ResolverMap,
      (definition.references ?? {}) as ResolverMap,
    ) as never,
  });
}

/** The SDL the gateway's composition reads (apps/<name>/schema.graphql). */
export async function subgraphSdl(definition: SubgraphDefinition): Promise<string> {
  return printSubgraphSchema(await buildFederatedSchema(definition));
}
