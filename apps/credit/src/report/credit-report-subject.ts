import { badInput, queryService, subgraphUrl, type RequestContext } from '@integrity/subgraph-kit';
import type { CreditReportSubject } from '@integrity/rules';

const LOOKUPS: Record<CreditReportSubject, string> = {
  DEPARTMENT: 'query ReportDepartment($id: ID!) { item: department(id: $id) { name uscc } }',
  ENTERPRISE: 'query ReportEnterprise($id: String!) { item: enterprise(uscc: $id) { name uscc } }',
};

/** The subject's name and code as the directory (which owns them) has them today; not registered: BAD_USER_INPUT. */
export async function reportSubject(ctx: RequestContext, type: CreditReportSubject, id: string) {
  const { item } = await queryService<{ item: { name: string; uscc: string | null } | null }>(ctx, {
    service: 'directory',
    url: subgraphUrl('directory', 4001),
    query: LOOKUPS[type],
    variables: { id },
  });
  if (!item) throw badInput('subjectId', 'NOT_REGISTERED', `${type.toLowerCase()} ${id} is not registered`, { id });
  return { type, id, name: item.name, uscc: item.uscc };
}
