import { createHash } from 'node:crypto';

/**
 * A stable UUID for a demo record from its natural key, so every subgraph's seed refers to the same
 * department or user without reading another subgraph's tables.
 */
export function stableId(kind: string, key: string): string {
  const h = createHash('sha1').update(`integrity-graph:${kind}:${key}`).digest('hex');
  // shaped as a version-5 UUID
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h.slice(16, 17), 16) & 0x3) | 0x8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
