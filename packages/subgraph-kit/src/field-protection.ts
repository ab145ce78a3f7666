import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

/**
 * Personal data at rest (resident ID numbers in credit, a complainant's contact in casework): AES-256-GCM
 * ciphertext for reading back, and a keyed hash (HMAC-SHA-256) for finding a value without decrypting every
 * row. Keys derive per subgraph (`scope`) and purpose from DATA_ENCRYPTION_KEY, which lives only in the
 * environment; losing it makes the stored values unreadable, by design.
 */
function masterKey(): Buffer {
  const hex = process.env.DATA_ENCRYPTION_KEY ?? '';
  if (!/^[0-9a-fA-F]{64}$/.test(hex)) {
    throw new Error('DATA_ENCRYPTION_KEY must be set to 64 hex characters (32 bytes) to protect personal data at rest');
  }
  return Buffer.from(hex, 'hex');
}

/** Called before a subgraph starts: a missing or malformed key refuses the start instead of failing every read later. */
export function checkEncryptionKey(): void {
  masterKey();
}

export interface FieldProtection {
  encrypt(value: string): string;
  decrypt(stored: string): string;
  /** A keyed hash for look-ups (equal values, equal hashes; nothing else learnt). */
  lookup(value: string): string;
}

/** The protection of one subgraph's fields: `integrity-graph/<scope>/<purpose>` keys. */
export function fieldProtection(scope: string): FieldProtection {
  const derive = (purpose: string) =>
    createHmac('sha256', masterKey()).update(`integrity-graph/${scope}/${purpose}`).digest();
  return {
    encrypt(value) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', derive('encrypt'), iv);
      const data = Buffer.concat([cipher.update(value, 'utf8'), cipher.final()]);
      return [iv, cipher.getAuthTag(), data].map((b) => b.toString('base64')).join('.');
    },
    decrypt(stored) {
      const [iv, tag, data] = stored.split('.').map((p) => Buffer.from(p, 'base64'));
      const decipher = createDecipheriv('aes-256-gcm', derive('encrypt'), iv!);
      decipher.setAuthTag(tag!);
      return Buffer.concat([decipher.update(data!), decipher.final()]).toString('utf8');
    },
    lookup: (value) => createHmac('sha256', derive('lookup')).update(value).digest('hex'),
  };
}
