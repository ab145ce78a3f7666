import { Entity, PrimaryColumn } from 'typeorm';

/**
 * The one row (`main`) that fillings-in of the exchange feed take turns on: `syncChanges` locks it first, so two
 * exports at once (two officers, two credit processes) never both add the same record's PUBLISHED or EXPIRED.
 */
@Entity('credit_exchange_sync')
export class ExchangeSyncEntity {
  @PrimaryColumn({ type: 'varchar', length: 8 }) id: string;
}
