import { Page } from '@integrity/subgraph-kit';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Department } from '../department/department.type.js';
import { POLICY_STATUSES, type PolicyStatus } from './policy.entity.js';

export const PolicyStatusEnum = Object.fromEntries(POLICY_STATUSES.map((s) => [s, s])) as { [K in PolicyStatus]: K };
registerEnumType(PolicyStatusEnum, {
  name: 'PolicyStatus',
  description: 'Where an incentive policy stands in its legality review (政策审查).',
  valuesConfig: {
    DRAFT: { description: 'Being written; not yet submitted.' },
    UNDER_REVIEW: { description: 'Submitted (or changed after approval) and awaiting a reviewer.' },
    APPROVED: { description: 'Approved: commitments may rest on it.' },
    REJECTED: { description: 'Rejected with a note; may be revised and resubmitted.' },
  },
});

@ObjectType({
  description: 'An investment incentive policy (招商引资优惠政策). Only an APPROVED policy can back a commitment.',
})
export class IncentivePolicy {
  @Field(() => ID, { description: 'Stable id.' })
  id: string;

  @Field({ description: 'Title of the policy.' })
  title: string;

  @Field({ description: 'The law or higher-level document it rests on.' })
  legalBasis: string;

  @Field({ description: 'Full text.' })
  text: string;

  @Field(() => PolicyStatusEnum, { description: 'Review status.' })
  status: PolicyStatus;

  @Field(() => Department, { description: 'The drafting department.' })
  department: Department;

  @Field(() => String, { nullable: true, description: 'Username of the last reviewer.' })
  reviewerName: string | null;

  @Field(() => String, { nullable: true, description: 'The last reviewer’s note.' })
  reviewNote: string | null;

  @Field(() => String, { nullable: true, description: 'When it was last reviewed (ISO timestamp).' })
  reviewedAt: string | null;

  @Field(() => Int, { description: 'Row version for optimistic locking.' })
  version: number;
}

@ObjectType({ description: 'A page of incentive policies.' })
export class IncentivePolicyPage extends Page(IncentivePolicy) {}
