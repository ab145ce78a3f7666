import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Who read a civil servant's full file, and what of it. */
@Entity('read_log')
export class ReadLogEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ name: 'reader_id', type: 'varchar', length: 64 }) readerId: string;
  @Column({ name: 'reader_name', type: 'varchar', length: 100 }) readerName: string;
  @Column({ name: 'civil_servant_id', type: 'varchar', length: 36 }) civilServantId: string;
  /** RECORDS (the credit records) or ID_NUMBER (the unmasked number). */
  @Column({ type: 'varchar', length: 16 }) what: 'RECORDS' | 'ID_NUMBER';
  @Column({ name: 'request_id', type: 'varchar', length: 100 }) requestId: string;
  @Column({ type: 'varchar', length: 32 }) at: string;
}
