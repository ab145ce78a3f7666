/**
 * Express's query parser, reading a GET request as Apollo does (URLSearchParams, every pair; a name given more
 * than once left out, as Apollo refuses it). Node's querystring, Express's default, stops at 1000 pairs: a
 * `query` after 1000 others was invisible to the operation limits, the trusted-documents check and the response
 * cache, yet Apollo ran it. With this parser they read the document Apollo runs, never another.
 */
export function searchParamsAsApolloReadsThem(search: string): Record<string, string> {
  const params = new URLSearchParams(search);
  const read: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const name of new Set(params.keys())) {
    const values = params.getAll(name);
    if (values.length === 1) read[name] = values[0]!;
  }
  return read;
}
