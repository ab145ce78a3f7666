import { JSONScalar } from '@integrity/subgraph-kit';
import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'One row of an imported court list and what became of it.' })
export class CourtImportRow {
  @Field(() => Int, { description: 'The line of the file it starts on (JSON: its place in the array, from 1).' })
  line: number;
  @Field({ description: '案号 as the file gives it.' }) caseNumber: string;
  @Field({ description: 'Good: it names a county body and holds what a row must.' }) accepted: boolean;
  @Field(() => String, { nullable: true, description: 'Why it is refused: a reason code (the console words it).' })
  reason: string | null;
  @Field(() => JSONScalar, { nullable: true, description: 'The reason’s figures (e.g. the expected check character).' })
  params: Record<string, string | number> | null;
  @Field(() => String, { nullable: true, description: 'The field at fault, as the file names it.' })
  field: string | null;
  @Field(() => ID, { nullable: true, description: 'The record it made or had made already (after commit).' })
  recordId: string | null;
  @Field({
    description:
      'The listing was recorded already, by an earlier import of the same case or by casework’s report of its listing decision: nothing was added.',
  })
  alreadyRecorded: boolean;
}

// the contract's name (ImportReport)
@ObjectType('ImportReport', {
  description:
    'The report of an import of the court’s list of dishonest judgment debtors: every row accepted or refused, and why. Nothing is written unless commit was true; then only the accepted rows.',
})
export class CourtImportReport {
  @Field(() => Int, { description: 'Rows that name a county body and hold what a row must.' }) accepted: number;
  @Field(() => Int, { description: 'Rows refused, each with its reason in rows.' }) refused: number;
  @Field({ description: 'Whether the accepted rows were written (commit: true).' }) committed: boolean;
  @Field(() => [CourtImportRow], { description: 'Every row of the file, in its order.' }) rows: CourtImportRow[];
}
