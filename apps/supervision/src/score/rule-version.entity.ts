import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One published version of the scoring rules; the highest version is in force. History is never rewritten. */
@Entity('scoring_rule_version')
export class RuleVersionEntity {
  @PrimaryColumn({ type: 'int' }) version: number;
  /** The rules as JSON (ScoringRules). */
  @Column({ name: 'rules_json', type: 'text' }) rulesJson: string;
  @Column({ type: 'varchar', length: 1000 }) note: string;
  @Column({ name: 'published_by', type: 'varchar', length: 64 }) publishedBy: string;
  @Column({ name: 'published_at', type: 'varchar', length: 32 }) publishedAt: string;
}
