// The limits live in http-kit so that every subgraph applies the same caps as the gateway.
export {
  DEFAULT_LIMITS,
  LARGEST_PAGE,
  limitsFromEnv,
  measureDocument,
  operationLimitErrors,
  operationLimitRules,
  operationLimitsMiddleware,
  refuseOverLimit,
  type OperationLimits,
} from '@integrity/http-kit';
