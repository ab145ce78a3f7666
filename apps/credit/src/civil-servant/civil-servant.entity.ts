import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('civil_servant')
export class CivilServantEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 50 }) name: string;
  /** AES-256-GCM ciphertext of the resident ID number (protection/id-protection.ts). */
  @Column({ name: 'id_number_enc', type: 'varchar', length: 200 }) idNumberEnc: string;
  /** Keyed hash of the number: finds duplicates and exact searches without decrypting. */
  @Column({ name: 'id_number_hash', type: 'varchar', length: 64 }) idNumberHash: string;
  @Column({ name: 'id_number_masked', type: 'varchar', length: 18 }) idNumberMasked: string;
  @Column({ name: 'department_id', type: 'varchar', length: 36 }) departmentId: string;
  @Column({ type: 'varchar', length: 100, nullable: true }) post: string | null;
  @Column({ name: 'created_at', type: 'varchar', length: 32 }) createdAt: string;
  @Column({ type: 'int', default: 1 }) version: number;
}

/** A credit file (诚信档案); the department is copied so coverage is one grouped count. */
@Entity('credit_file')
export class CreditFileEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ name: 'civil_servant_id', type: 'varchar', length: 36 }) civilServantId: string;
  @Column({ name: 'department_id', type: 'varchar', length: 36 }) departmentId: string;
  @Column({ name: 'opened_on', type: 'varchar', length: 10 }) openedOn: string;
  @Column({ name: 'opened_by', type: 'varchar', length: 64 }) openedBy: string;
}
