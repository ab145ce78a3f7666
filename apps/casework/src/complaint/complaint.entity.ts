import { Column, Entity, PrimaryColumn } from 'typeorm';

/** What a public complaint adds to its case: how the public finds it again, the contact, the rating. */
@Entity('casework_complaint')
export class ComplaintEntity {
  @PrimaryColumn({ name: 'case_id', type: 'varchar', length: 36 }) caseId: string;
  /** Readable, unique: TS-YYYYMMDD-XXXXXX. */
  @Column({ name: 'tracking_number', type: 'varchar', length: 24, unique: true }) trackingNumber: string;
  /** scrypt of the access code with its salt (`salt.hash`, base64); the code itself is never stored. */
  @Column({ name: 'access_code_hash', type: 'varchar', length: 200 }) accessCodeHash: string;
  /** AES-256-GCM ciphertext of the contact (kit field protection); null when anonymous. */
  @Column({ name: 'contact_cipher', type: 'varchar', length: 600, nullable: true }) contactCipher: string | null;
  /** SHA-256 of the normalised content: an exact repeat is found by index. */
  @Column({ type: 'varchar', length: 64 }) fingerprint: string;
  /** The complainant's last rating of the reply (null: not rated since the last reply). */
  @Column({ type: 'boolean', nullable: true }) satisfied: boolean | null;
  @Column({ name: 'rating_reason', type: 'varchar', length: 1000, nullable: true }) ratingReason: string | null;
  @Column({ name: 'rated_on', type: 'varchar', length: 10, nullable: true }) ratedOn: string | null;
  @Column({ name: 'filed_on', type: 'varchar', length: 10 }) filedOn: string;
}
