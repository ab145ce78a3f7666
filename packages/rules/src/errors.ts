/** Every code a client may see in `extensions.code` (the public contract's "Errors"). */
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

export const isErrorCode = (value: unknown): value is ErrorCode =>
  typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
