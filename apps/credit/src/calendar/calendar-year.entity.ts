import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A year whose holiday arrangement was loaded as a whole (loadWorkingCalendar, from the console or a CSV): only
 * such a year counts as loaded for working-day deadlines; a day set on its own does not load its year.
 */
@Entity('calendar_year')
export class CalendarYearEntity {
  @PrimaryColumn({ type: 'int' }) year: number;
  /** ISO timestamp of the last load. */
  @Column({ name: 'loaded_at', type: 'varchar', length: 32 }) loadedAt: string;
  /** Username of the administrator who loaded it (`migration` for years taken over from before the table). */
  @Column({ name: 'loaded_by', type: 'varchar', length: 64 }) loadedBy: string;
}
