import { badInput, queryService, subgraphUrl, type RequestContext } from '@integrity/subgraph-kit';

/**
 * The name of a department or an enterprise, asked of directory (which owns them) when a record is
 * written; the record keeps it as recorded. Directory unreachable: DEPENDENCY_UNAVAILABLE, nothing written.
 */
export async function directoryName(ctx: RequestContext, kind: 'DEPARTMENT' | 'ENTERPRISE', id: string): Promise<string> {
  const query = kind === 'DEPARTMENT' ? 'query ($id: ID!) { item: department(id: $id) { name } }' : 'query ($id: String!) { item: enterprise(uscc: $id) { name } }';
  const data = await queryService<{ item: { name: string } | null }>(ctx, { service: 'directory', url: subgraphUrl('directory', 4001), query, variables: { id } });
  if (!data.item) throw badInput('subjectId', `${kind === 'DEPARTMENT' ? 'department' : 'enterprise'} ${id} is not registered in the directory`);
  return data.item.name;
}
