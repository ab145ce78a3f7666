import type { CaseStatus } from '@integrity/rules';
import { DateScalar } from '@integrity/subgraph-kit';
import { Field, ObjectType } from 'type-graphql';
import { CaseStatusEnum } from '../case/case-enums.js';

@ObjectType({ description: 'What the complainant keeps: shown once, the access code is never readable again.' })
export class ComplaintReceipt {
  @Field({ description: 'Readable tracking number, e.g. TS-20261204-K7QF3M.' }) trackingNumber: string;
  @Field({ description: 'The access code: with the tracking number it opens the status and the rating. Shown once.' })
  accessCode: string;
  @Field(() => DateScalar, { description: 'The day a reply is due.' }) deadline: string;
}

@ObjectType({ description: 'A complaint as its complainant follows it.' })
export class PublicCaseStatus {
  @Field() trackingNumber: string;
  @Field(() => CaseStatusEnum) status: CaseStatus;
  @Field(() => String, { nullable: true, description: 'The reply, once given.' }) reply: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'The day the reply is due (acceptance while RECEIVED).' })
  deadline: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Day replied.' }) repliedOn: string | null;
  @Field(() => Boolean, { nullable: true, description: 'The complainant’s rating of the reply; null: not rated.' })
  satisfied: boolean | null;
  @Field({ description: 'A "not satisfied" rating has reopened it once; another one will not reopen it.' })
  reopened: boolean;
}
