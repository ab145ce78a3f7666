// The demo county holds no state the credit rules forbid (issue 15): walked in credit's own database, one rule a
// query, each returning the rows that break it. Month periods use MariaDB's DATE_ADD, which ends a month period on
// the same day or the month's last day, as 民法典 arts. 201–202 count them (and as the rules' addMonths does).
import { subgraph as directory } from '@integrity/directory';
import { today } from '@integrity/subgraph-kit';
import { mysqlStatus, startStack, type Stack } from '@integrity/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subgraph as credit } from '../src/index.js';

const mysql = await mysqlStatus();
const plus = (months: number) => `DATE_FORMAT(DATE_ADD(decision_date, INTERVAL ${months} MONTH), '%Y-%m-%d')`;
const DISHONESTY = `category NOT IN ('COMMENDATION', 'TRAINING')`;

/** Each rule, as the rows that break it (none may). */
const RULES: Record<string, string> = {
  'nothing decided, published or repaired after today': `SELECT id FROM credit_record WHERE decision_date > :today
    OR publicity_start > :today
    UNION ALL SELECT id FROM repair_application WHERE applied_on > :today OR decided_on > :today
    UNION ALL SELECT id FROM objection WHERE filed_on > :today OR decided_on > :today`,
  'publicity starts on the decision and ends within its severity’s bounds (MINOR ≤ 3, GENERAL 3–12, SERIOUS 12–36 months)': `SELECT id
    FROM credit_record WHERE ${DISHONESTY} AND publish AND (publicity_start < decision_date
      OR (severity = 'MINOR' AND publicity_end > ${plus(3)})
      OR (severity = 'GENERAL' AND (publicity_end < ${plus(3)} OR publicity_end > ${plus(12)}))
      OR (severity = 'SERIOUS' AND (publicity_end < ${plus(12)} OR publicity_end > ${plus(36)})))`,
  'a department’s or an enterprise’s GENERAL or SERIOUS dishonesty is published': `SELECT id FROM credit_record
    WHERE ${DISHONESTY} AND severity <> 'MINOR' AND subject_type <> 'CIVIL_SERVANT' AND NOT publish`,
  'a sanction kind only on a disciplinary sanction, its period as 政务处分法 art. 8 sets it': `SELECT id FROM credit_record
    WHERE (sanction_kind IS NOT NULL AND category <> 'DISCIPLINARY_SANCTION')
      OR (sanction_kind = 'WARNING' AND sanction_end <> ${plus(6)})
      OR (sanction_kind = 'DEMERIT' AND sanction_end <> ${plus(12)})
      OR (sanction_kind = 'MAJOR_DEMERIT' AND sanction_end <> ${plus(18)})
      OR (sanction_kind IN ('DEMOTION', 'REMOVAL') AND sanction_end <> ${plus(24)})
      OR (sanction_kind = 'EXPULSION' AND sanction_end IS NOT NULL)`,
  'a record under objection exactly while one is open, never two open at once': `SELECT r.id FROM credit_record r
    LEFT JOIN (SELECT record_id, COUNT(*) AS n FROM objection WHERE status IN ('FILED', 'ACCEPTED', 'MATERIAL_REQUESTED')
      GROUP BY record_id) o ON o.record_id = r.id
    WHERE (r.under_objection AND o.n IS NULL) OR (NOT r.under_objection AND o.n IS NOT NULL) OR o.n > 1`,
  'an objection’s deadlines follow its filing, a decided one says when and by whom': `SELECT id FROM objection
    WHERE accept_deadline < filed_on OR decision_deadline < accept_deadline
      OR (status IN ('UPHELD', 'REJECTED') AND (decided_on IS NULL OR decided_by IS NULL OR decided_on < filed_on))`,
  'a repaired record has an approved application, applied for no earlier than repair opens': `SELECT r.id
    FROM credit_record r LEFT JOIN repair_application a ON a.record_id = r.id AND a.status = 'APPROVED'
    WHERE r.status = 'REPAIRED' AND (a.id IS NULL
      OR (r.severity = 'GENERAL' AND a.applied_on < ${plus(3).replaceAll('decision_date', 'r.decision_date')})
      OR (r.severity = 'SERIOUS' AND a.applied_on < ${plus(12).replaceAll('decision_date', 'r.decision_date')}))`,
  // a commendation or an integrity training is no dishonesty: there is nothing to repair (REPAIR_NOT_DISHONESTY)
  'only a dishonesty record is repaired': `SELECT a.id FROM repair_application a
    JOIN credit_record r ON r.id = a.record_id WHERE NOT (${DISHONESTY.replace('category', 'r.category')})
    UNION ALL SELECT id FROM credit_record WHERE status = 'REPAIRED' AND NOT (${DISHONESTY})`,
  'one pending repair at a time, decided ones with their reasons': `SELECT record_id FROM repair_application
    WHERE status = 'PENDING' GROUP BY record_id HAVING COUNT(*) > 1
    UNION ALL SELECT id FROM repair_application WHERE status <> 'PENDING' AND (decided_on IS NULL OR decided_by IS NULL)`,
  'a repair is accepted on the day it is filed, and its decision falls due after acceptance': `SELECT id
    FROM repair_application WHERE accepted_on <> applied_on OR decision_deadline <= accepted_on`,
  'every 补正 round belongs to an objection and was asked no earlier than it was filed, answered no earlier than asked': `SELECT
    m.objection_id FROM objection_material m LEFT JOIN objection o ON o.id = m.objection_id
    WHERE o.id IS NULL OR m.requested_on < o.filed_on OR m.supplied_on < m.requested_on`,
};

describe.skipIf(!mysql.ok && process.env.CI !== 'true')(
  `credit's demo data against its rules on MySQL${mysql.ok ? '' : ` (skipped: ${mysql.reason})`}`,
  () => {
    let stack: Stack;
    beforeAll(async () => {
      stack = await startStack({ subgraphs: [directory, credit] });
    }, 180_000);
    afterAll(() => stack?.close());

    it.each(Object.keys(RULES))('%s', async (rule) => {
      const sql = RULES[rule]!.replaceAll(':today', '?');
      const args = Array.from({ length: (RULES[rule]!.match(/:today/g) ?? []).length }, () => today());
      expect(await stack.subgraphs.credit!.dataSource.query(sql, args)).toEqual([]);
    });
  },
);
