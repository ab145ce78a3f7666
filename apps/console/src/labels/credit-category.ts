// CreditCategory: its names live in @integrity/rules, which the credit subgraph also writes out.
export { CREDIT_CATEGORY, type CreditCategoryCode as CreditCategory } from '@integrity/rules';
