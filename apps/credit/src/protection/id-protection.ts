import { fieldProtection } from '@integrity/subgraph-kit';

/**
 * Resident ID numbers at rest, through the kit's field protection under credit's scope (the key derivation
 * is unchanged: `integrity-graph/credit/<purpose>`, so numbers stored before stay readable).
 */
const ids = fieldProtection('credit');

export { checkEncryptionKey } from '@integrity/subgraph-kit';
export const encryptIdNumber = (id: string): string => ids.encrypt(id);
export const decryptIdNumber = (stored: string): string => ids.decrypt(stored);
export const idNumberLookup = (id: string): string => ids.lookup(id);
