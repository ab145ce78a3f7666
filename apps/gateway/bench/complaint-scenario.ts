import { randomUUID } from 'node:crypto';
import {
  caseDeadlines,
  complaintTitle,
  DEFAULT_DEADLINE_RULES,
  fingerprintOf,
  hashAccessCode,
  newTrackingNumber,
  ruleInForce,
} from '@integrity/casework';
import { demoWorkingCalendars } from '@integrity/demo-data';
import type { LimitDb } from './limit-db.js';
import type { Fixtures, Scenario } from './scenarios.js';

/**
 * Text no earlier complaint resembles: the filing refuses a near repeat about the same department (bigram
 * similarity), so every filing of the run, whichever target sends it, says something of its own. Hanzi drawn
 * from the filing's number; `run` keeps two runs against one database apart.
 */
function complaintText(run: number, n: number): string {
  let s = (run ^ Math.imul(n + 1, 2654435761)) >>> 0;
  const chars: string[] = [];
  for (let k = 0; k < 40; k += 1) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    chars.push(String.fromCodePoint(0x4e00 + (s % 0x5000)));
  }
  return `反映问题：${chars.join('')}。`;
}

/**
 * A member of the public files a complaint, no token: the input checked, the department named looked up, the
 * address counted against its hourly limit, an exact or near repeat refused, the deadline counted on the working
 * calendar, a tracking number drawn, the contact encrypted and the access code hashed (scrypt, memory-hard on
 * purpose: it bounds the rate), the case, the complaint and the audit row written in one transaction. Every
 * filing names the next department in turn. The bench stack lifts the per-address limit: one client sends them all.
 */
export function complaintScenario(f: Fixtures): Scenario {
  const run = Date.now() >>> 0;
  let filed = 0;
  const calendars = demoWorkingCalendars();
  return {
    name: 'filing a public complaint (no token)',
    operation: () => {
      filed += 1;
      return {
        query:
          'mutation ($input: FileComplaintInput!) { fileComplaint(input: $input) { trackingNumber accessCode deadline } }',
        variables: {
          input: {
            category: 'INACTION',
            content: complaintText(run, filed),
            departmentId: f.departmentIds[filed % f.departmentIds.length],
            contact: '13800138000',
          },
        },
      };
    },
    writeSubgraph: () => 'casework',
    // the rows a filing leaves, by hand, in one transaction: the day's claim on the content, the case and the
    // complaint with its access code's scrypt hash (no repeat search, address limit, contact encryption or audit)
    limit: async (db: LimitDb) => {
      filed += 1;
      const content = complaintText(run, filed);
      const departmentId = f.departmentIds[filed % f.departmentIds.length];
      const acceptRule = ruleInForce(DEFAULT_DEADLINE_RULES, 'COMPLAINT', 'ACCEPT', f.today);
      const replyRule = ruleInForce(DEFAULT_DEADLINE_RULES, 'COMPLAINT', 'REPLY', f.today)!;
      const facts = {
        status: 'RECEIVED',
        receivedOn: f.today,
        acceptedOn: null,
        assignedOn: null,
        extendedOn: null,
        reopenedOn: null,
      };
      const d = caseDeadlines(facts, acceptRule, replyRule, calendars);
      const trackingNumber = newTrackingNumber(f.today);
      const accessCode = `BENCH-${filed}`;
      const fingerprint = fingerprintOf(content);
      const id = randomUUID();
      await db.transaction('casework', [
        ['INSERT INTO casework_complaint_claim (fingerprint, filed_on) VALUES (?, ?)', [fingerprint, f.today]],
        [
          "INSERT INTO casework_case (id, kind, status, source_number, title, content, category, concerned_department_id, department_id, received_on, accept_rule_id, reply_rule_id, accept_deadline, reply_deadline, deadline, calendar_missing, registered_by, version) VALUES (?, 'COMPLAINT', 'RECEIVED', ?, ?, ?, 'INACTION', ?, NULL, ?, ?, ?, ?, ?, ?, ?, 'public', 1)",
          [
            id,
            trackingNumber,
            complaintTitle(content),
            content,
            departmentId,
            f.today,
            acceptRule?.id ?? null,
            replyRule.id,
            d.acceptDeadline,
            d.replyDeadline,
            d.deadline,
            d.calendarMissing,
          ],
        ],
        [
          'INSERT INTO casework_complaint (case_id, tracking_number, access_code_hash, contact_cipher, fingerprint, filed_on) VALUES (?, ?, ?, NULL, ?, ?)',
          [id, trackingNumber, await hashAccessCode(accessCode), fingerprint, f.today],
        ],
      ]);
      return JSON.stringify({ fileComplaint: { trackingNumber, accessCode, deadline: d.replyDeadline } });
    },
  };
}
