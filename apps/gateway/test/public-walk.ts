// Walks what a caller without a token can read: from each public root, every field of every object type it
// reaches, each asked alone (so one refusal cannot hide another), following the fields that answer into the
// types they lead to. The query matrix tests the roots; entity fields added by other subgraphs (a department's
// figures) are reachable from public roots and need this walk.
import {
  getNamedType,
  isInterfaceType,
  isLeafType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLField,
  type GraphQLSchema,
} from 'graphql';

/** A public root: the type it answers, and the query around an inner selection of that type. */
export interface PublicRoot {
  type: string;
  wrap: (inner: string) => string;
  /** Where that type's values sit in the answer (lists are walked through). */
  path: string[];
}

export interface WalkResult {
  /** `Type.field` answered with a value and no error. */
  readable: string[];
  /** `Type.field` that answered nothing to judge (null or empty everywhere), with no error. */
  empty: string[];
  /** `Type.field` refused, with its error code. */
  refused: string[];
  /** `Type.field` not asked: it takes an argument the walk cannot fill. */
  unasked: string[];
}

type Ask = (query: string) => Promise<{ data?: unknown; errors?: { extensions?: { code?: unknown } }[] }>;

/** Every value at `path`, lists flattened. */
function valuesAt(data: unknown, path: readonly string[]): unknown[] {
  let level: unknown[] = [data];
  for (const key of path) {
    level = level
      .flatMap((v) => (Array.isArray(v) ? v : [v]))
      .filter((v): v is Record<string, unknown> => !!v && typeof v === 'object')
      .map((v) => v[key]);
  }
  return level.flatMap((v) => (Array.isArray(v) ? v : [v]));
}

/** The arguments a field needs, filled where the walk knows a value (a year), else null: not asked. */
function argumentsOf(field: GraphQLField<unknown, unknown>, year: number): string | null {
  const needed = field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);
  const filled: string[] = [];
  for (const a of needed) {
    const type = getNamedType(a.type);
    // a year, or a range of years (fromYear, toYear)
    if (/^(year|\w+Year)$/.test(a.name) && isScalarType(type) && type.name === 'Int') filled.push(`${a.name}: ${year}`);
    else return null;
  }
  return filled.length ? `(${filled.join(', ')})` : '';
}

export async function walkPublicSurface(
  schema: GraphQLSchema,
  roots: readonly PublicRoot[],
  ask: Ask,
  year: number,
): Promise<WalkResult> {
  const result: WalkResult = { readable: [], empty: [], refused: [], unasked: [] };
  // one walk per type: the first root reaching it (a list and its single-item root answer the same type)
  const seen = new Set<string>();
  let queue = roots.filter((r) => !seen.has(r.type) && !!seen.add(r.type));
  while (queue.length) {
    const next: PublicRoot[] = [];
    for (const at of queue) {
      const type = schema.getType(at.type);
      if (!isObjectType(type) && !isInterfaceType(type)) continue;
      const fields = Object.values(type.getFields());
      // a few at a time: each is a request through the gateway, and a complaint's status allows five attempts at once
      for (let i = 0; i < fields.length; i += 4)
        await Promise.all(
          fields.slice(i, i + 4).map(async (field) => {
            const name = `${at.type}.${field.name}`;
            const args = argumentsOf(field, year);
            if (args === null) return void result.unasked.push(name);
            const named = getNamedType(field.type);
            const selection = `${field.name}${args}${isLeafType(named) ? '' : ' { __typename }'}`;
            const answer = await ask(at.wrap(selection));
            if (answer.errors?.length)
              return void result.refused.push(`${name} (${String(answer.errors[0]!.extensions?.code)})`);
            const values = valuesAt(answer.data, [...at.path, field.name]);
            if (!values.some((v) => v !== null && v !== undefined)) return void result.empty.push(name);
            result.readable.push(name);
            if (!isLeafType(named) && !seen.has(named.name)) {
              seen.add(named.name);
              next.push({
                type: named.name,
                wrap: (inner) => at.wrap(`${field.name}${args} { ${inner} }`),
                path: [...at.path, field.name],
              });
            }
          }),
        );
    }
    queue = next;
  }
  for (const list of Object.values(result)) list.sort();
  return result;
}
