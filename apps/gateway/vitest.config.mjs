import { sharedConfig } from '@integrity/testing/vitest';

// one file at a time: several start the whole system as processes (packages/testing/vitest.shared.mjs)
export default sharedConfig({ parallel: false });
