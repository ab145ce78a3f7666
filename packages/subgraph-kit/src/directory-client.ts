import type { RequestContext } from './context.js';
import { badInput } from './errors.js';
import { queryService, subgraphUrl } from './service-client.js';

/**
 * The name of a department or enterprise, asked of directory (which owns them) by a subgraph that must
 * keep it on a row it writes (a dishonesty record, an OCDS buyer), or must know it exists (a region's debt limit). Not registered: BAD_USER_INPUT on
 * `field`; directory unreachable: DEPENDENCY_UNAVAILABLE, so nothing is written half-known.
 */
const LOOKUPS = {
  department: 'query ($id: ID!) { item: department(id: $id) { name } }',
  enterprise: 'query ($id: String!) { item: enterprise(uscc: $id) { name } }',
  region: 'query ($id: String!) { item: region(code: $id) { name } }',
} as const;

export async function directoryName(
  ctx: RequestContext,
  kind: keyof typeof LOOKUPS,
  id: string,
  field: string,
): Promise<string> {
  const query = LOOKUPS[kind];
  const data = await queryService<{ item: { name: string } | null }>(ctx, {
    service: 'directory',
    url: subgraphUrl('directory', 4001),
    query,
    variables: { id },
  });
  if (!data.item) throw badInput(field, 'NOT_REGISTERED', `${kind} ${id} is not registered in the directory`, { id });
  return data.item.name;
}
