// RecordStatus: its names live in @integrity/rules, which the credit subgraph also writes out.
export { RECORD_STATUS, type RecordStatusCode as RecordStatus } from '@integrity/rules';
