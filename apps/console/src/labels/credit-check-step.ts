// CreditCheckStep: its names live in @integrity/rules, which credit reports also print.
export { CREDIT_CHECK_STEP } from '@integrity/rules';
