import { DateScalar, Page } from '@integrity/subgraph-kit';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Department } from '../department/department.type.js';
import { HEAD_RANKS, type HeadRank } from './court-appearance-rules.js';

export const HeadRankEnum = Object.fromEntries(HEAD_RANKS.map((r) => [r, r])) as { [K in HeadRank]: K };
registerEnumType(HeadRankEnum, {
  name: 'HeadRank',
  description: 'Which head appeared (法释〔2020〕3号: either counts).',
  valuesConfig: { HEAD: { description: '正职负责人' }, DEPUTY: { description: '副职负责人' } },
});

@ObjectType({
  description: 'A hearing of an administrative case against a county body, and whether its head appeared.',
})
export class CourtAppearance {
  @Field(() => ID) id: string;
  @Field({ description: '案号.' }) caseNumber: string;
  @Field(() => Department, { description: 'The defendant body.' }) department: Department;
  @Field(() => DateScalar) hearingDate: string;
  @Field({ description: 'Whether its head (正职 or 副职) appeared.' }) headAppeared: boolean;
  @Field(() => String, { nullable: true, description: 'Who appeared, when the head did.' }) appearedName: string | null;
  @Field(() => String, { nullable: true, description: 'Their post (局长, 副镇长 …).' }) position: string | null;
  @Field(() => HeadRankEnum, { nullable: true }) rank: HeadRank | null;
}

@ObjectType({ description: 'A page of hearings.' })
export class CourtAppearancePage extends Page(CourtAppearance) {}
