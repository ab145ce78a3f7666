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

/**
 * `page`, `pageSize`, `sortBy` and `sortDirection` for a list the console sorts by clicking a column: the server
 * orders the whole match, so page 2 continues page 1. `sortField` is the list's own enum of sortable columns.
 */
export function SortedPageArgs<F extends string>(sortField: Record<string, F>, listName: string) {
  const values = Object.values(sortField);
  @ArgsType()
  abstract class SortedArgs extends PageArgs {
    @Field(() => sortField, {
      nullable: true,
      description: `The column to order ${listName} by; without it the list's usual order.`,
    })
    @IsOptional()
    @IsIn(values)
    sortBy?: F | null;

    @Field(() => SortDirection, { nullable: true, description: 'Direction of sortBy; ascending when omitted.' })
    @IsOptional()
    sortDirection?: SortDirection | null;
  }
  return SortedArgs;
}

/**
 * Orders a list by the caller's choice among `columns` (enum value → SQL column), else by `usual`; the id last,
 * so rows that tie keep one order across pages.
 */
export function orderList<T extends ObjectLiteral, F extends string>(
  qb: SelectQueryBuilder<T>,
  args: { sortBy?: F | null; sortDirection?: SortDirection | null },
  columns: Record<F, string>,
  usual: [column: string, direction: 'ASC' | 'DESC'][],
): SelectQueryBuilder<T> {
  const order: [string, 'ASC' | 'DESC'][] = args.sortBy
    ? [[columns[args.sortBy], args.sortDirection === SortDirection.DESC ? 'DESC' : 'ASC']]
    : usual;
  order.forEach(([column, direction], i) =>
    i === 0 ? qb.orderBy(column, direction) : qb.addOrderBy(column, direction),
  );
  return qb.addOrderBy(`${qb.alias}.id`, 'ASC');
}
