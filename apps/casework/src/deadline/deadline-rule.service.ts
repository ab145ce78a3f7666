import { badInput, calendarsFor, recordAudit, today, transaction, type RequestContext } from '@integrity/subgraph-kit';
import type { CaseKind } from '@integrity/rules';
import { caseDeadlines, calendarYears, type DeadlineFacts } from './case-deadlines.js';
import { DeadlineRuleEntity } from './deadline-rule.entity.js';
import { ruleInForce, type DeadlineRule } from './deadline-rules.js';
import type { PublishDeadlineRuleInput } from './deadline-rule.input.js';

/** Every version of every rule (a few dozen rows), read once per request. */
export const deadlineRules = (ctx: RequestContext): Promise<DeadlineRule[]> =>
  ctx.loaders
    .get<string, DeadlineRule[]>('casework.deadlineRules', async (keys) => {
      const rows = await ctx.dataSource.getRepository(DeadlineRuleEntity).find({ order: { id: 'ASC' } });
      return keys.map(() => rows);
    })
    .load('all');

/** The rule versions in force for a kind received on a day; no reply rule is a refusal naming the date. */
export async function rulesFor(ctx: RequestContext, kind: CaseKind, receivedOn: string, field: string) {
  const rules = await deadlineRules(ctx);
  const replyRule = ruleInForce(rules, kind, 'REPLY', receivedOn);
  if (!replyRule)
    throw badInput(field, 'NO_DEADLINE_RULE', `no deadline rule for ${kind} applies on ${receivedOn}`, {
      date: receivedOn,
    });
  return { acceptRule: ruleInForce(rules, kind, 'ACCEPT', receivedOn), replyRule };
}

/** The rule versions a case was given, by id. */
export async function rulesOfCase(ctx: RequestContext, c: { acceptRuleId: string | null; replyRuleId: string }) {
  const rules = await deadlineRules(ctx);
  return {
    acceptRule: rules.find((r) => r.id === c.acceptRuleId) ?? null,
    replyRule: rules.find((r) => r.id === c.replyRuleId)!,
  };
}

/** A case's deadlines, reading the calendar years its working-day periods reach. */
export async function deadlinesOf(
  ctx: RequestContext,
  facts: DeadlineFacts,
  rules: { acceptRule: DeadlineRule | null; replyRule: DeadlineRule },
) {
  const years = calendarYears(facts, rules.acceptRule, rules.replyRule);
  const calendars = years.length ? await calendarsFor(ctx, years) : new Map();
  return caseDeadlines(facts, rules.acceptRule, rules.replyRule, calendars);
}

/**
 * A new version of a kind's rule for a stage. Never retroactive (a case already received keeps its version,
 * and one registered late with an earlier receipt date must not get a period decided after it), and later
 * than the version it follows, so exactly one version is in force on any day.
 */
export async function publishDeadlineRule(ctx: RequestContext, input: PublishDeadlineRuleInput): Promise<DeadlineRule> {
  if (input.stage === 'ACCEPT' && input.startsFrom !== 'RECEIVED')
    throw badInput('input.startsFrom', 'INVALID_VALUE', 'deciding acceptance counts from receipt');
  // the public complaint's receipt promises the day a reply is due, so its reply period counts from receipt
  if (input.kind === 'COMPLAINT' && input.stage === 'REPLY' && input.startsFrom !== 'RECEIVED')
    throw badInput('input.startsFrom', 'INVALID_VALUE', 'a complaint’s reply period counts from receipt');
  const now = today();
  if (input.effectiveFrom < now)
    throw badInput('input.effectiveFrom', 'DATE_TOO_EARLY', `not before ${now}`, { date: now });
  return transaction(ctx, async (m) => {
    const repo = m.getRepository(DeadlineRuleEntity);
    const versions = await repo.find({ where: { kind: input.kind, stage: input.stage } });
    const latest = versions.reduce<string | null>((d, v) => (d && d > v.effectiveFrom ? d : v.effectiveFrom), null);
    if (latest && input.effectiveFrom <= latest)
      throw badInput('input.effectiveFrom', 'DATE_NOT_AFTER', `the current version starts ${latest}`, { date: latest });
    const number = versions.reduce((n, v) => Math.max(n, Number(v.id.split('.').pop()) || 0), 0) + 1;
    const row = repo.create({
      id: `${input.kind}.${input.stage}.${number}`,
      kind: input.kind,
      stage: input.stage,
      startsFrom: input.startsFrom,
      unit: input.unit,
      amount: input.amount,
      extensionAmount: input.extensionAmount ?? null,
      effectiveFrom: input.effectiveFrom,
      source: input.source.trim(),
    });
    await repo.insert(row);
    await recordAudit(m, ctx, {
      action: 'deadlineRule.publish',
      entityType: 'DeadlineRule',
      entityId: row.id,
      before: null,
      after: row,
    });
    return row;
  });
}
