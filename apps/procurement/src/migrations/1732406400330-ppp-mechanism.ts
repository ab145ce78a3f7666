import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Under which rules a PPP project began (国办函〔2023〕115号): projects already recorded began before it. */
export class PppMechanism1732406400330 implements MigrationInterface {
  name = 'PppMechanism1732406400330';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn(
      'ppp_project',
      new TableColumn({ name: 'mechanism', type: 'varchar', length: '8', default: "'PRE_2023'" }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('ppp_project', 'mechanism');
  }
}
