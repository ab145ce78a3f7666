import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  codes,
  OCDS_DIR as DIR,
  releaseValidator,
  schemaPresent as present,
  SHARED_OCDS_DIR,
  VENDORED_OCDS_DIR,
} from '../../test/ocds-schema.js';
import { describe, expect, it } from 'vitest';
import { PROCUREMENT_STATUSES, type ProcurementStatus } from '../project/lifecycle.js';
import { OCDS_CODES, buildRelease } from './release.js';

const at = (d: string) => `${d}T09:00:00.000Z`;

/** A process in `status`; `waiting`: its second milestone falls due 30 days after acceptance, not yet passed. */
function sample(status: ProcurementStatus, waiting = false) {
  const path: ProcurementStatus[] = [
    'PLANNING',
    'TENDERING',
    'EVALUATION',
    'AWARDED',
    'CONTRACTED',
    'IN_PERFORMANCE',
    'ACCEPTED',
    'CLOSED',
  ];
  const reached =
    status === 'CANCELLED' ? ['PLANNING', 'TENDERING', 'CANCELLED'] : path.slice(0, path.indexOf(status) + 1);
  const hasBids = reached.includes('TENDERING');
  const awarded = reached.includes('AWARDED');
  const contracted = reached.includes('CONTRACTED');
  return buildRelease({
    project: {
      id: 'p1',
      title: '办公设备采购',
      purchaserId: 'd1',
      purchaserName: '饶平县财政局',
      category: 'GOODS',
      method: 'OPEN',
      budget: 12_000_000n,
      status,
      awardedBidId: awarded ? 'b1' : null,
      createdAt: at('2026-01-05'),
      updatedAt: at('2026-03-01'),
      version: reached.length,
    },
    timeline: reached.map((to, k) => ({
      id: `t${k}`,
      projectId: 'p1',
      fromStatus: (k ? reached[k - 1] : null) as ProcurementStatus | null,
      toStatus: to as ProcurementStatus,
      at: at(`2026-01-${String(5 + k).padStart(2, '0')}`),
      byUser: 'czj',
    })),
    bids: hasBids
      ? [
          {
            id: 'b1',
            projectId: 'p1',
            supplierUscc: '91440300708461136T',
            supplierName: '甲公司',
            amount: 11_000_000n,
            submittedAt: at('2026-01-10'),
            submittedBy: 'czj',
          },
          {
            id: 'b2',
            projectId: 'p1',
            supplierUscc: '914403001922038216',
            supplierName: '乙公司',
            amount: 11_500_000n,
            submittedAt: at('2026-01-11'),
            submittedBy: 'czj',
          },
        ]
      : [],
    contract: contracted
      ? {
          id: 'c1',
          projectId: 'p1',
          purchaserId: 'd1',
          supplierUscc: '91440300708461136T',
          supplierName: '甲公司',
          amount: 11_000_000n,
          signedOn: '2026-02-01',
          acceptedOn: null,
          acceptanceResult: null,
          acceptanceNote: null,
          supplierSize: 'SMALL',
          lateRateBp: null,
          lprBp: null,
          deliveredOn: null,
          acceptancePeriodDays: null,
          version: 1,
        }
      : null,
    milestones: contracted
      ? [
          {
            id: 'm1',
            contractId: 'c1',
            purchaserId: 'd1',
            seq: 1,
            dueDate: '2026-03-01',
            agreedDueDate: '2026-03-01',
            dueBasis: 'FIXED_DATE' as const,
            termDays: null,
            amount: 5_500_000n,
            paidAmount: 5_500_000n,
            paidOn: '2026-02-28',
            recordWithdrawals: 0,
            version: 2,
          },
          {
            id: 'm2',
            contractId: 'c1',
            purchaserId: 'd1',
            seq: 2,
            dueDate: waiting ? null : '2026-06-01',
            agreedDueDate: waiting ? null : '2026-06-01',
            dueBasis: waiting ? ('ACCEPTANCE' as const) : ('FIXED_DATE' as const),
            termDays: waiting ? 30 : null,
            amount: 5_500_000n,
            paidAmount: 0n,
            paidOn: null,
            recordWithdrawals: 0,
            version: 1,
          },
        ]
      : [],
    payments: contracted
      ? [
          // the first milestone paid in two parts, entered latest first
          {
            id: 'x2',
            milestoneId: 'm1',
            paidOn: '2026-02-28',
            amount: 3_500_000n,
            recordedBy: 'czj',
            recordedAt: at('2026-02-28'),
          },
          {
            id: 'x1',
            milestoneId: 'm1',
            paidOn: '2026-02-20',
            amount: 2_000_000n,
            recordedBy: 'czj',
            recordedAt: at('2026-02-28'),
          },
        ]
      : [],
  });
}

