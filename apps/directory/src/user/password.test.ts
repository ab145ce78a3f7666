import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password.js';

describe('password hashing', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const stored = await hashPassword('demo-password');
    expect(await verifyPassword('demo-password', stored)).toBe(true);
    expect(await verifyPassword('demo-passwore', stored)).toBe(false);
    expect(await verifyPassword('', stored)).toBe(false);
  });

  it('salts: the same password hashes differently each time, and never appears in the hash', async () => {
    const [a, b] = await Promise.all([hashPassword('秘密口令123'), hashPassword('秘密口令123')]);
    expect(a).not.toBe(b);
    expect(a).not.toContain('秘密口令123');
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(await verifyPassword('秘密口令123', b)).toBe(true);
  });

  it('is slow enough to resist guessing (well over a millisecond per try)', async () => {
    const stored = await hashPassword('x');
    const start = performance.now();
    await verifyPassword('y', stored);
    expect(performance.now() - start).toBeGreaterThan(5);
  });

  it('refuses malformed stored values', async () => {
    expect(await verifyPassword('x', 'plain')).toBe(false);
  });
});
