import type { CreditReportSubject } from '@integrity/rules';
import { Field, Int, ObjectType } from 'type-graphql';
import { SubjectTypeEnum } from '../rules/enums.js';
import { EvaluationGrade } from '../grade/evaluation-grade.type.js';

@ObjectType({ description: 'A credit report just issued: its number and where its PDF downloads.' })
export class CreditReport {
  @Field({ description: 'The report number (XYBG-yyyymmdd-XXXXXXXX), printed on it and verifiable by anyone.' })
  number: string;
  @Field({
    description:
      'A GET path on the gateway returning the PDF, with the same Authorization header, to the caller or anyone who may have such a report made.',
  })
  url: string;
  @Field({ description: 'The day it was issued (YYYY-MM-DD).' }) issuedOn: string;
}

@ObjectType({ description: 'The subject a report is about, as the directory had it on the day.' })
export class CreditReportSubjectInfo {
  @Field(() => SubjectTypeEnum, { description: 'DEPARTMENT or ENTERPRISE.' }) type: CreditReportSubject;
  @Field({ description: 'Its name.' }) name: string;
  @Field(() => String, { nullable: true, description: 'Its unified social credit code.' }) uscc: string | null;
}

@ObjectType({ description: 'A dishonesty record in publicity, as printed on a report.' })
export class CreditReportRecordLine {
  @Field({ description: 'The category code (CreditCategory).' }) category: string;
  @Field({ description: 'The severity code (Severity).' }) severity: string;
  @Field({ description: '认定文号.' }) documentNumber: string;
  @Field({ description: '认定机关.' }) authority: string;
  @Field({ description: 'Decision date (YYYY-MM-DD).' }) decisionDate: string;
  @Field({ description: 'Last day of publicity (YYYY-MM-DD).' }) publicityEnd: string;
  @Field({ description: 'Whether an objection to it was under review on the day.' }) underObjection: boolean;
}

@ObjectType({ description: 'A repaired record, as printed on a report.' })
export class CreditReportRepairLine {
  @Field({ description: 'The category code (CreditCategory).' }) category: string;
  @Field({ description: '认定文号.' }) documentNumber: string;
  @Field({ description: '认定机关.' }) authority: string;
  @Field({ description: 'The day the repair was decided (YYYY-MM-DD).' }) decidedOn: string;
}

@ObjectType({ description: 'A credit check at a money step, as printed on a report.' })
export class CreditReportCheckLine {
  @Field({ description: 'When (ISO 8601).' }) checkedAt: string;
  @Field({ description: 'The step (CreditCheckStep).' }) step: string;
  @Field({ description: 'The result (CreditCheckResult).' }) result: string;
}

@ObjectType({ description: 'What an issued credit report said, for whoever holds its number (verification).' })
export class VerifiedReport {
  @Field({ description: 'The report number.' }) number: string;
  @Field({ description: 'The day it was issued (YYYY-MM-DD); it speaks as of that day.' }) issuedOn: string;
  @Field(() => CreditReportSubjectInfo, { description: 'Whom it is about.' }) subject: CreditReportSubjectInfo;
  @Field(() => [CreditReportRecordLine], { description: 'The published dishonesty records in publicity it listed.' })
  records: CreditReportRecordLine[];
  @Field(() => Int, { description: 'Records in publicity beyond those listed (a report lists at most 100).' })
  recordsOmitted: number;
  @Field(() => [CreditReportRepairLine], { description: 'The repaired records it listed.' })
  repairs: CreditReportRepairLine[];
  @Field(() => Int, { description: 'Repairs beyond those listed.' }) repairsOmitted: number;
  @Field(() => [CreditReportCheckLine], { description: 'The credit checks it listed (enterprises), newest first.' })
  checks: CreditReportCheckLine[];
  @Field(() => Int, { description: 'Checks beyond those listed.' }) checksOmitted: number;
  @Field(() => EvaluationGrade, {
    nullable: true,
    description: 'The latest published evaluation grade it gave (departments; none before the first).',
  })
  grade: EvaluationGrade | null;
}
