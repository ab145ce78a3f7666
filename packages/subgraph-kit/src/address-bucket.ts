import { isIP } from 'node:net';

/** How wide a slice of addresses counts as one client for the per-address limits (login, complaints). */
export const IPV6_CLIENT_PREFIX = 64; // whole 16-bit groups: the bucket is the first four

/** IPv6 prefixes whose last 32 bits are an IPv4 client: IPv4-mapped (::ffff:0:0/96) and NAT64 (64:ff9b::/96). */
const IPV4_IN_IPV6 = ['0:0:0:0:0:ffff', '64:ff9b:0:0:0:0'];

/** The eight 16-bit groups of a valid IPv6 address, as numbers: `::` expanded, an IPv4 tail as two groups. */
function groupsOf(address: string): number[] {
  const words = (part: string): number[] =>
    part
      ? part.split(':').flatMap((word) => {
          if (!word.includes('.')) return [parseInt(word, 16)];
          const [a, b, c, d] = word.split('.').map(Number) as [number, number, number, number];
          return [(a << 8) | b, (c << 8) | d];
        })
      : [];
  const gap = address.indexOf('::');
  if (gap < 0) return words(address);
  const left = words(address.slice(0, gap));
  const right = words(address.slice(gap + 2));
  return [...left, ...Array<number>(8 - left.length - right.length).fill(0), ...right];
}

/**
 * The key under which an address is counted. An IPv4 address is one client; so is an IPv4 address carried in
 * IPv6 (::ffff:a.b.c.d as a dual-stack socket reports it, in any spelling, or behind NAT64). An IPv6 address
 * counts by its /64: a subscriber is routinely handed a whole /64 and picks any address in it, so counting per
 * address would give one caller 2^64 tries at a password or a complaint form.
 */
export function addressBucket(address: string): string {
  const plain = address.split('%')[0]!; // a zone id (fe80::1%eth0) names the interface, not the client
  if (isIP(plain) !== 6) return plain;
  const groups = groupsOf(plain.toLowerCase());
  const hex = groups.map((g) => g.toString(16));
  if (IPV4_IN_IPV6.includes(hex.slice(0, 6).join(':')))
    return [groups[6]! >> 8, groups[6]! & 255, groups[7]! >> 8, groups[7]! & 255].join('.');
  return `${hex.slice(0, IPV6_CLIENT_PREFIX / 16).join(':')}::/${IPV6_CLIENT_PREFIX}`;
}
