import { Page, DecimalScalar, DateScalar } from '@integrity/subgraph-kit';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Department } from '../department/department.type.js';
import { Enterprise, Region } from '../federation/references.type.js';

@ObjectType({
  description: 'An investment-promotion agreement (招商引资协议) between a department or town and an investor.',
})
export class InvestmentAgreement {
  @Field(() => ID, { description: 'Stable id.' })
  id: string;

  @Field({ description: 'Project title.' })
  title: string;

  @Field({ description: 'The investor’s unified social credit code.' })
  investorUscc: string;

  @Field({ description: 'The investor’s name as signed.' })
  investorName: string;

  @Field(() => Enterprise, { description: 'The investor (directory).' })
  investor: Enterprise;

  @Field(() => Department, { description: 'The signing department; the government commitments are its own.' })
  department: Department;

  @Field({ description: 'Division code of the town where the project lands.' })
  townCode: string;

  @Field(() => Region, { description: 'The town (directory).' })
  town: Region;

  @Field(() => DecimalScalar, { description: 'Agreed investment, CNY.' })
  amount: string;

  @Field(() => DateScalar, { description: 'Signing date.' })
  signedOn: string;

  @Field(() => Int, { nullable: true, description: 'Jobs the investor promised.' })
  jobsPromised: number | null;

  @Field(() => DecimalScalar, { description: 'What the investor has invested so far, CNY.' })
  investedToDate: string;

  @Field(() => Int, { description: 'Jobs the investor has created so far.' })
  jobsCreated: number;

  @Field(() => String, {
    nullable: true,
    description: 'Current contact person; changing it never touches the commitments.',
  })
  contactPerson: string | null;

  @Field(() => Int, { description: 'Row version for optimistic locking.' })
  version: number;
}

@ObjectType({ description: 'A page of investment agreements.' })
export class InvestmentAgreementPage extends Page(InvestmentAgreement) {}
