import type { DataSource } from 'typeorm';
import { caseworkRows, seedCasework } from './casework.js';
import { creditRows, seedCredit } from './credit.js';
import { debtRows, seedDebt } from './debt.js';
import { directoryRows, seedDirectory } from './directory.js';
import { investmentRows, seedInvestment } from './investment.js';
import { procurementRows, seedProcurement } from './procurement.js';
import { Progress } from './progress.js';
import { seedSupervision, supervisionRows } from './supervision.js';
import { buildWorld, type World } from './world.js';

type Generator = {
  seed: (ds: DataSource, world: World, progress: Progress) => Promise<void>;
  rows: (world: World) => number;
};

/** One generator per subgraph, each writing only that subgraph's own database. */
export const GENERATORS: Record<string, Generator> = {
  directory: { seed: seedDirectory, rows: directoryRows },
  credit: { seed: seedCredit, rows: creditRows },
  procurement: { seed: seedProcurement, rows: procurementRows },
  investment: { seed: seedInvestment, rows: investmentRows },
  debt: { seed: seedDebt, rows: debtRows },
  supervision: { seed: seedSupervision, rows: supervisionRows },
  casework: { seed: seedCasework, rows: caseworkRows },
};

export interface GenerateOptions {
  scale: number;
  /** Any string; the same seed and scale give the same rows (dates relative to the day, ciphertexts aside). */
  seed?: string;
  /** No progress bar (tests). */
  quiet?: boolean;
}

/**
 * Add `scale` counties' worth of data to databases that hold the demo county (migrated and demo-seeded):
 * every subgraph present in `dataSources` gets its share, in its own database.
 */
export async function generateScale(dataSources: Record<string, DataSource>, options: GenerateOptions): Promise<World> {
  const world = buildWorld(options.scale, options.seed ?? 'integrity-graph');
  const present = Object.keys(GENERATORS).filter((name) => dataSources[name]);
  const progress = new Progress(
    present.reduce((n, name) => n + GENERATORS[name]!.rows(world), 0),
    options.quiet,
  );
  for (const name of present) await GENERATORS[name]!.seed(dataSources[name]!, world, progress);
  progress.finish();
  return world;
}
