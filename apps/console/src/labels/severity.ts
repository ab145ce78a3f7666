// Severity: its names live in @integrity/rules, which the credit subgraph also writes out.
export { SEVERITY, type SeverityCode as Severity } from '@integrity/rules';
