import { demoDepartments } from '@integrity/demo-data';
import { createLogger } from '@integrity/subgraph-kit';
import type { DataSource } from 'typeorm';
import { loadPlanLedger } from '../ledger/plan-ledger.seed.js';
import { RuleVersionEntity } from '../score/rule-version.entity.js';
import { DEFAULT_RULES } from '../score/scoring-rules.js';
import { seedRectifications } from './rectification.seed.js';
import { seedTaskReports } from './task-report.seed.js';

/** Demo: rule version 1, the plan's ledger resolved against the demo county's departments, rectification orders, last quarter's reports. */
export async function seedSupervision(dataSource: DataSource): Promise<void> {
  if ((await dataSource.getRepository(RuleVersionEntity).count()) === 0) {
    await dataSource.getRepository(RuleVersionEntity).insert({
      version: 1,
      rulesJson: JSON.stringify(DEFAULT_RULES),
      note: '首版：按饶府〔2018〕35号各项任务设置扣分规则',
      publishedBy: 'system',
      publishedAt: new Date().toISOString(),
    });
  }
  const { tasks, unresolved } = await loadPlanLedger(dataSource, demoDepartments);
  if (Object.keys(unresolved).length) {
    createLogger('supervision').warn('plan ledger: units the directory has no department for', { tasks, unresolved });
  }
  await seedRectifications(dataSource);
  await seedTaskReports(dataSource);
}
