import { subgraph as directory } from '@integrity/directory';
import { readRows } from '@integrity/subgraph-kit';
import { mysqlStatus, startStack, type Stack } from '@integrity/testing';
import { In, type DataSource, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IncidentEntity } from '../src/incident/incident.entity.js';
import { InstrumentEntity, RepaymentEntity, ScheduledPaymentEntity } from '../src/instrument/instrument.entity.js';
import { DebtLimitEntity } from '../src/limit/limit.entity.js';
import { StockPlanEntity } from '../src/stock/stock.entity.js';
import { subgraph as debt } from '../src/index.js';

const mysql = await mysqlStatus();
const idOf = (row: ObjectLiteral) => JSON.stringify([row.id, row.regionCode, row.year, row.kind]);
const byId = <T extends ObjectLiteral>(rows: T[]) => [...rows].sort((a, b) => (idOf(a) < idOf(b) ? -1 : 1));

/** The region loaders' hand-written SQL returns what TypeORM's find returned, on both databases debt runs on. */
for (const database of ['mysql', 'sqlite'] as const) {
  describe.skipIf(database === 'mysql' && !mysql.ok)(`debt's raw region rows on ${database}`, () => {
    let stack: Stack;
    let dataSource: DataSource;
    let codes: string[];
    beforeAll(async () => {
      stack = await startStack({ subgraphs: [directory, debt], database });
      dataSource = stack.subgraphs.debt!.dataSource;
      // money past 2^32 and nullable columns, beside the seeded bonds, schedules and repayments
      await dataSource.getRepository(DebtLimitEntity).save({
        regionCode: '445122',
        year: 2024,
        amount: 1_234_567_890_123n,
        updatedAt: '2024-01-01T00:00:00Z',
      });
      await dataSource.getRepository(StockPlanEntity).save({
        regionCode: '445122',
        year: 2024,
        kind: 'ARREARS',
        stockAtStart: 98_765_432_100n,
        plannedReduction: 0n,
        updatedAt: '2024-01-01T00:00:00Z',
      } as StockPlanEntity);
      await dataSource.getRepository(IncidentEntity).save({
        id: 'raw-rows-incident',
        regionCode: '445122',
        instrumentId: null,
        kind: 'PRINCIPAL',
        grade: 'IV',
        occurredOn: '2024-03-01',
        amount: 500_000_00n,
        response: '启动应急预案',
        resolvedOn: null,
        resolution: null,
        recordedBy: 'czj',
      } as IncidentEntity);
      const regions = (await dataSource.query('SELECT DISTINCT region_code AS code FROM debt_instrument')) as {
        code: string;
      }[];
      codes = [...regions.map((r) => r.code), '445122', '000000'];
    });
    afterAll(() => stack?.close());

    const same = async <T extends ObjectLiteral>(entity: EntityTarget<T>, expected: number) => {
      const found = await dataSource.manager.find(entity, { where: { regionCode: In(codes) } as never });
      const read = await readRows<T>(dataSource, entity, 'regionCode' as keyof T & string, codes);
      expect(found.length).toBeGreaterThanOrEqual(expected);
      expect(byId(read)).toEqual(byId(found).map((f) => ({ ...f })));
    };

    it('instruments, schedules and repayments (BIGINT fen) equal find’s entities', async () => {
      await same(InstrumentEntity, 1);
      await same(ScheduledPaymentEntity, 1);
      await same(RepaymentEntity, 1);
    });

    it('limits, stock plans and incidents (nullable columns, composite keys) equal find’s entities', async () => {
      await same(DebtLimitEntity, 1);
      await same(StockPlanEntity, 1);
      await same(IncidentEntity, 1);
      const limits = await readRows(dataSource, DebtLimitEntity, 'regionCode', ['445122']);
      expect(limits.find((l) => l.year === 2024)!.amount).toBe(1_234_567_890_123n);
      const ordered = await readRows(dataSource, IncidentEntity, 'regionCode', codes, { occurredOn: 'DESC' });
      const found = await dataSource.manager.find(IncidentEntity, {
        where: { regionCode: In(codes) },
        order: { occurredOn: 'DESC' },
      });
      expect(ordered.map((r) => r.occurredOn)).toEqual(found.map((f) => f.occurredOn));
    });
  });
}
