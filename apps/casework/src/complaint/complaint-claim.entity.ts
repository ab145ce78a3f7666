import { Entity, PrimaryColumn } from 'typeorm';

/**
 * One row per content and day a complaint was filed with: written first in the filing's transaction, so two
 * identical complaints filed at the same moment (a double submit) take turns on its key, and the second is
 * refused as the repeat it is instead of both being filed.
 */
@Entity('casework_complaint_claim')
export class ComplaintClaimEntity {
  /** The complaint's content fingerprint (SHA-256 of the normalised text). */
  @PrimaryColumn({ type: 'varchar', length: 64 }) fingerprint: string;
  @PrimaryColumn({ name: 'filed_on', type: 'varchar', length: 10 }) filedOn: string;
}
