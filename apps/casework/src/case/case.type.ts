import type { CaseKind, CaseStatus, ComplaintCategory, DelegateSatisfaction, ProposalOutcome } from '@integrity/rules';
import { DateScalar, Page } from '@integrity/subgraph-kit';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Department } from '../department/department.type.js';
import {
  CaseKindEnum,
  CaseStatusEnum,
  ComplaintCategoryEnum,
  DelegateSatisfactionEnum,
  ProposalOutcomeEnum,
} from './case-enums.js';

@ObjectType({
  description: 'A case: a complaint, petition, hotline item, NPC/CPPCC item or judicial/procuratorial recommendation.',
})
export class Case {
  @Field(() => ID) id: string;
  @Field(() => CaseKindEnum) kind: CaseKind;
  @Field(() => CaseStatusEnum) status: CaseStatus;
  @Field(() => String, {
    nullable: true,
    description: 'The number it carries where it came from (信访件编号, 工单号, 建议号).',
  })
  sourceNumber: string | null;
  @Field({ description: 'Short title.' }) title: string;
  @Field({ description: 'What the case says.' }) content: string;
  @Field(() => ComplaintCategoryEnum, { nullable: true, description: 'A public complaint’s category.' })
  category: ComplaintCategory | null;
  @Field(() => Department, {
    nullable: true,
    description: 'The department responsible now: the lead department once assigned, before that the one concerned.',
  })
  department: Department | null;
  @Field(() => Department, { nullable: true, description: 'The department or town the case is about, as registered.' })
  concernedDepartment: Department | null;
  @Field(() => [Department], { description: 'Co-handling departments (协办单位).' }) coHandlers: Department[];
  @Field(() => DateScalar, { description: 'Day received.' }) receivedOn: string;
  @Field(() => DateScalar, { nullable: true, description: 'Day accepted.' }) acceptedOn: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Day first assigned (交办).' }) assignedOn: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Day replied.' }) repliedOn: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Day closed.' }) closedOn: string | null;
  @Field(() => DateScalar, {
    nullable: true,
    description: 'Last day to decide acceptance (kinds that have that stage).',
  })
  acceptDeadline: string | null;
  @Field(() => DateScalar, {
    nullable: true,
    description: 'Last day to reply (with an approved extension); null until the period has started.',
  })
  replyDeadline: string | null;
  @Field(() => DateScalar, {
    nullable: true,
    description: 'The deadline of the stage the case is in: acceptance while RECEIVED, else the reply.',
  })
  deadline: string | null;
  @Field({
    description:
      'The deadline counts working days in a year whose holiday calendar is not loaded: only weekends were skipped.',
  })
  calendarMissing: boolean;
  @Field({ description: 'Still open (RECEIVED, ACCEPTED, ASSIGNED) after its deadline.' }) overdue: boolean;
  @Field(() => String, { nullable: true, description: 'Why it was not accepted.' }) outOfScopeReason: string | null;
  @Field(() => String, { nullable: true, description: 'Why the reply period was extended (once at most).' })
  extensionReason: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Day the extension was approved.' }) extendedOn:
    string | null;
  @Field(() => String, { nullable: true, description: 'The lead department’s reply.' }) reply: string | null;
  @Field(() => ProposalOutcomeEnum, { nullable: true, description: 'NPC/CPPCC outcome A, B or C.' })
  outcome: ProposalOutcome | null;
  @Field(() => DelegateSatisfactionEnum, { nullable: true, description: 'NPC/CPPCC: the deputy’s or member’s view.' })
  delegateSatisfaction: DelegateSatisfaction | null;
  @Field(() => DateScalar, { nullable: true, description: 'Day a "not satisfied" rating reopened it (once at most).' })
  reopenedOn: string | null;
  @Field(() => Int, { description: 'Row version.' }) version: number;
}

@ObjectType({ description: 'A page of cases.' })
export class CasePage extends Page(Case) {}
