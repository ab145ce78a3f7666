import { sortFields } from '@integrity/subgraph-kit';

/** The columns civil servants can be ordered by, and each one's SQL expression in the list's query. */
export const CIVIL_SERVANT_SORT = sortFields('CivilServantSortField', 'civil servants', {
  NAME: { column: 'c.name', description: 'Name.' },
  POST: { column: 'c.post', description: 'Post (职务).' },
});
