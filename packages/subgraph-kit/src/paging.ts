import { IsOptional, Max, Min } from 'class-validator';
import { MAX_PAGE_SIZE } from '@integrity/rules';
import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import type {
  EntityManager,
  EntityTarget,
  FindOptionsOrder,
  FindOptionsWhere,
  ObjectLiteral,
  SelectQueryBuilder,
} from 'typeorm';

/** `page` (from 1) and `pageSize`, as every list in the contract takes them. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, defaultValue: 1, description: 'Page number, from 1.' })
  @IsOptional()
  @Min(1)
  page: number = 1;

  @Field(() => Int, { nullable: true, defaultValue: 20, description: `Items per page, 1 to ${MAX_PAGE_SIZE}.` })
  @IsOptional()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  pageSize: number = 20;
}

export const skipTake = ({ page, pageSize }: PageArgs) => ({
  skip: ((page ?? 1) - 1) * (pageSize ?? 20),
  take: pageSize ?? 20,
});

export interface PageResult<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** Base class of every `XPage` type: `@ObjectType() class DepartmentPage extends Page(Department) {}`. */
export function Page<T extends object>(itemType: ClassType<T>) {
  @ObjectType()
  abstract class PageClass implements PageResult<T> {
    @Field(() => [itemType], { description: 'The items on this page.' })
    items: T[];

    @Field(() => Int, { description: 'How many items match, across all pages.' })
    total: number;

    @Field(() => Int, { description: 'This page number, from 1.' })
    page: number;

    @Field(() => Int, { description: 'Items per page.' })
    pageSize: number;
  }
  return PageClass;
}

export const pageOf = <T>(items: T[], total: number, args: PageArgs): PageResult<T> => ({
  items,
  total,
  page: args.page ?? 1,
  pageSize: args.pageSize ?? 20,
});

/**
 * The one paging sequence: the requested page of an ordered query and the total, as a contract page.
 * `view` shapes each row for GraphQL.
 */
export async function paginate<T extends ObjectLiteral, R = T>(
  qb: SelectQueryBuilder<T>,
  args: PageArgs,
  view?: (row: T) => R,
): Promise<PageResult<R>> {
  const { skip, take } = skipTake(args);
  const [rows, total] = await qb.skip(skip).take(take).getManyAndCount();
  return pageOf(view ? rows.map(view) : (rows as unknown as R[]), total, args);
}

/**
 * A page of a small table (hundreds of rows: departments, regions) and its total in one statement: the total is a
 * window count over the filtered rows (COUNT(*) OVER (), MariaDB 10.2+ and SQLite 3.25+), so a full page costs no
 * second COUNT statement. Not for large lists: the window reads every matching row, where `paginate` walks an
 * index in the sort's order and stops after the page. No joins (the page is taken by OFFSET/LIMIT); a page past
 * the end still counts separately.
 */
export async function paginateSmall<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  args: PageArgs,
): Promise<PageResult<T>> {
  const { skip, take } = skipTake(args);
  const counted = qb.clone();
  const { entities, raw } = await qb
    .addSelect('COUNT(*) OVER ()', 'window_total')
    .offset(skip)
    .limit(take)
    .getRawAndEntities<{ window_total: unknown }>();
  const total = raw.length ? Number(raw[0]!.window_total) : skip === 0 ? 0 : await counted.getCount();
  return pageOf(entities, total, args);
}

/** A page of a simple list by TypeORM's find API (filters and order only): one statement for the page, one for the count. */
export async function findPage<T extends ObjectLiteral, R = T>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  options: { where: FindOptionsWhere<T>; order: FindOptionsOrder<T> },
  args: PageArgs,
  view?: (row: T) => R,
): Promise<PageResult<R>> {
  const { skip, take } = skipTake(args);
  const [rows, total] = await manager.findAndCount(entity, { ...options, skip, take });
  return pageOf(view ? rows.map(view) : (rows as unknown as R[]), total, args);
}
