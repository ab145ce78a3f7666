// Who writes debt data is declared on each operation (DEBT officers acting county-wide: 县财政局).
export { validateRegionCode as checkRegionCode, validateYear as checkYear } from '@integrity/subgraph-kit';
