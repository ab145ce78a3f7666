// The shared flat config (typescript-eslint turns off no-undef for TS, so browser globals need no list).
import base from '@integrity/eslint-config';

export default [...base, { ignores: ['src/gql/**', 'test-artifacts/**', 'scripts/**'] }];
