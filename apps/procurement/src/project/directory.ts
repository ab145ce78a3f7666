import { badInput, queryService, subgraphUrl, type RequestContext } from '@integrity/subgraph-kit';

/** Names from directory, which owns departments and enterprises; kept on our rows as written. */
export async function directoryName(ctx: RequestContext, kind: 'department' | 'enterprise', id: string, field: string): Promise<string> {
  const query = kind === 'department' ? 'query ($id: ID!) { item: department(id: $id) { name } }' : 'query ($id: String!) { item: enterprise(uscc: $id) { name } }';
  const data = await queryService<{ item: { name: string } | null }>(ctx, { service: 'directory', url: subgraphUrl('directory', 4001), query, variables: { id } });
  if (!data.item) throw badInput(field, `${kind} ${id} is not registered in the directory`);
  return data.item.name;
}
