// The standard's algorithm lives once, in the shared rules; demo data mints codes with it.
import { GOVERNMENT_USCC_PREFIX, usccCheckCharacter as check } from '@integrity/rules';

export { USCC_ALPHABET, usccCheckCharacter } from '@integrity/rules';

const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/** The check character of a 9-character organisation code (GB 11714-1997) for its first 8 digits. */
function organisationCheck(body: string): string {
  const sum = [...body].reduce((s, c, i) => s + Number(c) * ORG_WEIGHTS[i]!, 0);
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

/**
 * A demo government body's code, stable for its department code: 11 (an organ registered by the
 * establishment authority), the county's division code, an organisation code with its own check, and the
 * GB 32100 check character. Invented for the demo: a real body's code comes from its certificate.
 */
export function demoGovernmentUscc(departmentCode: string, countyCode: string): string {
  let h = 2166136261;
  for (const ch of departmentCode) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  const body = String(h % 100_000_000).padStart(8, '0');
  const first17 = `${GOVERNMENT_USCC_PREFIX}${countyCode}${body}${organisationCheck(body)}`;
  return `${first17}${check(first17)}`;
}
