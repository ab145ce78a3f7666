import { isIP } from 'node:net';

/** How wide a slice of addresses counts as one client for the per-address limits (login, complaints). */
export const IPV6_CLIENT_PREFIX = 64;

const groupsOf = (part: string): string[] => (part ? part.split(':') : []);
// an embedded IPv4 tail (::ffff:1.2.3.4, 64:ff9b::1.2.3.4) fills two 16-bit groups
const widthOf = (groups: string[]): number => groups.reduce((n, g) => n + (g.includes('.') ? 2 : 1), 0);

/**
 * The key under which an address is counted. An IPv4 address is one client; so is an IPv4 address written as
 * IPv6 (::ffff:a.b.c.d, as a dual-stack socket reports it). An IPv6 address counts by its /64: a subscriber is
 * routinely handed a whole /64 and picks any address in it, so counting per address would give one caller
 * 2^64 tries at a password or a complaint form.
 */
export function addressBucket(address: string): string {
  const plain = address.split('%')[0]!; // a zone id (fe80::1%eth0) names the interface, not the client
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(plain);
  if (mapped) return mapped[1]!;
  if (isIP(plain) !== 6) return plain;
  const compressed = plain.indexOf('::');
  const left = groupsOf(compressed < 0 ? plain : plain.slice(0, compressed));
  const right = compressed < 0 ? [] : groupsOf(plain.slice(compressed + 2));
  const zeros = compressed < 0 ? [] : Array<string>(8 - widthOf(left) - widthOf(right)).fill('0');
  const prefix = [...left, ...zeros, ...right].slice(0, IPV6_CLIENT_PREFIX / 16);
  return `${prefix.map((g) => parseInt(g, 16).toString(16)).join(':')}::/${IPV6_CLIENT_PREFIX}`;
}
