import type { DataSource, EntityMetadata, EntityTarget, ObjectLiteral, ValueTransformer } from 'typeorm';

type ColumnMetadata = EntityMetadata['columns'][number];

/** Sort of raw rows: entity property → direction, in the order given (as TypeORM's find `order`). */
export type RowOrder<T> = Partial<Record<keyof T & string, 'ASC' | 'DESC'>>;

/** How one statement's rows become entity-shaped objects, built once per entity, key and order. */
interface Plan {
  /** `SELECT … WHERE key IN (` — the placeholders and `)` + ORDER BY are added per call. */
  head: string;
  tail: string;
  toKey: ((value: unknown) => unknown) | null;
  /** Only the columns whose raw value TypeORM would change (transformer or driver conversion). */
  converts: { property: string; convert: (value: unknown) => unknown }[];
}

const plans = new WeakMap<EntityMetadata, Map<string, Plan>>();

/**
 * Column types both drivers (mysql2 and better-sqlite3) hand back exactly as TypeORM's hydration leaves them:
 * TypeORM's `prepareHydratedValue` has no branch for these, so only the column's transformer applies. Any other
 * type goes through the driver's own `prepareHydratedValue`, so dates, booleans and JSON stay exactly as find's.
 */
const AS_RETURNED = new Set([
  'varchar',
  'char',
  'nvarchar',
  'nchar',
  'text',
  'tinytext',
  'mediumtext',
  'longtext',
  'int',
  'integer',
  'tinyint',
  'smallint',
  'mediumint',
  'bigint',
  'decimal',
  'numeric',
  'float',
  'double',
  'real',
]);

const transformFrom = (t: ValueTransformer | ValueTransformer[], value: unknown): unknown =>
  Array.isArray(t) ? t.reduceRight((v, x) => x.from(v), value) : t.from(value);
const transformTo = (t: ValueTransformer | ValueTransformer[], value: unknown): unknown =>
  Array.isArray(t) ? t.reduce((v, x) => x.to(v), value) : t.to(value);

function converter(dataSource: DataSource, column: ColumnMetadata): ((value: unknown) => unknown) | null {
  const { transformer } = column;
  if (typeof column.type === 'string' && AS_RETURNED.has(column.type)) {
    return transformer ? (value) => transformFrom(transformer, value) : null;
  }
  return (value) => dataSource.driver.prepareHydratedValue(value, column);
}

function buildPlan(dataSource: DataSource, metadata: EntityMetadata, key: string, order?: RowOrder<never>): Plan {
  const escape = (name: string) => dataSource.driver.escape(name);
  if (metadata.relations.length || metadata.embeddeds.length) {
    throw new Error(`readRows reads flat entities only; ${metadata.name} has relations or embedded columns`);
  }
  const column = (property: string) => {
    const found = metadata.findColumnWithPropertyName(property);
    if (!found) throw new Error(`readRows: ${metadata.name} has no column ${property}`);
    return found;
  };
  const columns = metadata.columns.filter((c) => c.isSelect && !c.isVirtual && !c.isVirtualProperty);
  const keyColumn = column(key);
  const table = metadata.tablePath
    .split('.')
    .map((part) => escape(part))
    .join('.');
  const select = columns.map((c) => `${escape(c.databaseName)} AS ${escape(c.propertyName)}`).join(', ');
  const sort = Object.entries(order ?? {}).map(([property, direction]) => {
    if (direction !== 'ASC' && direction !== 'DESC') throw new Error(`readRows: bad direction ${String(direction)}`);
    return `${escape(column(property).databaseName)} ${direction}`;
  });
  const { transformer } = keyColumn;
  return {
    head: `SELECT ${select} FROM ${table} WHERE ${escape(keyColumn.databaseName)} IN (`,
    tail: `)${sort.length ? ` ORDER BY ${sort.join(', ')}` : ''}`,
    toKey: transformer ? (value) => transformTo(transformer, value) : null,
    converts: columns.flatMap((c) => {
      const convert = converter(dataSource, c);
      return convert ? [{ property: c.propertyName, convert }] : [];
    }),
  };
}

/**
 * The rows of `entity` whose `key` property is one of `keys`, in one hand-written statement, as plain objects
 * shaped like the entities `manager.find(entity, { where: { [key]: In(keys) }, order })` returns (same
 * properties, same values after transformers and driver conversion). For hot batched loaders where TypeORM's
 * query building and hydration cost more than the query. The SQL is built once per entity from its metadata;
 * flat entities only (no relations or embedded columns). No keys: no statement.
 */
export async function readRows<T extends ObjectLiteral>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
  key: keyof T & string,
  keys: readonly unknown[],
  order?: RowOrder<T>,
): Promise<T[]> {
  if (keys.length === 0) return [];
  const metadata = dataSource.getMetadata(entity);
  let byShape = plans.get(metadata);
  if (!byShape) plans.set(metadata, (byShape = new Map()));
  const shape = order ? `${key} ${JSON.stringify(order)}` : key;
  let plan = byShape.get(shape);
  if (!plan) byShape.set(shape, (plan = buildPlan(dataSource, metadata, key, order as RowOrder<never>)));
  const { driver } = dataSource;
  const placeholders = keys.map((_, i) => driver.createParameter(`k${i}`, i)).join(', ');
  const params = plan.toKey ? keys.map(plan.toKey) : [...keys];
  const rows = (await dataSource.query(`${plan.head}${placeholders}${plan.tail}`, params)) as Record<string, unknown>[];
  // the driver's fresh row objects are converted in place: no second object per row
  const { converts } = plan;
  for (const row of rows) for (const { property, convert } of converts) row[property] = convert(row[property]);
  return rows as T[];
}
