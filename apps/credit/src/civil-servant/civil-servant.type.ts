import { DateScalar, Page } from '@integrity/subgraph-kit';
import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Department } from '../department/department.type.js';

@ObjectType({ description: 'A civil servant’s credit file (诚信档案).' })
export class CreditFile {
  @Field(() => ID) id: string;
  @Field(() => DateScalar) openedOn: string;
  @Field({ description: 'Username of the officer who opened it.' }) openedBy: string;
  civilServantId: string;
}

@Directive('@key(fields: "id")')
@ObjectType({
  description:
    'A civil servant, keyed by id. The resident ID number is shown masked except to those allowed to see it.',
})
export class CivilServant {
  @Field(() => ID, { description: 'Stable id.' }) id: string;
  @Field({ description: 'Name.' }) name: string;
  @Field({ description: 'Resident ID number masked, e.g. 445122********123X.' }) idNumberMasked: string;
  @Field(() => String, {
    nullable: true,
    description:
      'The full resident ID number: only for CREDIT officers of the owning department (or county-wide), supervisors and admins; null for anyone else. Every read is logged.',
  })
  idNumber: string | null;
  @Field(() => Department, { description: 'Employing department.' }) department: Department;
  @Field(() => String, { nullable: true, description: 'Post (职务).' }) post: string | null;
  @Field(() => Int, { description: 'Row version.' }) version: number;
  departmentId: string;
}

@ObjectType({ description: 'A page of civil servants.' })
export class CivilServantPage extends Page(CivilServant) {}

@ObjectType({ description: 'Credit-file coverage: civil servants with a file ÷ civil servants (target 100%).' })
export class CoverageSummary {
  @Field(() => Int, { description: 'Civil servants.' }) total: number;
  @Field(() => Int, { description: 'Of whom with a credit file.' }) withFile: number;
  @Field(() => Float, { description: 'withFile ÷ total (0 when there are none); 1.0 = 100%.' }) ratio: number;
}
