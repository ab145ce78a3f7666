import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GRADES, type Grade } from './scoring-rules.js';

export const GradeEnum = Object.fromEntries(GRADES.map((g) => [g, g])) as { [K in Grade]: K };
registerEnumType(GradeEnum, {
  name: 'Grade',
  description:
    'Integrity grade from the score and the grade bands of the rule version in force (default A ≥ 90, B ≥ 75, C ≥ 60).',
  valuesConfig: {
    A: { description: 'Good (好).' },
    B: { description: 'Fairly good (较好).' },
    C: { description: 'Passing (一般).' },
    D: { description: 'Poor (差): not eligible for honours.' },
  },
});

@ObjectType({
  description: 'Points taken off a department’s integrity score, with the figure and the rule behind them.',
})
export class Deduction {
  @Field({ description: 'The indicator, e.g. OVERDUE_PAYMENTS.' })
  indicator: string;

  @Field(() => Float, { description: 'Points deducted (after the indicator’s cap).' })
  points: number;

  @Field({
    description: 'Why, in figures: e.g. "3" overdue payments, or "97.00% is 3.00 points below the target 100%".',
  })
  reason: string;

  @Field({
    description:
      'The subgraph that owns the figure (credit, procurement, investment, supervision): where to drill down.',
  })
  source: string;

  @Field({ description: 'The Department field the indicator reads, e.g. overduePaymentCount.' })
  figure: string;

  @Field(() => Float, { description: 'The figure’s value when scored.' })
  value: number;

  @Field({ description: 'The plan clause or regulation the rule rests on.' })
  basis: string;
}

@ObjectType({
  description: 'A department’s live integrity score (政务诚信评分), computed now from every domain’s figures.',
})
export class IntegrityScore {
  @Field(() => Float, { description: '0–100: 100 less every deduction.' })
  score: number;

  @Field(() => GradeEnum, { description: 'Grade from the score.' })
  grade: Grade;

  @Field(() => [Deduction], { description: 'Every deduction, in the order of the rules.' })
  deductions: Deduction[];

  @Field(() => Int, { description: 'The scoring-rule version used.' })
  ruleVersion: number;
}
