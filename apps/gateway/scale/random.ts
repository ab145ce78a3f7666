import { createHash } from 'node:crypto';

/** A seeded generator (mulberry32): the same seed gives the same county on every machine and run. */
export interface Random {
  (): number;
  int(min: number, max: number): number;
  pick<T>(xs: readonly T[]): T;
  /** One of the keys, with the given relative weights. */
  weighted<T extends string>(weights: Readonly<Record<T, number>>): T;
  chance(p: number): boolean;
  /** Log-normally distributed money in fen between roughly min and max yuan (most values near the lower end, as budgets are). */
  money(minYuan: number, maxYuan: number): bigint;
  /** A stable UUID for the n-th item of a kind, so the generators of different subgraphs agree on ids. */
  id(kind: string, n: number | string): string;
}

export function random(seed: string, stream: string): Random {
  let s = createHash('sha1').update(`${seed}:${stream}`).digest().readUInt32LE(0);
  const next = (() => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }) as Random;
  next.int = (min, max) => min + Math.floor(next() * (max - min + 1));
  next.pick = (xs) => xs[Math.floor(next() * xs.length)]!;
  next.chance = (p) => next() < p;
  next.weighted = (weights) => {
    const entries = Object.entries(weights) as [never, number][];
    let r = next() * entries.reduce((sum, [, w]) => sum + w, 0);
    for (const [key, w] of entries) if ((r -= w) < 0) return key;
    return entries[entries.length - 1]![0];
  };
  next.money = (minYuan, maxYuan) => {
    const span = Math.log(maxYuan / minYuan);
    const yuan = minYuan * Math.exp(span * next() ** 2);
    return BigInt(Math.round(yuan)) * 100n;
  };
  next.id = (kind, n) => scaleId(seed, kind, n);
  return next;
}

/** UUID-shaped like the demo's stableId, but in the generator's own namespace so the two never collide. */
export function scaleId(seed: string, kind: string, n: number | string): string {
  const h = createHash('sha1').update(`integrity-graph-scale:${seed}:${kind}:${n}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h.slice(16, 17), 16) & 0x3) | 0x8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
