import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { decryptIdNumber, encryptIdNumber, idNumberLookup } from './id-protection.js';

describe('resident ID protection', () => {
  beforeAll(() => {
    process.env.DATA_ENCRYPTION_KEY ??= randomBytes(32).toString('hex');
  });

  it('round-trips, never stores the number in clear, and uses a fresh IV each time', () => {
    const id = '11010519491231002X';
    const a = encryptIdNumber(id);
    const b = encryptIdNumber(id);
    expect(a).not.toContain(id);
    expect(a).not.toBe(b);
    expect(decryptIdNumber(a)).toBe(id);
    expect(decryptIdNumber(b)).toBe(id);
  });

  it('gives a stable keyed hash for lookup, different per number', () => {
    expect(idNumberLookup('11010519491231002X')).toBe(idNumberLookup('11010519491231002X'));
    expect(idNumberLookup('11010519491231002X')).not.toBe(idNumberLookup('445122198506120314'));
  });

  it('refuses a tampered ciphertext', () => {
    const parts = encryptIdNumber('445122198506120314').split('.');
    parts[2] = Buffer.from('445122198506120315').toString('base64');
    expect(() => decryptIdNumber(parts.join('.'))).toThrow();
  });
});
