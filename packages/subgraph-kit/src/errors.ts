import { GraphQLError } from 'graphql';

/** Every code a client may see in `extensions.code` (docs/CONTRACT.md, "Errors"). */
export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'INVALID_TRANSITION',
  'SUPPLIER_RESTRICTED',
  'POLICY_NOT_APPROVED',
  'DEBT_LIMIT_EXCEEDED',
  'FISCAL_CAP_EXCEEDED',
  'REPAIR_NOT_ALLOWED',
  'DEPENDENCY_UNAVAILABLE',
  'RATE_LIMITED',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** A refusal the caller can act on: a contract code, a message, and any details (field, figures). */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...details } });
  }
  get code(): ErrorCode {
    return this.extensions.code as ErrorCode;
  }
}

export const unauthenticated = (message = 'log in to do this') => new AppError('UNAUTHENTICATED', message);
export const forbidden = (message = 'your role does not allow this') => new AppError('FORBIDDEN', message);
export const notFound = (what: string, id: string) => new AppError('NOT_FOUND', `${what} ${id} does not exist`, { id });
/** `field` names the input field at fault, as a path when nested (e.g. "milestones.2.amount"). */
export const badInput = (field: string, message: string) => new AppError('BAD_USER_INPUT', message, { field });
export const conflict = (what: string, id: string) =>
  new AppError('CONFLICT', `${what} ${id} was changed by someone else; reload it and try again`, { id });

export const isAppError = (error: unknown): error is AppError =>
  error instanceof GraphQLError && typeof error.extensions?.code === 'string' && (ERROR_CODES as readonly string[]).includes(error.extensions.code as string);
