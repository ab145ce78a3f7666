import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/** A PPP project's social capital partner, selected (and credit-checked) in its procurement phase. */
export class PppPartner1732406400310 implements MigrationInterface {
  name = 'PppPartner1732406400310';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumns('ppp_project', [
      new TableColumn({ name: 'partner_uscc', type: 'varchar', length: '18', isNullable: true }),
      new TableColumn({ name: 'partner_name', type: 'varchar', length: '200', isNullable: true }),
      new TableColumn({ name: 'partner_selected_on', type: 'varchar', length: '10', isNullable: true }),
    ]);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('ppp_project', 'partner_selected_on');
    await q.dropColumn('ppp_project', 'partner_name');
    await q.dropColumn('ppp_project', 'partner_uscc');
  }
}
