// `npm run seed -- --scale N [--seed S]`: the demo county plus N counties' worth of generated data, in the
// databases `npm start` uses (SQLite under data/, or DATABASE_URL=mysql://…/prefix → <prefix>_<subgraph>).
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { subgraph as casework } from '@integrity/casework';
import { subgraph as credit } from '@integrity/credit';
import { subgraph as debt } from '@integrity/debt';
import { subgraph as directory } from '@integrity/directory';
import { subgraph as investment } from '@integrity/investment';
import { subgraph as procurement } from '@integrity/procurement';
import { subgraph as supervision } from '@integrity/supervision';
import { databaseTarget, prepareDatabase, SubgraphMetaEntity, type SubgraphDefinition } from '@integrity/subgraph-kit';
import type { DataSource } from 'typeorm';
import { REPO_ROOT } from '../src/paths.js';
import { generateScale } from './generate.js';

const { values } = parseArgs({
  options: { scale: { type: 'string', default: '1' }, seed: { type: 'string', default: 'integrity-graph' } },
});
const scale = Number(values.scale);
const dataDir = process.env.DATA_DIR ?? resolve(REPO_ROOT, 'data');

/**
 * The ID-number key must be the one `npm start` will read with, or the generated numbers are unreadable:
 * the environment's, else the local one npm start keeps in data/local-secrets.json (made here when missing).
 */
function encryptionKey(): void {
  if (process.env.DATA_ENCRYPTION_KEY) return;
  if (process.env.NODE_ENV === 'production') throw new Error('DATA_ENCRYPTION_KEY must be set (NODE_ENV=production)');
  const file = resolve(dataDir, 'local-secrets.json');
  mkdirSync(dataDir, { recursive: true });
  const stored: Record<string, string> = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  stored.DATA_ENCRYPTION_KEY ??= randomBytes(32).toString('hex');
  stored.JWT_SECRET ??= randomBytes(32).toString('hex');
  writeFileSync(file, JSON.stringify(stored, null, 2), { mode: 0o600 });
  process.env.DATA_ENCRYPTION_KEY = stored.DATA_ENCRYPTION_KEY;
}

async function main(): Promise<void> {
  encryptionKey();
  const definitions: SubgraphDefinition[] = [directory, credit, procurement, investment, debt, supervision, casework];
  const opened: Record<string, DataSource> = {};
  try {
    for (const definition of definitions) {
      const target = databaseTarget(definition.name, process.env.DATABASE_URL, dataDir);
      // the generator builds on the demo county (its users, departments and edge cases), so it is seeded first
      const { dataSource } = await prepareDatabase(definition, {
        target,
        seed: true,
        demoPassword: process.env.DEMO_PASSWORD ?? 'demo-password',
      });
      opened[definition.name] = dataSource;
      if (await dataSource.getRepository(SubgraphMetaEntity).findOneBy({ key: 'scale_seeded' })) {
        throw new Error(
          `${target.kind === 'mysql' ? target.database : target.file} already holds generated data; drop the databases (or remove data/) first`,
        );
      }
    }
    const world = await generateScale(opened, { scale, seed: values.seed });
    for (const ds of Object.values(opened))
      await ds
        .getRepository(SubgraphMetaEntity)
        .save({ key: 'scale_seeded', value: `scale ${scale} seed ${world.seed}` });
    process.stderr.write(
      `scale ${scale}: ${world.regions.length} regions, ${world.departments.length} departments, ${world.enterprises.length} enterprises\n`,
    );
  } finally {
    for (const ds of Object.values(opened)) await ds.destroy();
  }
}

// a refusal or a bad argument is one line on stderr and exit status 1, not a stack trace
main().catch((error: unknown) => {
  process.stderr.write(`npm run seed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
