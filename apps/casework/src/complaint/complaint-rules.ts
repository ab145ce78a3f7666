import { createHash, randomInt } from 'node:crypto';

/** Letters and digits no one confuses when reading them out (no 0/O, 1/I/L, 2/Z, 5/S, 8/B, U/V). */
const READABLE = '34679ACDEFGHJKMNPQRTWXY';

/** A draw of an integer in [0, n): the crypto module's, or a seeded one (the scale generator's). */
type Draw = (n: number) => number;

const readable = (n: number, draw: Draw = randomInt): string =>
  Array.from({ length: n }, () => READABLE[draw(READABLE.length)]).join('');

/** TS-20261204-K7QF3M: the day filed and six readable characters (23⁶ ≈ 148 million a day). */
export const newTrackingNumber = (filedOn: string, draw?: Draw): string =>
  `TS-${filedOn.replaceAll('-', '')}-${readable(6, draw)}`;
export const isTrackingNumber = (value: string): boolean => /^TS-\d{8}-[34679ACDEFGHJKMNPQRTWXY]{6}$/.test(value);

/** The access code shown once: 12 readable characters (about 54 bits), grouped for reading. */
export const newAccessCode = (): string => `${readable(4)}-${readable(4)}-${readable(4)}`;
/** As typed: case and spaces do not matter. */
export const normaliseAccessCode = (value: string): string => value.toUpperCase().replace(/[^0-9A-Z]/g, '');

/** Content as compared for repeats: width-folded, lower case, without spaces and punctuation. */
export const normaliseContent = (text: string): string =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]/gu, '');

/** A public complaint's case title: its first 30 characters, as the casework office's inbox lists it. */
export const complaintTitle = (content: string): string => `群众投诉：${[...content].slice(0, 30).join('')}`;

export const fingerprintOf = (text: string): string =>
  createHash('sha256').update(normaliseContent(text)).digest('hex');

const bigrams = (text: string): Set<string> => {
  const s = normaliseContent(text);
  const grams = new Set<string>();
  for (let i = 0; i + 1 < s.length; i += 1) grams.add(s.slice(i, i + 2));
  if (s.length === 1) grams.add(s);
  return grams;
};

/** Jaccard similarity of the two texts' character bigrams (0: nothing shared, 1: the same). */
export function similarity(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  if (!x.size && !y.size) return 1;
  let shared = 0;
  for (const g of x) if (y.has(g)) shared += 1;
  return shared / (x.size + y.size - shared);
}

/**
 * Near-duplicate detection: a complaint at least this similar to one filed about the same department within
 * the window is refused (the first one is already being handled). Not a regulation's figure: the county's
 * choice, kept here once.
 */
export const DUPLICATE_POLICY = { similarity: 0.75, windowDays: 7, compareAtMost: 500 } as const;

/** The per-address limit: COMPLAINT_MAX_PER_ADDRESS (default 5) per COMPLAINT_WINDOW_SECONDS (default 3600). */
export const complaintLimitFromEnv = (env: NodeJS.ProcessEnv = process.env) => {
  const positive = (v: string | undefined, d: number) => (Number(v) > 0 ? Math.floor(Number(v)) : d);
  return {
    maxPerAddress: positive(env.COMPLAINT_MAX_PER_ADDRESS, 5),
    windowSeconds: positive(env.COMPLAINT_WINDOW_SECONDS, 3600),
  };
};
