import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import { normaliseAccessCode } from './complaint-rules.js';

const derive = promisify(scrypt) as (code: string, salt: Buffer, length: number) => Promise<Buffer>;

/** The stored form of an access code: a random salt and its scrypt hash; the code itself is never kept. */
export async function hashAccessCode(code: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await derive(normaliseAccessCode(code), salt, 32);
  return `${salt.toString('base64')}.${hash.toString('base64')}`;
}

/** A hash no code was drawn for: an unknown tracking number is checked against it, so it answers no sooner. */
let decoy: Promise<string> | undefined;
export const decoyAccessCodeHash = (): Promise<string> => (decoy ??= hashAccessCode(randomBytes(9).toString('hex')));

export async function accessCodeMatches(code: string, stored: string): Promise<boolean> {
  const [salt, hash] = stored.split('.').map((p) => Buffer.from(p, 'base64'));
  if (!salt || !hash) return false;
  const candidate = await derive(normaliseAccessCode(code), salt, 32);
  return candidate.length === hash.length && timingSafeEqual(candidate, hash);
}
