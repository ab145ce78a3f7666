import { fileURLToPath } from 'node:url';

/** The county plan's text as published, vendored with this subgraph (apps/supervision/county-plan). */
export const PLAN_FILE = fileURLToPath(new URL('../../../county-plan/raofu-2018-35.txt', import.meta.url));
