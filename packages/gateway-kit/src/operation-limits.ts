import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FieldNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

export interface OperationLimits {
  /** Deepest field nesting allowed (introspection subtrees are not counted). */
  maxDepth: number;
  /** Aliased fields allowed in one document: aliases are how one request asks for the same costly field many times. */
  maxAliases: number;
  /**
   * Estimated fields one answer may hold: every field counts once per item of each enclosing page
   * (`pageSize`, a variable counting as the largest page, 200). Stops page-inside-page explosions.
   */
  maxCost: number;
}

export const DEFAULT_LIMITS: OperationLimits = { maxDepth: 12, maxAliases: 30, maxCost: 50_000 };
const LARGEST_PAGE = 200;

export function limitsFromEnv(env: NodeJS.ProcessEnv = process.env): OperationLimits {
  return {
    maxDepth: Number(env.MAX_QUERY_DEPTH ?? DEFAULT_LIMITS.maxDepth),
    maxAliases: Number(env.MAX_QUERY_ALIASES ?? DEFAULT_LIMITS.maxAliases),
    maxCost: Number(env.MAX_QUERY_COST ?? DEFAULT_LIMITS.maxCost),
  };
}

const limitError = (message: string, limit: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field: limit } });

function depthOf(selectionSet: SelectionSetNode | undefined, fragments: Record<string, FragmentDefinitionNode>, seen: Set<string>): number {
  if (!selectionSet) return 0;
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue; // introspection is fixed-shape and cheap
      deepest = Math.max(deepest, 1 + depthOf(selection.selectionSet, fragments, seen));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depthOf(selection.selectionSet, fragments, seen));
    } else {
      const name = selection.name.value;
      if (seen.has(name)) continue; // fragment cycles are reported by the standard rules
      const fragment = fragments[name];
      if (fragment) deepest = Math.max(deepest, depthOf(fragment.selectionSet, fragments, new Set([...seen, name])));
    }
  }
  return deepest;
}

function pageSizeOf(field: FieldNode): number {
  const arg = field.arguments?.find((a) => a.name.value === 'pageSize');
  if (!arg) return 1;
  return arg.value.kind === Kind.INT ? Number(arg.value.value) : LARGEST_PAGE;
}

function costOf(selectionSet: SelectionSetNode | undefined, fragments: Record<string, FragmentDefinitionNode>, seen: Set<string>, multiplier: number): number {
  if (!selectionSet) return 0;
  let cost = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      cost += multiplier + costOf(selection.selectionSet, fragments, seen, multiplier * pageSizeOf(selection));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      cost += costOf(selection.selectionSet, fragments, seen, multiplier);
    } else if (!seen.has(selection.name.value)) {
      const fragment = fragments[selection.name.value];
      if (fragment) cost += costOf(fragment.selectionSet, fragments, new Set([...seen, selection.name.value]), multiplier);
    }
  }
  return cost;
}

/** Validation rules that refuse over-deep, over-aliased or over-costly documents before any subgraph is called. */
export function operationLimitRules(limits: OperationLimits = DEFAULT_LIMITS): ValidationRule[] {
  const depthRule: ValidationRule = (context: ValidationContext): ASTVisitor => {
    const fragments = Object.fromEntries(
      context.getDocument().definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
    );
    return {
      OperationDefinition(node) {
        const depth = depthOf(node.selectionSet, fragments, new Set());
        if (depth > limits.maxDepth) context.reportError(limitError(`the query nests ${depth} levels deep; at most ${limits.maxDepth} are allowed`, 'maxDepth'));
      },
    };
  };
  const aliasRule: ValidationRule = (context: ValidationContext): ASTVisitor => {
    let aliases = 0;
    return {
      Field(node) {
        if (node.alias) aliases += 1;
      },
      Document: {
        leave() {
          if (aliases > limits.maxAliases) context.reportError(limitError(`the query uses ${aliases} aliases; at most ${limits.maxAliases} are allowed`, 'maxAliases'));
        },
      },
    };
  };
  const costRule: ValidationRule = (context: ValidationContext): ASTVisitor => {
    const fragments = Object.fromEntries(
      context.getDocument().definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
    );
    return {
      OperationDefinition(node) {
        const cost = costOf(node.selectionSet, fragments, new Set(), 1);
        if (cost > limits.maxCost) context.reportError(limitError(`the query could return about ${cost} fields; at most ${limits.maxCost} are allowed: ask for smaller pages or fewer nested lists`, 'maxCost'));
      },
    };
  };
  return [depthRule, aliasRule, costRule];
}
