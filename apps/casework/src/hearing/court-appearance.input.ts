import { DateScalar, PageArgs, TextLength } from '@integrity/subgraph-kit';
import { IsOptional, Max, Min } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import type { HeadRank } from './court-appearance-rules.js';
import { HeadRankEnum } from './court-appearance.type.js';

@InputType({ description: 'A hearing and whether the head of the defendant body appeared.' })
export class RecordCourtAppearanceInput {
  @Field({
    description:
      '案号. Stored as the court writes it — the year in （）, half-width digits, no spaces: 〔2026〕粤5122行初12号 is （2026）粤5122行初12号 — so one hearing typed two ways is one.',
  })
  @TextLength(4, 64)
  caseNumber: string;
  @Field(() => ID, { description: 'The defendant body.' }) departmentId: string;
  @Field(() => DateScalar, { description: 'Day of the hearing; not after today.' }) hearingDate: string;
  @Field({ description: 'Whether its head (正职 or 副职) appeared.' }) headAppeared: boolean;
  @Field({ nullable: true, description: 'Who appeared (required when the head appeared).' })
  @IsOptional()
  @TextLength(1, 50)
  appearedName?: string;
  @Field({ nullable: true, description: 'Their post (required when the head appeared).' })
  @IsOptional()
  @TextLength(1, 50)
  position?: string;
  @Field(() => HeadRankEnum, { nullable: true, description: '正职 or 副职 (required when the head appeared).' })
  @IsOptional()
  rank?: HeadRank;
}

@ArgsType()
export class CourtAppearancesArgs extends PageArgs {
  @Field(() => ID, { nullable: true }) departmentId?: string;
  @Field(() => Int, { nullable: true, description: 'Hearings of this year only.' })
  @IsOptional()
  @Min(2000)
  @Max(2100)
  year?: number;
}
