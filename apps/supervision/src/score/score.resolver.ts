import { Allow, allow, requireCaller, type RequestContext, TextLength } from '@integrity/subgraph-kit';
import { Args, ArgsType, Ctx, Directive, Field, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Department } from '../department/department.type.js';
import { ScoringRulesInput, ScoringRuleVersion } from './rule-version.type.js';
import { currentRules, publishRules, ruleHistory, type RuleVersion } from './rules.service.js';
import { IntegrityScore } from './score.type.js';
import { scoreDepartment } from './score.service.js';

@ArgsType()
class PublishScoringRulesArgs {
  @Field(() => ScoringRulesInput, { description: 'The whole new rule set.' }) input: ScoringRulesInput;
  @Field({ description: 'Why the rules change (required).' }) @TextLength(2, 1000) note: string;
}

const asType = (v: RuleVersion): ScoringRuleVersion => ({
  ...v,
  indicators: v.rules.indicators,
  grades: v.rules.grades,
  raw: v.rules,
});

/** The live score on Department, from the figures the planner brings; the rule version in force. */
@Resolver(() => Department)
export class DepartmentScoreResolver {
  @Directive(
    '@requires(fields: "civilServantCount creditFileCoverage activeDishonestyRecordCount activeSeriousRecordCount overdueObjectionCount overduePaymentCount overduePaymentAmount breachCount activeProcurementBreachRecordCount overdueCommitmentCount breachedCommitmentCount commitmentFulfilmentRate overdueCaseCount unfulfilledJudgmentCount courtAppearanceRate kind regionDebtRiskLevel regionArrearsPlanMissed")',
  )
  @FieldResolver(() => IntegrityScore, {
    description:
      'Live integrity score 0–100 with its grade and every deduction, from every domain’s figures and the rule version in force. Any signed-in user.',
  })
  integrityScore(@Root() d: Department, @Ctx() ctx: RequestContext) {
    requireCaller(ctx);
    return scoreDepartment(ctx, d);
  }
}

@Resolver()
export class ScoringRulesResolver {
  @Query(() => ScoringRuleVersion, {
    description:
      'The scoring rules in force (version 0: the built-in defaults, before any is published). Any signed-in user.',
  })
  @Allow(allow.signedIn())
  async scoringRules(@Ctx() ctx: RequestContext) {
    return asType(await currentRules(ctx));
  }

  @Query(() => [ScoringRuleVersion], { description: 'Every published version, newest first. Any signed-in user.' })
  @Allow(allow.signedIn())
  async scoringRuleHistory(@Ctx() ctx: RequestContext) {
    return (await ruleHistory(ctx)).map(asType);
  }

  @Mutation(() => ScoringRuleVersion, {
    description:
      'Publish a new version of the scoring rules, with a note. SUPERVISOR, or county-wide SUPERVISION officers.',
  })
  @Allow(allow.roles('SUPERVISOR'), allow.countyWide('SUPERVISION'))
  async publishScoringRules(@Args() { input, note }: PublishScoringRulesArgs, @Ctx() ctx: RequestContext) {
    return asType(await publishRules(ctx, input, note));
  }
}
