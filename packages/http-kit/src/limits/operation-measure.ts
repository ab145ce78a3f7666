import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  isInterfaceType,
  isObjectType,
  Kind,
  valueFromASTUntyped,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionNode,
  type SelectionSetNode,
} from 'graphql';
import { LARGEST_PAGE, type OperationLimits } from './operation-limits.js';

/** What an operation would cost as executed: nesting depth, aliases and weighted fields, fragments expanded. */
export interface Measure {
  depth: number;
  aliases: number;
  cost: number;
}

export interface MeasuredDocument {
  operations: { node: OperationDefinitionNode; measure: Measure }[];
  /** Fragments that spread themselves, directly or through others (refused; never walked twice). */
  cycles: string[];
}

const ZERO: Measure = { depth: 0, aliases: 0, cost: 0 };

type Sizing = Pick<OperationLimits, 'unpagedListSize' | 'weights'>;

/**
 * Measures every operation of a document in one pass over each selection set: a fragment is measured
 * once (per paged/unpaged context) and reused at every spread, so the work is O(document) however often
 * fragments spread each other. Cost is linear in its multiplier, which is what makes the reuse exact.
 * Fragment spreads count as often as they are written (spreading one twice counts it twice). A page size
 * given as a variable counts as the request's value for it when known, else as the largest page. A selection
 * that `@skip`/`@include` leaves out for certain (a literal, or a variable the request carries) is not executed:
 * no page multiplies it, but each of its fields, fragments expanded, costs one (it is validated and planned all
 * the same) and its aliases and depth count; one that depends on a variable not given counts as if included.
 */
