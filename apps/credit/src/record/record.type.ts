import { DateScalar, Page, type SanctionKind } from '@integrity/subgraph-kit';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Department } from '../department/department.type.js';
import { RecordSource } from './record-source.type.js';
import { CategoryEnum, RecordStatusEnum, SanctionKindEnum, SeverityEnum, SubjectTypeEnum } from '../rules/enums.js';
import type { Category, RecordStatus, Severity, SubjectType } from '../rules/publicity.js';

@ObjectType({
  description: 'A credit record (信用记录) about a civil servant, a department or an enterprise. Never deleted.',
})
export class CreditRecord {
  @Field(() => ID) id: string;
  @Field(() => SubjectTypeEnum) subjectType: SubjectType;
  @Field(() => ID, { description: 'Civil servant id, department id, or the enterprise’s USCC.' }) subjectId: string;
  @Field({ description: 'The subject’s name (unmasked: officers only).' }) subjectName: string;
  @Field(() => CategoryEnum) category: Category;
  @Field(() => SeverityEnum) severity: Severity;
  @Field({ description: 'Decision document number (文号).' }) documentNumber: string;
  @Field({ description: 'Issuing authority.' }) authority: string;
  @Field(() => DateScalar) decisionDate: string;
  @Field({ description: 'Whether it is on public disclosure.' }) publish: boolean;
  @Field(() => DateScalar, { description: 'Publicity start (the decision date).' }) publicityStart: string;
  @Field(() => DateScalar, { description: 'Last day of publicity.' }) publicityEnd: string;
  @Field(() => RecordStatusEnum, { description: 'Status today (EXPIRED is derived).' }) status: RecordStatus;
  @Field({ description: 'An objection is open against it.' }) underObjection: boolean;
  @Field(() => SanctionKindEnum, {
    nullable: true,
    description:
      'A civil servant’s disciplinary sanction: its kind (null on other records and on ones recorded before kinds were).',
  })
  sanctionKind?: SanctionKind | null;
  @Field(() => DateScalar, {
    nullable: true,
    description:
      'Last day of the sanction period (政务处分法 art. 8); null without a kind or for 开除, which has no period.',
  })
  sanctionEnd?: string | null;
  @Field(() => String, { nullable: true, description: 'Why it was revoked, corrected or repaired.' }) closedReason:
    string | null;
  @Field(() => Department, {
    nullable: true,
    description:
      'The department whose officer recorded it — under 谁认定谁修复 the one that decides its repair; null when unknown (recorded before this was kept) or made from another domain’s breach.',
  })
  recordedBy?: { id: string } | null;
  @Field(() => Department, { nullable: true, description: 'The department it counts against (none for enterprises).' })
  department: Department | null;
  @Field(() => RecordSource, {
    nullable: true,
    description: 'The other domain’s fact this record was made from (null for records entered by an officer).',
  })
  source: RecordSource | null;
  @Field(() => DateScalar, {
    nullable: true,
    description:
      'For a record made from another domain’s fact: the day its cause was cured (e.g. the judgment fulfilled), as the sending subgraph reported it.',
  })
  curedOn?: string | null;
  @Field({
    description:
      'Whether repair waits for the cause to be cured (kinds whose sender reports the cure, e.g. a listed judgment debtor): until curedOn, applyCreditRepair is refused with CAUSE_NOT_CURED.',
  })
  cureRequired: boolean;
  @Field(() => Int, { description: 'Row version.' }) version: number;
  /** Field resolvers read these. */
  departmentId: string | null;
}

@ObjectType({ description: 'A page of credit records.' })
export class CreditRecordPage extends Page(CreditRecord) {}
