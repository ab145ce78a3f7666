// CreditCheckResult: its names live in @integrity/rules, which credit reports also print.
export { CREDIT_CHECK_RESULT } from '@integrity/rules';
