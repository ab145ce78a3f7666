import { isErrorCode, type ErrorCode, type Reason, type ReasonParams } from '@integrity/rules';
import { GraphQLError } from 'graphql';

/** Without explicit params, a refusal's plain figures (`{ from: 'FILED' }`) are its params. */
const figuresOf = (details: Record<string, unknown>): ReasonParams =>
  Object.fromEntries(
    Object.entries(details).filter(([key, v]) => key !== 'field' && (typeof v === 'string' || typeof v === 'number')),
  ) as ReasonParams;

/**
 * A refusal the caller can act on: a contract code, a stable reason code with its figures (the console
 * translates these), an English message for integrators, and any details (field, ids).
 */
export class AppError extends GraphQLError {
  constructor(
    code: ErrorCode,
    reason: Reason,
    message: string,
    details: { params?: ReasonParams; [key: string]: unknown } = {},
  ) {
    const { params, ...rest } = details;
    super(message, { extensions: { code, reason, params: params ?? figuresOf(rest), ...rest } });
  }
  get code(): ErrorCode {
    return this.extensions.code as ErrorCode;
  }
  get reason(): Reason {
    return this.extensions.reason as Reason;
  }
}

export const unauthenticated = (message = 'log in to do this', reason: Reason = 'LOGIN_REQUIRED') =>
  new AppError('UNAUTHENTICATED', reason, message);
export const forbidden = (
  message = 'your role does not allow this',
  reason: Reason = 'NOT_PERMITTED',
  params: ReasonParams = {},
) => new AppError('FORBIDDEN', reason, message, { params });
export const notFound = (what: string, id: string) =>
  new AppError('NOT_FOUND', 'NOT_FOUND', `${what} ${id} does not exist`, { id, params: { id } });
/** `field` names the input field at fault, as a path when nested (e.g. "milestones.2.amount"). */
export const badInput = (field: string, reason: Reason, message: string, params: ReasonParams = {}) =>
  new AppError('BAD_USER_INPUT', reason, message, { field, params });
/**
 * A free-text input trimmed, or TOO_SHORT on `field` when fewer than `min` characters remain: @Length counts the
 * spaces a value is made of, so whitespace alone would pass it.
 */
export function requiredText(value: string, field: string, min = 2): string {
  const text = value.trim();
  if (text.length < min) throw badInput(field, 'TOO_SHORT', `at least ${min} characters besides spaces`, { min });
  return text;
}
/**
 * A free-text input trimmed, or TOO_LONG on `field` when more than `max` characters remain: an argument that no
 * input class bounds would otherwise reach its column and fail as an internal error (MySQL's "data too long").
 */
export function textAtMost(value: string, field: string, max: number): string {
  const text = value.trim();
  if (text.length > max) throw badInput(field, 'TOO_LONG', `at most ${max} characters`, { max });
  return text;
}
export const conflict = (what: string, id: string) =>
  new AppError('CONFLICT', 'STALE_VERSION', `${what} ${id} was changed by someone else; reload it and try again`, {
    id,
    params: { id },
  });

export const isAppError = (error: unknown): error is AppError =>
  error instanceof GraphQLError && isErrorCode(error.extensions?.code);

/** The loaded object, or NOT_FOUND naming what was looked for: the one "must exist" step of every service. */
export async function mustFind<T>(loading: Promise<T | null | undefined>, what: string, id: string): Promise<T> {
  const found = await loading;
  if (found === null || found === undefined) throw notFound(what, id);
  return found;
}
