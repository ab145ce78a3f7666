import { registerEnumType } from 'type-graphql';

/** The columns civil servants can be ordered by (the console's sortable column headers). */
export enum CivilServantSortField {
  NAME = 'NAME',
  POST = 'POST',
}
registerEnumType(CivilServantSortField, {
  name: 'CivilServantSortField',
  description: 'A column civil servants can be ordered by.',
  valuesConfig: {
    NAME: { description: 'Name.' },
    POST: { description: 'Post (职务).' },
  },
});

/** Each sortable column's SQL expression in the list's query. */
export const CIVIL_SERVANT_ORDER: Record<CivilServantSortField, string> = {
  NAME: 'c.name',
  POST: 'c.post',
};
