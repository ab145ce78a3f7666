import type { GraphQLFormattedError } from 'graphql';
import { isLimitRefusal } from './limits/operation-limits.js';
import type { Logger } from './logger.js';
import { isLockFailure, lockConflict } from './transaction.js';

interface ValidationFailure {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationFailure[];
}

/** The first failing property of a class-validator result, as a dotted path ("milestones.0.amount"). */
function firstFailure(errors: ValidationFailure[], prefix = ''): { field: string; message: string } | null {
  for (const e of errors) {
    const path = prefix ? `${prefix}.${e.property}` : e.property;
    if (e.constraints && Object.keys(e.constraints).length) return { field: path, message: Object.values(e.constraints)[0]! };
    const nested = e.children?.length ? firstFailure(e.children, path) : null;
    if (nested) return nested;
  }
  return null;
}

const VARIABLE_PATH = /Variable "\$(\w+)" got invalid value .*? at "([^"]+)"/;
const VARIABLE_ROOT = /Variable "\$(\w+)"/;
const ARGUMENT = /[Aa]rgument "(\w+)"|[Ff]ield "\w+\.(\w+)"/;

/**
 * The input field named by a GraphQL coercion error: `Variable "$input" got invalid value "x" at
 * "input.kind"` → "kind"; `Variable "$id" …` → "id". Used by subgraphs and the gateway alike.
 */
export function fieldOfCoercionError(message: string): string | undefined {
  const at = VARIABLE_PATH.exec(message);
  if (at) return at[2]!.replace(/^input\./, '');
  const root = VARIABLE_ROOT.exec(message)?.[1];
  if (root) return root;
  const arg = ARGUMENT.exec(message);
  return arg ? (arg[1] ?? arg[2]) : undefined;
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
    const validation = (original as { extensions?: { validationErrors?: ValidationFailure[] } })?.extensions?.validationErrors;
    if (Array.isArray(validation)) {
      const failure = firstFailure(validation);
      return {
        message: failure ? `${failure.field}: ${failure.message}` : formatted.message,
        path: formatted.path,
        extensions: { code: 'BAD_USER_INPUT', ...(failure ? { field: failure.field.replace(/^input\./, '') } : {}) },
      };
    }
    if (code === 'BAD_USER_INPUT' && !formatted.extensions?.field) {
      const field = fieldOfCoercionError(formatted.message);
      return { ...formatted, extensions: { ...formatted.extensions, ...(field ? { field } : {}) } };
    }
    // a transaction not run through transaction() that lost a lock race: the caller may simply retry
    if (isLockFailure(original)) {
      log.warn('lock conflict', { error: String(original), path: formatted.path });
      const conflict = lockConflict();
      return { message: conflict.message, path: formatted.path, extensions: conflict.extensions };
    }
    if (code === 'INTERNAL_SERVER_ERROR' || code === undefined) {
      log.error('unexpected error', { error: original, path: formatted.path });
      return { message: 'internal error: the administrators have the details in the log', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    }
    const { stacktrace: _drop, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  };
}
