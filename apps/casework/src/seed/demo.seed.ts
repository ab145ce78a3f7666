import type { DataSource } from 'typeorm';
import { seedCases } from './case.seed.js';
import { seedJudicial } from './judicial.seed.js';

/** Demo: cases of every kind in every state, public complaints, judgments and a year of hearings. */
export async function seedCasework(dataSource: DataSource): Promise<void> {
  await seedCases(dataSource);
  await seedJudicial(dataSource);
}
