import type { ASTVisitor, DocumentNode, GraphQLError, GraphQLSchema, ValidationContext, ValidationRule } from 'graphql';
import { countFields, measureDocument } from './operation-measure.js';
import { DEFAULT_LIMITS, limitError, type OperationLimits } from './operation-limits.js';

/**
 * Every refusal the limits make of a parsed document: too many fields as written, a fragment cycle, or an
 * operation too deep, too aliased or too costly as expanded. O(document): each fragment is measured once.
 * Servers run this before graphql-js validation (documentSizePlugin), because some of graphql-js's
 * rules are quadratic or worse in what these limits bound.
 */
export function operationLimitErrors(
  document: DocumentNode,
  schema: GraphQLSchema | undefined,
  limits: OperationLimits = DEFAULT_LIMITS,
  variables?: Record<string, unknown>,
): GraphQLError[] {
  const fields = countFields(document);
  if (fields > limits.maxFields)
    return [limitError(`the document selects ${fields} fields; at most ${limits.maxFields} are allowed`, 'maxFields')];
  const errors: GraphQLError[] = [];
  const { operations, cycles } = measureDocument(document, schema, limits, variables);
  for (const name of cycles) errors.push(limitError(`fragment ${name} spreads itself`, 'maxDepth'));
  for (const { measure } of operations) {
    if (measure.depth > limits.maxDepth)
      errors.push(
        limitError(`the query nests ${measure.depth} levels deep; at most ${limits.maxDepth} are allowed`, 'maxDepth'),
      );
    if (measure.aliases > limits.maxAliases)
      errors.push(
        limitError(`the query uses ${measure.aliases} aliases; at most ${limits.maxAliases} are allowed`, 'maxAliases'),
      );
    if (measure.cost > limits.maxCost)
      errors.push(
        limitError(
          `the query could return about ${Number.isFinite(measure.cost) ? Math.round(measure.cost) : 'unboundedly many'} fields; at most ${limits.maxCost} are allowed: ask for smaller pages or fewer nested lists`,
          'maxCost',
        ),
      );
  }
  return errors;
}

/** The same refusals as a validation rule (variables unknown: a variable page counts as the largest), for callers that validate documents themselves. */
export function operationLimitRules(limits: OperationLimits = DEFAULT_LIMITS): ValidationRule[] {
  const rule: ValidationRule = (context: ValidationContext): ASTVisitor => ({
    Document(node) {
      for (const error of operationLimitErrors(node, context.getSchema(), limits)) context.reportError(error);
      return false; // measured: nothing below needs visiting by this rule
    },
  });
  return [rule];
}
