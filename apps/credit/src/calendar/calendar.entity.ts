import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Exceptions to the Monday–Friday week: public holidays, and weekend days worked in exchange (调休). */
@Entity('calendar_day')
export class CalendarDayEntity {
  @PrimaryColumn({ type: 'varchar', length: 10 }) date: string;
  /** HOLIDAY (not a working day) or WORKDAY (a weekend day that is worked). */
  @Column({ type: 'varchar', length: 8 }) kind: 'HOLIDAY' | 'WORKDAY';
  @Column({ type: 'varchar', length: 50 }) name: string;
}
