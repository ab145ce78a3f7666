import { badInput, type RequestContext } from '@integrity/subgraph-kit';
import type { CaseKind } from '@integrity/rules';
import { calendarsFor } from '../calendar/calendar.client.js';
import { caseDeadlines, calendarYears, type DeadlineFacts } from './case-deadlines.js';
import { DeadlineRuleEntity } from './deadline-rule.entity.js';
import { ruleInForce, type DeadlineRule } from './deadline-rules.js';

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
