import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from '@integrity/logging';
import { fieldOfCoercionError } from '@integrity/rules';
import { isLimitRefusal } from '@integrity/http-kit';
import { alreadyRecorded, isDuplicateKey, isLockFailure, lockConflict } from './transaction.js';
import { reasonOfConstraint } from './validation-reason.js';

interface ValidationFailure {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationFailure[];
}

/** The first failing property of a class-validator result, as a dotted path ("milestones.0.amount"). */
function firstFailure(
  errors: ValidationFailure[],
  prefix = '',
): { field: string; constraint: string; message: string } | null {
  for (const e of errors) {
    const path = prefix ? `${prefix}.${e.property}` : e.property;
    const [first] = Object.entries(e.constraints ?? {});
    if (first) return { field: path, constraint: first[0], message: first[1] };
    const nested = e.children?.length ? firstFailure(e.children, path) : null;
    if (nested) return nested;
  }
  return null;
}

/**
 * Shape every error leaving a subgraph: contract codes pass through, validation failures become
 * BAD_USER_INPUT with the field at fault, and anything unexpected is logged and hidden.
 */
export function formatSubgraphError(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = (error as { originalError?: unknown })?.originalError ?? error;
    const code = formatted.extensions?.code;
    if (isLimitRefusal(formatted.extensions)) {
      return { message: formatted.message, extensions: { code: 'BAD_USER_INPUT', field: formatted.extensions!.field } };
    }
    const validation = (original as { extensions?: { validationErrors?: ValidationFailure[] } })?.extensions
      ?.validationErrors;
    if (Array.isArray(validation)) {
      const failure = firstFailure(validation);
      const { reason, params } = failure
        ? reasonOfConstraint(failure.constraint, failure.message)
        : { reason: 'INVALID_VALUE', params: {} };
      return {
        message: failure ? `${failure.field}: ${failure.message}` : formatted.message,
        path: formatted.path,
        extensions: {
          code: 'BAD_USER_INPUT',
          reason,
          params,
          ...(failure ? { field: failure.field.replace(/^input\./, '') } : {}),
        },
      };
    }
    if (code === 'BAD_USER_INPUT' && !formatted.extensions?.reason) {
      // GraphQL's own coercion errors (a wrong enum value, a malformed scalar)
      const field = formatted.extensions?.field ?? fieldOfCoercionError(formatted.message);
      return {
        ...formatted,
        extensions: { ...formatted.extensions, reason: 'INVALID_VALUE', params: {}, ...(field ? { field } : {}) },
      };
    }
    // a transaction not run through transaction() that lost a lock race: the caller may simply retry
    if (isLockFailure(original)) {
      log.warn('lock conflict', { error: String(original), path: formatted.path });
      const conflict = lockConflict();
      return { message: conflict.message, path: formatted.path, extensions: conflict.extensions };
    }
    // a unique index refused what a check let through in two requests at once: the loser is told, not a 500
    if (isDuplicateKey(original)) {
      log.warn('duplicate key', { error: String(original), path: formatted.path });
      const duplicate = alreadyRecorded();
      return { message: duplicate.message, path: formatted.path, extensions: duplicate.extensions };
    }
    if (code === 'INTERNAL_SERVER_ERROR' || code === undefined) {
      log.error('unexpected error', { error: original, path: formatted.path });
      return {
        message: 'internal error: the administrators have the details in the log',
        path: formatted.path,
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      };
    }
    const { stacktrace: _drop, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  };
}
