import { DateScalar, Page } from '@integrity/subgraph-kit';
import { Field, ID, ObjectType } from 'type-graphql';
import { Department } from '../department/department.type.js';
import { CategoryEnum, SeverityEnum, SubjectTypeEnum } from '../rules/enums.js';
import type { Category, Severity, SubjectType } from '../rules/publicity.js';

@ObjectType({
  description:
    'A published dishonesty record as the public sees it (信用公示): civil servants’ names masked, never an ID number.',
})
export class PublicRecord {
  @Field(() => ID) id: string;
  @Field(() => SubjectTypeEnum) subjectType: SubjectType;
  @Field(() => ID, {
    nullable: true,
    description: 'The enterprise’s USCC or the department’s id; null for a civil servant.',
  })
  subjectId: string | null;
  @Field({ description: 'Enterprise or department name; a civil servant’s masked (张*明).' }) subjectName: string;
  @Field(() => CategoryEnum) category: Category;
  @Field(() => SeverityEnum) severity: Severity;
  @Field({ description: 'Decision document number (文号).' }) documentNumber: string;
  @Field({ description: 'Issuing authority.' }) authority: string;
  @Field(() => DateScalar) decisionDate: string;
  @Field(() => DateScalar, { description: 'Shown until this day.' }) publicityEnd: string;
  @Field({
    description:
      'An objection to the record is open (filed or accepted, not yet decided): the public is told it is contested.',
  })
  underObjection: boolean;
  @Field(() => Department, { nullable: true, description: 'The department concerned (none for enterprises).' })
  department: Department | null;
}

@ObjectType({ description: 'A page of public records.' })
export class PublicRecordPage extends Page(PublicRecord) {}
