import { JSONScalar, TextLength } from '@integrity/subgraph-kit';
import { Field, Float, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  IsIn,
  IsNumber,
  IsOptional,
  Matches,
  Max,
  Min,
  ValidateNested,
  ArrayMaxSize,
  ArrayMinSize,
} from 'class-validator';
import { SCORE_FIGURES } from './scoring-rules.js';

export const IndicatorKindEnum = { PER_UNIT: 'PER_UNIT', BELOW_TARGET: 'BELOW_TARGET' } as const;
registerEnumType(IndicatorKindEnum, {
  name: 'IndicatorKind',
  description: 'How an indicator turns its figure into points.',
  valuesConfig: {
    PER_UNIT: {
      description: '`points` for every `per` of the figure (a count per 1, an amount in CNY per e.g. 100000).',
    },
    BELOW_TARGET: { description: '`points` for every percentage point the ratio lies below `target`.' },
  },
});

@ObjectType({ description: 'One indicator of the scoring rules.' })
export class IndicatorRuleType {
  @Field({ description: 'Stable name, e.g. OVERDUE_PAYMENTS.' }) indicator: string;
  @Field({ description: `The Department figure it reads: one of ${SCORE_FIGURES.join(', ')}.` }) figure: string;
  @Field(() => IndicatorKindEnum, { description: 'How the figure becomes points.' }) kind: 'PER_UNIT' | 'BELOW_TARGET';
  @Field(() => Float, { description: 'Points per unit, or per percentage point below the target.' }) points: number;
  @Field(() => Float, { nullable: true, description: 'PER_UNIT: the size of one unit (1 for counts).' }) per?: number;
  @Field(() => Float, { nullable: true, description: 'BELOW_TARGET: the target ratio, 0–1.' }) target?: number;
  @Field(() => Float, { description: 'Most points the indicator may deduct.' }) cap: number;
  @Field({ description: 'The plan clause or regulation it rests on.' }) source: string;
}

@ObjectType({ description: 'Lowest score of each grade; below C is D.' })
export class GradeBands {
  @Field(() => Float, { description: 'Lowest score graded A.' }) A: number;
  @Field(() => Float, { description: 'Lowest score graded B.' }) B: number;
  @Field(() => Float, { description: 'Lowest score graded C.' }) C: number;
}

@ObjectType({ description: 'A published version of the scoring rules (评价规则). The highest version is in force.' })
export class ScoringRuleVersion {
  @Field(() => Int, { description: 'Version number, from 1.' }) version: number;
  @Field(() => [IndicatorRuleType], { description: 'The indicators.' }) indicators: IndicatorRuleType[];
  @Field(() => GradeBands, { description: 'The grade bands.' }) grades: GradeBands;
  @Field({ description: 'Why this version was published.' }) note: string;
  @Field({ description: 'Username of the publisher.' }) publishedBy: string;
  @Field({ description: 'When it was published (ISO timestamp).' }) publishedAt: string;
  @Field(() => JSONScalar, { description: 'The rules exactly as stored, for integrators that diff versions.' })
  raw: unknown;
}

@InputType({ description: 'One indicator of a new rule version.' })
export class IndicatorRuleInput {
  @Field({ description: 'Stable name in capitals, e.g. OVERDUE_PAYMENTS.' })
  @Matches(/^[A-Z][A-Z0-9_]{1,63}$/)
  indicator: string;
  @Field({ description: 'The Department figure it reads.' }) @IsIn(SCORE_FIGURES as unknown as string[]) figure: string;
  @Field(() => IndicatorKindEnum, { description: 'How the figure becomes points.' }) kind: 'PER_UNIT' | 'BELOW_TARGET';
  @Field(() => Float, { description: 'Points per unit or per percentage point below the target.' })
  @IsNumber()
  @Min(0.01)
  @Max(100)
  points: number;
  @Field(() => Float, { nullable: true, description: 'PER_UNIT: size of one unit.' })
  @IsOptional()
  @Min(1)
  per?: number;
  @Field(() => Float, { nullable: true, description: 'BELOW_TARGET: target ratio, 0–1.' })
  @IsOptional()
  @Min(0.01)
  @Max(1)
  target?: number;
  @Field(() => Float, { description: 'Most points it may deduct.' }) @Min(0.01) @Max(100) cap: number;
  @Field({ description: 'The plan clause or regulation it rests on.' }) @TextLength(2, 300) source: string;
}

@InputType({ description: 'Grade bands of a new rule version.' })
export class GradeBandsInput {
  @Field(() => Float, { description: 'Lowest score graded A.' }) @Min(1) @Max(100) A: number;
  @Field(() => Float, { description: 'Lowest score graded B.' }) @Min(1) @Max(100) B: number;
  @Field(() => Float, { description: 'Lowest score graded C.' }) @Min(1) @Max(100) C: number;
}

@InputType({ description: 'A new version of the scoring rules.' })
export class ScoringRulesInput {
  @Field(() => [IndicatorRuleInput], {
    description: 'Every indicator of the new version (the whole set, not a change).',
  })
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  indicators: IndicatorRuleInput[];

  @Field(() => GradeBandsInput, { description: 'The grade bands.' })
  @ValidateNested()
  grades: GradeBandsInput;
}
