/** Introspection and "Did you mean …" hints: on in development, off with NODE_ENV=production unless GRAPHQL_INTROSPECTION=true. */
export function schemaDisclosure(env: NodeJS.ProcessEnv = process.env): {
  introspection: boolean;
  hideSchemaDetailsFromClientErrors: boolean;
} {
  const open =
    env.GRAPHQL_INTROSPECTION === 'true' || (env.GRAPHQL_INTROSPECTION !== 'false' && env.NODE_ENV !== 'production');
  return { introspection: open, hideSchemaDetailsFromClientErrors: !open };
}
