import { badInput, recordAudit, requireCaller, type RequestContext } from '@integrity/subgraph-kit';
import { RuleVersionEntity } from './rule-version.entity.js';
import type { ScoringRulesInput } from './rule-version.type.js';
import { DEFAULT_RULES, invalidRules, type ScoringRules } from './scoring-rules.js';

export interface RuleVersion {
  version: number;
  rules: ScoringRules;
  note: string;
  publishedBy: string;
  publishedAt: string;
}

const toVersion = (row: RuleVersionEntity): RuleVersion => ({
  version: row.version,
  rules: JSON.parse(row.rulesJson) as ScoringRules,
  note: row.note,
  publishedBy: row.publishedBy,
  publishedAt: row.publishedAt,
});

/** The version in force, read once per request however many departments are scored. */
export async function currentRules(ctx: RequestContext): Promise<RuleVersion> {
  return ctx.loaders
    .get<'current', RuleVersion>('rules.current', async (keys) => {
      const row = await ctx.dataSource
        .getRepository(RuleVersionEntity)
        .createQueryBuilder('r')
        .orderBy('r.version', 'DESC')
        .limit(1)
        .getOne();
      const current = row
        ? toVersion(row)
        : { version: 0, rules: DEFAULT_RULES, note: 'built-in defaults', publishedBy: 'system', publishedAt: '' };
      return keys.map(() => current);
    })
    .load('current');
}

export async function ruleHistory(ctx: RequestContext): Promise<RuleVersion[]> {
  const rows = await ctx.dataSource.getRepository(RuleVersionEntity).find({ order: { version: 'DESC' } });
  return rows.map(toVersion);
}

export async function publishRules(ctx: RequestContext, input: ScoringRulesInput, note: string): Promise<RuleVersion> {
  const caller = requireCaller(ctx); // who may publish is declared on the mutation
  const rules: ScoringRules = {
    grades: { A: input.grades.A, B: input.grades.B, C: input.grades.C },
    indicators: input.indicators.map((i) => ({
      indicator: i.indicator,
      figure: i.figure as ScoringRules['indicators'][number]['figure'],
      kind: i.kind,
      points: i.points,
      ...(i.kind === 'PER_UNIT' ? { per: i.per ?? 1 } : { target: i.target }),
      cap: i.cap,
      source: i.source.trim(),
    })),
  };
  const invalid = invalidRules(rules);
  if (invalid)
    throw badInput(`input.${invalid.field}`, invalid.reason, `the rules cannot be applied: ${invalid.reason}`);
  return ctx.dataSource.transaction(async (m) => {
    // the version row's primary key makes a concurrent publish of the same number fail, not overwrite
    const last = await m
      .getRepository(RuleVersionEntity)
      .createQueryBuilder('r')
      .select('MAX(r.version)', 'max')
      .getRawOne<{ max: number | null }>();
    const row: RuleVersionEntity = {
      version: Number(last?.max ?? 0) + 1,
      rulesJson: JSON.stringify(rules),
      note: note.trim(),
      publishedBy: caller.username,
      publishedAt: new Date().toISOString(),
    };
    await m.insert(RuleVersionEntity, row);
    await recordAudit(m, ctx, {
      action: 'scoring-rules.publish',
      entityType: 'ScoringRuleVersion',
      entityId: String(row.version),
      after: rules,
    });
    return toVersion(row);
  });
}
