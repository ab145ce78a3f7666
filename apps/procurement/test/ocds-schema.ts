// The official OCDS 1.1.5 release schema and code lists, for the tests that validate our exports.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const VENDORED = resolve(dirname(fileURLToPath(import.meta.url)), '../../test/fixtures/ocds-1.1.5');

/** The programme's shared copy: <repo>/../shared/data/ocds-1.1.5. */
function sharedDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(resolve(dir, 'turbo.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return resolve(dir, '../shared/data/ocds-1.1.5');
}
export const SHARED_OCDS_DIR = sharedDir();
export const VENDORED_OCDS_DIR = VENDORED;

/**
 * The official schema and code lists: OCDS_SCHEMA_DIR, else the shared copy beside the repository, else the
 * identical copy vendored under test/fixtures (so a checkout alone still validates; a test keeps the two equal).
 */
export const OCDS_DIR =
  process.env.OCDS_SCHEMA_DIR ??
  (existsSync(resolve(SHARED_OCDS_DIR, 'release-schema.json')) ? SHARED_OCDS_DIR : VENDORED);
export const schemaPresent = existsSync(resolve(OCDS_DIR, 'release-schema.json'));
const DIR = OCDS_DIR;

// ajv-draft-04 is CommonJS with a default export: take the class itself
const Ajv = createRequire(import.meta.url)('ajv-draft-04') as typeof import('ajv-draft-04').default;

/** The release schema compiled in draft-04 mode, with the formats it uses checked (not ignored). */
export function releaseValidator() {
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
  ajv.addFormat('uri', /^[a-z][a-z0-9+.-]*:\S+$/i);
  ajv.addFormat('email', /^\S+@\S+$/);
  return ajv.compile(JSON.parse(readFileSync(resolve(DIR, 'release-schema.json'), 'utf8')));
}

/** The codes of one official code list. */
export const codes = (list: string) =>
  readFileSync(resolve(DIR, 'codelists', `${list}.csv`), 'utf8')
    .split('\n')
    .slice(1)
    .map((line) => line.split(',')[0]!.replace(/"/g, '').trim())
    .filter(Boolean);
