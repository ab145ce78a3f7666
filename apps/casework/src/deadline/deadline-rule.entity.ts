import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { CaseKind } from '@integrity/rules';
import type { PeriodUnit } from './deadline.js';
import type { CaseStage, PeriodStart } from './deadline-rules.js';

/**
 * One version of a deadline rule for a kind of case and a stage (deciding acceptance, replying). A new
 * version is a new row with a later `effective_from`; a case keeps the id of the version it was given.
 */
@Entity('case_deadline_rule')
export class DeadlineRuleEntity {
  @PrimaryColumn({ type: 'varchar', length: 60 }) id: string;
  @Column({ type: 'varchar', length: 32 }) kind: CaseKind;
  @Column({ type: 'varchar', length: 8 }) stage: CaseStage;
  /** The event the period counts from. */
  @Column({ name: 'starts_from', type: 'varchar', length: 10 }) startsFrom: PeriodStart;
  @Column({ type: 'varchar', length: 14 }) unit: PeriodUnit;
  @Column({ type: 'int' }) amount: number;
  /** How much one approved extension adds, in the same unit; null: the rule allows none. */
  @Column({ name: 'extension_amount', type: 'int', nullable: true }) extensionAmount: number | null;
  /** Cases received from this day on get this version. */
  @Column({ name: 'effective_from', type: 'varchar', length: 10 }) effectiveFrom: string;
  /** The regulation or decision that sets it. */
  @Column({ type: 'varchar', length: 500 }) source: string;
}
