import type { DataSource } from 'typeorm';
import { insertRows } from './rows.js';
import type { Progress } from './progress.js';
import type { World } from './world.js';

/** directory: the further counties and towns, their departments and the enterprises (users stay the demo's). */
export async function seedDirectory(ds: DataSource, world: World, progress: Progress): Promise<void> {
  await insertRows(
    ds,
    'region',
    world.regions
      .filter((r) => r.generated)
      .map((r) => ({ code: r.code, name: r.name, level: r.level, parent_code: r.parentCode })),
    progress,
  );
  await insertRows(
    ds,
    'department',
    world.departments
      .filter((d) => d.generated)
      .map((d) => ({
        id: d.id,
        code: d.code,
        name: d.name,
        short_name: d.shortName,
        kind: d.kind,
        region_code: d.regionCode,
        county_wide_domains: '',
        version: 1,
      })),
    progress,
  );
  await insertRows(
    ds,
    'enterprise',
    world.enterprises
      .filter((e) => e.generated)
      .map((e) => ({
        uscc: e.uscc,
        name: e.name,
        legal_representative: e.legalRepresentative,
        region_code: e.regionCode,
        version: 1,
      })),
    progress,
  );
}

export const directoryRows = (world: World): number =>
  world.regions.filter((r) => r.generated).length +
  world.departments.filter((d) => d.generated).length +
  world.enterprises.filter((e) => e.generated).length;