describe('what an OCDS release tells the public', () => {
  it('names no tenderer and no count while bids are open, and every tenderer once they are opened', () => {
    type Release = { parties: { roles: string[] }[]; tender: { tenderers?: unknown[]; numberOfTenderers?: number } };
    const open = sample('TENDERING') as Release;
    expect(open.tender.tenderers).toBeUndefined();
    expect(open.tender.numberOfTenderers).toBeUndefined();
    expect(open.parties.filter((x) => x.roles.includes('tenderer'))).toEqual([]);
    // cancelled while bids were open: never opened, never named
    const cancelled = sample('CANCELLED') as Release;
    expect(cancelled.tender.numberOfTenderers).toBeUndefined();
    expect(cancelled.parties.filter((x) => x.roles.includes('tenderer'))).toEqual([]);
    const opened = sample('EVALUATION') as Release;
    expect(opened.tender.numberOfTenderers).toBe(2);
    expect(opened.parties.filter((x) => x.roles.includes('tenderer'))).toHaveLength(2);
  });

  it('publishes each part of a milestone paid in parts on its own day, never the sum on the last day', () => {
    const release = sample('IN_PERFORMANCE') as {
      contracts: { implementation: { transactions: { date: string; value: { amount: number } }[] } }[];
    };
    expect(release.contracts[0]!.implementation.transactions.map((x) => [x.date, x.value.amount])).toEqual([
      ['2026-02-20T00:00:00+08:00', 20000],
      ['2026-02-28T00:00:00+08:00', 35000],
    ]);
  });
});

describe.skipIf(!present)(
  `OCDS 1.1.5 releases${present ? '' : ` (skipped: no schema at ${DIR}; set OCDS_SCHEMA_DIR)`}`,
  () => {
    it('validates a release of a process in every state against the official release schema (draft-04)', () => {
      const validate = releaseValidator();
      for (const status of PROCUREMENT_STATUSES) {
        const release = sample(status);
        const ok = validate(release);
        expect(ok ? [] : validate.errors, status).toEqual([]);
      }
    });

    it('publishes a milestone waiting for acceptance without a due date, still valid', () => {
      const validate = releaseValidator();
      const release = sample('IN_PERFORMANCE', true) as { contracts: { milestones: { dueDate?: string }[] }[] };
      expect(validate(release) ? [] : validate.errors).toEqual([]);
      expect(release.contracts[0]!.milestones.map((m) => m.dueDate)).toEqual(['2026-03-01T00:00:00+08:00', undefined]);
    });

    it('uses only codes from the official code lists', () => {
      for (const m of Object.values(OCDS_CODES.method)) expect(codes('method')).toContain(m);
      for (const c of Object.values(OCDS_CODES.category)) expect(codes('procurementCategory')).toContain(c);
      for (const s of PROCUREMENT_STATUSES) {
        expect(codes('tenderStatus')).toContain(OCDS_CODES.tenderStatus(s));
        expect(codes('releaseTag')).toContain(OCDS_CODES.tag(s));
        expect(codes('contractStatus')).toContain(OCDS_CODES.contractStatus(s));
      }
      const closed = sample('CLOSED') as {
        parties: { roles: string[] }[];
        contracts: { implementation: { transactions: unknown[] } }[];
      };
      for (const role of closed.parties.flatMap((p) => p.roles)) expect(codes('partyRole')).toContain(role);
      expect(closed.contracts[0]!.implementation.transactions).toHaveLength(2); // the first milestone, paid in two parts
    });
  },
);

describe.skipIf(!existsSync(resolve(SHARED_OCDS_DIR, 'release-schema.json')))('the vendored OCDS schema copy', () => {
  it('is byte-identical to the shared official copy', () => {
    for (const file of [
      'release-schema.json',
      'release-package-schema.json',
      'codelists/method.csv',
      'codelists/tenderStatus.csv',
      'codelists/releaseTag.csv',
    ]) {
      expect(readFileSync(resolve(VENDORED_OCDS_DIR, file), 'utf8'), file).toBe(
        readFileSync(resolve(SHARED_OCDS_DIR, file), 'utf8'),
      );
    }
  });
});
