import { IsIn, IsOptional } from 'class-validator';
import { ArgsType, Field, registerEnumType } from 'type-graphql';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { PageArgs } from './paging.js';

/** Which way a list is ordered by the column its caller chose. */
export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, {
  name: 'SortDirection',
  description: 'Ascending (A→Z, oldest, smallest first) or descending.',
  valuesConfig: {
    ASC: { description: 'Smallest, earliest or A first.' },
    DESC: { description: 'Largest, latest or Z first.' },
  },
});

/** A list's sortable columns: the GraphQL enum of their names and each one's SQL expression. */
export interface SortFields<F extends string> {
  values: { [K in F]: K };
  columns: Record<F, string>;
  listName: string;
}

/**
 * Declares the columns a list can be ordered by (the console's sortable column headers) as the enum `name`:
 * each value with its SQL expression in the list's query and a description for the schema.
 */
export function sortFields<F extends string>(
  name: string,
  listName: string,
  spec: Record<F, { column: string; description: string }>,
): SortFields<F> {
  const keys = Object.keys(spec) as F[];
  const values = Object.fromEntries(keys.map((k) => [k, k])) as { [K in F]: K };
  registerEnumType(values, {
    name,
    description: `A column ${listName} can be ordered by.`,
    valuesConfig: Object.fromEntries(keys.map((k) => [k, { description: spec[k].description }])) as Partial<
      Record<F, { description: string }>
    >,
  });
  const columns = Object.fromEntries(keys.map((k) => [k, spec[k].column])) as Record<F, string>;
  return { values, columns, listName };
}

/**
 * `page`, `pageSize`, `sortBy` and `sortDirection` for a list the console sorts by clicking a column: the server
 * orders the whole match, so page 2 continues page 1.
 */
export function SortedPageArgs<F extends string>(sort: SortFields<F>) {
  @ArgsType()
  abstract class SortedArgs extends PageArgs {
    @Field(() => sort.values, {
      nullable: true,
      description: `The column to order ${sort.listName} by; without it the list's usual order.`,
    })
    @IsOptional()
    @IsIn(Object.values(sort.values))
    sortBy?: F | null;

    @Field(() => SortDirection, { nullable: true, description: 'Direction of sortBy; ascending when omitted.' })
    @IsOptional()
    sortDirection?: SortDirection | null;
  }
  return SortedArgs;
}

/**
 * Orders a list by the caller's choice among its sortable columns, else by `usual`; the id last, so rows that
 * tie keep one order across pages.
 */
export function orderList<T extends ObjectLiteral, F extends string>(
  qb: SelectQueryBuilder<T>,
  args: { sortBy?: F | null; sortDirection?: SortDirection | null },
  sort: SortFields<F>,
  usual: [column: string, direction: 'ASC' | 'DESC'][],
): SelectQueryBuilder<T> {
  const order: [string, 'ASC' | 'DESC'][] = args.sortBy
    ? [[sort.columns[args.sortBy], args.sortDirection === SortDirection.DESC ? 'DESC' : 'ASC']]
    : usual;
  order.forEach(([column, direction], i) =>
    i === 0 ? qb.orderBy(column, direction) : qb.addOrderBy(column, direction),
  );
  // the tie-break runs the way the last sort key does, so a descending list walks its index backwards instead of
  // sorting every matching row (MariaDB cannot read one index in two directions)
  return qb.addOrderBy(`${qb.alias}.id`, order[order.length - 1]?.[1] ?? 'ASC');
}