export function measureDocument(
  document: DocumentNode,
  schema: GraphQLSchema | undefined,
  sizing: Sizing,
  variables: Record<string, unknown> = {},
): MeasuredDocument {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions)
    if (d.kind === Kind.FRAGMENT_DEFINITION && !fragments.has(d.name.value)) fragments.set(d.name.value, d);
  const memo = new Map<string, Measure>();
  const visiting = new Set<string>();
  const cycles = new Set<string>();

  const typeNamed = (name: string | undefined): GraphQLCompositeType | undefined => {
    const type = name ? schema?.getType(name) : undefined;
    return type && isCompositeType(type) ? type : undefined;
  };
  const fieldOf = (
    parent: GraphQLCompositeType | undefined,
    name: string,
  ): GraphQLField<unknown, unknown> | undefined =>
    parent && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields()[name] : undefined;

  /** How many items the field's selection is repeated for. `inPage`: the parent is a page already counted by its pageSize. */
  const itemsOf = (
    node: FieldNode,
    def: GraphQLField<unknown, unknown> | undefined,
    inPage: boolean,
  ): { items: number; paged: boolean } => {
    const arg = node.arguments?.find((a) => a.name.value === 'pageSize');
    if (arg) {
      // a variable counts as its value when the request carries one, else as the largest page
      const value =
        arg.value.kind === Kind.VARIABLE
          ? Number(variables[arg.value.name.value] ?? LARGEST_PAGE)
          : Number(valueFromASTUntyped(arg.value));
      return { items: Number.isFinite(value) && value > 0 ? Math.min(value, LARGEST_PAGE) : LARGEST_PAGE, paged: true };
    }
    const declared = def?.args.find((a) => a.name === 'pageSize');
    if (declared) {
      const fallback = typeof declared.defaultValue === 'number' ? declared.defaultValue : LARGEST_PAGE;
      return { items: fallback, paged: true };
    }
    if (def && isListType(getNullableType(def.type)) && !inPage) return { items: sizing.unpagedListSize, paged: false };
    return { items: 1, paged: false };
  };

  /** Whether @skip or @include leaves the selection out, as far as the literals and the request's variables tell. */
  const leftOut = (selection: SelectionNode): boolean =>
    (selection.directives ?? []).some((d) => {
      if (d.name.value !== 'skip' && d.name.value !== 'include') return false;
      const arg = d.arguments?.find((a) => a.name.value === 'if')?.value;
      const value =
        arg?.kind === Kind.VARIABLE ? variables[arg.name.value] : arg?.kind === Kind.BOOLEAN ? arg.value : undefined;
      if (typeof value !== 'boolean') return false;
      return d.name.value === 'skip' ? value : !value;
    });

  const weightOf = (
    parent: GraphQLCompositeType | undefined,
    def: GraphQLField<unknown, unknown> | undefined,
  ): number => {
    if (!def || !parent) return 1;
    return sizing.weights[`${parent.name}.${def.name}`] ?? sizing.weights[getNamedType(def.type).name] ?? 1;
  };

  const add = (into: Measure, part: Measure, depthOffset: number, multiplier: number, weight: number) => {
    into.depth = Math.max(into.depth, depthOffset + part.depth);
    into.aliases += part.aliases;
    into.cost += weight + multiplier * part.cost;
  };

  /** `skipped`: inside a selection @skip/@include leaves out; it counts as written and expanded, never multiplied. */
  const fragmentMeasure = (name: string, inPage: boolean, skipped: boolean): Measure => {
    const key = `${name}\u0000${inPage}\u0000${skipped}`;
    const known = memo.get(key);
    if (known) return known;
    const fragment = fragments.get(name);
    if (!fragment) return ZERO; // unknown fragments are reported by the standard rules
    if (visiting.has(name)) {
      cycles.add(name);
      return ZERO;
    }
    visiting.add(name);
    const measure = walk(fragment.selectionSet, typeNamed(fragment.typeCondition.name.value), inPage, skipped);
    visiting.delete(name);
    memo.set(key, measure);
    return measure;
  };

  /**
   * A selection left out by @skip/@include is never executed, so no page or list multiplies it; but it is
   * still validated, and the gateway's planner expands the document's fragments before it reads the
   * conditions, so it costs one per field as written and expanded, and its aliases and depth count.
   */
  function walk(
    set: SelectionSetNode | undefined,
    parent: GraphQLCompositeType | undefined,
    inPage: boolean,
    skippedAbove = false,
  ): Measure {
    const total: Measure = { depth: 0, aliases: 0, cost: 0 };
    if (!set) return total;
    for (const selection of set.selections) {
      const skipped = skippedAbove || leftOut(selection);
      if (selection.kind === Kind.FIELD) {
        if (selection.alias) total.aliases += 1;
        // introspection: nothing pages it and its depth is fixed-shape (the standard query nests ofType deep), so
        // neither multiplies nor deepens; but each of its fields as written and expanded costs one and its aliases
        // count, since graphql-js's introspection-depth rule follows its fragments unmemoised (a fragment bomb
        // under __schema, counted as one unit before, took seconds to validate)
        if (selection.name.value.startsWith('__')) {
          const inner = selection.selectionSet ? walk(selection.selectionSet, undefined, false, true) : ZERO;
          total.aliases += inner.aliases;
          total.cost += 1 + inner.cost;
          continue;
        }
        const def = fieldOf(parent, selection.name.value);
        const { items, paged } = skipped ? { items: 1, paged: inPage } : itemsOf(selection, def, inPage);
        const childType = def ? typeNamed(getNamedType(def.type).name) : undefined;
        const child = selection.selectionSet ? walk(selection.selectionSet, childType, paged, skipped) : ZERO;
        add(total, child, 1, items, skipped ? 1 : weightOf(parent, def));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? typeNamed(selection.typeCondition.name.value) : parent;
        add(total, walk(selection.selectionSet, type, inPage, skipped), 0, 1, 0);
      } else {
        add(total, fragmentMeasure(selection.name.value, inPage, skipped), 0, 1, 0);
      }
    }
    return total;
  }

  const operations = document.definitions
    .filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
    .map((node) => {
      const root =
        node.operation === 'query'
          ? schema?.getQueryType()
          : node.operation === 'mutation'
            ? schema?.getMutationType()
            : schema?.getSubscriptionType();
      return { node, measure: walk(node.selectionSet, root ?? undefined, false) };
    });
  return { operations, cycles: [...cycles] };
}

/** Field selections as written in the document (fragments counted once): a schema-free, linear size measure. */
export function countFields(document: DocumentNode): number {
  let fields = 0;
  const stack: SelectionSetNode[] = [];
  for (const d of document.definitions) if ('selectionSet' in d && d.selectionSet) stack.push(d.selectionSet);
  while (stack.length) {
    for (const selection of stack.pop()!.selections) {
      if (selection.kind === Kind.FIELD) fields += 1;
      if ('selectionSet' in selection && selection.selectionSet) stack.push(selection.selectionSet);
    }
  }
  return fields;
}
