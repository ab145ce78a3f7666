import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One month's publication of the one-year LPR (全国银行间同业拆借中心), as the county's procurement officers record
 * it: the value in force from that day. Started from the table in @integrity/rules; every month's publication is
 * added, changed or not, since the table vouches only up to the 19th of the month after its latest row.
 */
@Entity('lpr_publication')
export class LprPublicationEntity {
  @PrimaryColumn({ name: 'published_on', type: 'varchar', length: 10 }) publishedOn: string;
  @Column({ name: 'one_year_bp', type: 'int' }) bp: number;
  @Column({ name: 'recorded_by', type: 'varchar', length: 64 }) recordedBy: string;
  @Column({ name: 'recorded_at', type: 'varchar', length: 32 }) recordedAt: string;
}
