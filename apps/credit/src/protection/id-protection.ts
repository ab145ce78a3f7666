import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

/**
 * Resident ID numbers at rest: AES-256-GCM ciphertext for reading back, and a keyed hash (HMAC-SHA-256)
 * for finding a number without decrypting every row. Both keys derive from DATA_ENCRYPTION_KEY, which
 * lives only in the environment; losing it makes the stored numbers unreadable, by design.
 */
function masterKey(): Buffer {
  const hex = process.env.DATA_ENCRYPTION_KEY ?? '';
  if (!/^[0-9a-fA-F]{64}$/.test(hex)) {
    throw new Error('DATA_ENCRYPTION_KEY must be set to 64 hex characters (32 bytes) to protect resident ID numbers');
  }
  return Buffer.from(hex, 'hex');
}

/** Called before credit starts: a missing or malformed key refuses the start instead of failing every read later. */
export function checkEncryptionKey(): void {
  masterKey();
}

const derive = (purpose: string) =>
  createHmac('sha256', masterKey()).update(`integrity-graph/credit/${purpose}`).digest();

export function encryptIdNumber(id: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', derive('encrypt'), iv);
  const data = Buffer.concat([cipher.update(id, 'utf8'), cipher.final()]);
  return [iv, cipher.getAuthTag(), data].map((b) => b.toString('base64')).join('.');
}

export function decryptIdNumber(stored: string): string {
  const [iv, tag, data] = stored.split('.').map((p) => Buffer.from(p, 'base64'));
  const decipher = createDecipheriv('aes-256-gcm', derive('encrypt'), iv!);
  decipher.setAuthTag(tag!);
  return Buffer.concat([decipher.update(data!), decipher.final()]).toString('utf8');
}

export const idNumberLookup = (id: string): string => createHmac('sha256', derive('lookup')).update(id).digest('hex');
