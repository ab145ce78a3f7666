import { MAX_PAGE_SIZE, queryService, subgraphUrl, type RequestContext } from '@integrity/subgraph-kit';
import type { ExchangeBody } from './exchange-row.js';

export interface DirectoryDepartment extends ExchangeBody {
  id: string;
  code: string;
  countyWideDomains: string[];
}

const DEPARTMENTS = `query ExchangeDepartments($page: Int!, $pageSize: Int!) {
  departments(page: $page, pageSize: $pageSize) { total items { id code name uscc countyWideDomains } }
}`;

/** Every department with its code, from the directory (a county has a few hundred at most). */
export async function directoryDepartments(ctx: RequestContext): Promise<DirectoryDepartment[]> {
  const all: DirectoryDepartment[] = [];
  for (let page = 1; ; page += 1) {
    const { departments } = await queryService<{ departments: { total: number; items: DirectoryDepartment[] } }>(ctx, {
      service: 'directory',
      url: subgraphUrl('directory', 4001),
      query: DEPARTMENTS,
      variables: { page, pageSize: MAX_PAGE_SIZE },
    });
    all.push(...departments.items);
    if (all.length >= departments.total || !departments.items.length) return all;
  }
}
