import { DateScalar, SortedPageArgs, TextLength } from '@integrity/subgraph-kit';
import { CREDIT_RECORD_SORT } from './record-sort.js';
import { IsOptional } from 'class-validator';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { CategoryEnum, RecordStatusEnum, SanctionKindEnum, SeverityEnum, SubjectTypeEnum } from '../rules/enums.js';
import type { Category, RecordStatus, Severity, SubjectType } from '../rules/publicity.js';
import type { SanctionKind } from '@integrity/subgraph-kit';

@InputType({ description: 'A new credit record. The publicity rules of its severity are checked on publicityEnd.' })
export class AddCreditRecordInput {
  @Field(() => SubjectTypeEnum) subjectType: SubjectType;
  @Field(() => ID, { description: 'Civil servant id, department id, or the enterprise’s USCC.' }) subjectId: string;
  @Field(() => CategoryEnum) category: Category;
  @Field(() => SeverityEnum) severity: Severity;
  @Field({ description: 'Decision document number (文号).' }) @TextLength(2, 100) documentNumber: string;
  @Field({ description: 'Issuing authority.' }) @TextLength(2, 200) authority: string;
  @Field(() => DateScalar, { description: 'Decision date, not in the future; publicity starts on it.' })
  decisionDate: string;
  @Field(() => SanctionKindEnum, {
    nullable: true,
    description:
      'The kind of a civil servant’s disciplinary sanction (required there, refused on any other record); it fixes the sanction period.',
  })
  @IsOptional()
  sanctionKind?: SanctionKind | null;
  @Field({
    description:
      'Publish on the public disclosure. GENERAL and SERIOUS records of departments and enterprises must be; publishing an individual’s record is a decision.',
  })
  publish: boolean;
  @Field(() => DateScalar, {
    nullable: true,
    description: 'Last day of publicity, within the severity’s bounds (optional only for an unpublished MINOR record).',
  })
  @IsOptional()
  publicityEnd?: string;
}

@InputType({ description: 'A correction made when an objection is upheld; omitted fields stay.' })
export class RecordCorrectionInput {
  @Field(() => CategoryEnum, { nullable: true }) category?: Category;
  @Field(() => SeverityEnum, { nullable: true }) severity?: Severity;
  @Field(() => DateScalar, { nullable: true }) publicityEnd?: string;
  @Field(() => SanctionKindEnum, {
    nullable: true,
    description:
      'The sanction’s kind, which fixes its period from the decision date: required when the corrected record is a civil servant’s disciplinary sanction without one, refused on any other record (a record corrected out of that category keeps no kind).',
  })
  @IsOptional()
  sanctionKind?: SanctionKind;
}

@ArgsType()
export class CreditRecordsArgs extends SortedPageArgs(CREDIT_RECORD_SORT) {
  @Field(() => SubjectTypeEnum, { nullable: true }) subjectType?: SubjectType;
  @Field(() => ID, { nullable: true }) subjectId?: string;
  @Field(() => ID, { nullable: true, description: 'Only records counting against this department.' })
  departmentId?: string;
  @Field(() => RecordStatusEnum, { nullable: true, description: 'Only this status as of today.' })
  status?: RecordStatus;
  @Field({
    nullable: true,
    description:
      'Only dishonesty records (失信), commendations and training left out: with status ACTIVE, the records a department’s activeDishonestyRecordCount counts.',
  })
  dishonestyOnly?: boolean;
  @Field({ nullable: true, description: 'Matches subject name or document number.' }) search?: string;
}
