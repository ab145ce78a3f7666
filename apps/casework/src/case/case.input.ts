import type { CaseKind, CaseStatus, DelegateSatisfaction, ProposalOutcome } from '@integrity/rules';
import { DateScalar, PageArgs, TextLength } from '@integrity/subgraph-kit';
import { ArrayMaxSize, IsOptional } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { CaseKindEnum, CaseStatusEnum, DelegateSatisfactionEnum, ProposalOutcomeEnum } from './case-enums.js';

@InputType({ description: 'A case registered by an officer.' })
export class RegisterCaseInput {
  @Field(() => CaseKindEnum) kind: CaseKind;
  @Field({ description: 'The number it carries where it came from.' }) @TextLength(1, 64) sourceNumber: string;
  @Field({ description: 'Short title.' }) @TextLength(2, 200) title: string;
  @Field({ description: 'What the case says.' }) @TextLength(2, 4000) content: string;
  @Field(() => ID, { nullable: true, description: 'The department or town the case is about, if known.' })
  @IsOptional()
  departmentId?: string;
  @Field(() => DateScalar, { description: 'Day received; not after today.' }) receivedOn: string;
}

@InputType({ description: 'Who handles a case: a lead department and any co-handlers.' })
export class AssignCaseInput {
  @Field(() => ID, { description: 'The lead department (主办单位).' }) departmentId: string;
  @Field(() => [ID], { defaultValue: [], description: 'Co-handling departments (协办单位), at most 10.' })
  @ArrayMaxSize(10)
  coHandlerIds: string[];
  @Field(() => Int, {
    nullable: true,
    description:
      'The case’s version you read: after any change to the case since (another reassignment, an extension, a recount of its deadlines) the assignment is refused with CONFLICT (STALE_VERSION) instead of made unseen. Omitted: no check.',
  })
  version?: number | null;
}

@InputType({ description: 'The lead department’s reply.' })
export class ReplyCaseInput {
  @Field({ description: 'The reply.' }) @TextLength(2, 4000) reply: string;
  @Field(() => ProposalOutcomeEnum, { nullable: true, description: 'NPC/CPPCC only, and required there: A, B or C.' })
  @IsOptional()
  outcome?: ProposalOutcome;
}

@InputType({ description: 'Closing a replied case.' })
export class CloseCaseInput {
  @Field(() => DelegateSatisfactionEnum, {
    nullable: true,
    description: 'NPC/CPPCC only, and required there: the deputy’s or member’s view of the reply.',
  })
  @IsOptional()
  delegateSatisfaction?: DelegateSatisfaction;
}

@ArgsType()
export class CasesArgs extends PageArgs {
  @Field(() => CaseKindEnum, { nullable: true }) kind?: CaseKind;
  @Field(() => CaseStatusEnum, { nullable: true }) status?: CaseStatus;
  @Field(() => ID, { nullable: true, description: 'Responsible (lead) department.' }) departmentId?: string;
  @Field({ nullable: true, defaultValue: false, description: 'Only open cases past their deadline.' })
  overdueOnly?: boolean;
}
