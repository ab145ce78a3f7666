import { formatMoney } from '@integrity/subgraph-kit';
import type { BidEntity } from '../bid/bid.entity.js';
import type { ContractEntity, MilestoneEntity } from '../contract/contract.entity.js';
import type { MilestonePaymentEntity } from '../contract/milestone-payment.entity.js';
import type { ProcurementStatus } from '../project/lifecycle.js';
import type { ProjectEntity, StatusChangeEntity } from '../project/project.entity.js';
import { ocidOf, ocidPrefix } from '../project/project.service.js';

/** Our terms in OCDS 1.1.5 code lists (codelists/*.csv); a unit test checks each code is in its list. */
export const OCDS_CODES = {
  method: {
    OPEN: 'open',
    SELECTIVE: 'selective',
    COMPETITIVE_NEGOTIATION: 'limited',
    COMPETITIVE_CONSULTATION: 'selective',
    LIMITED: 'limited',
    INQUIRY: 'selective',
  },
  category: { GOODS: 'goods', WORKS: 'works', SERVICES: 'services' },
  tenderStatus: (s: ProcurementStatus) =>
    s === 'PLANNING'
      ? 'planned'
      : s === 'TENDERING' || s === 'EVALUATION'
        ? 'active'
        : s === 'CANCELLED'
          ? 'cancelled'
          : 'complete',
  tag: (s: ProcurementStatus) =>
    s === 'PLANNING'
      ? 'planning'
      : s === 'TENDERING' || s === 'EVALUATION'
        ? 'tender'
        : s === 'AWARDED'
          ? 'award'
          : s === 'CONTRACTED'
            ? 'contract'
            : s === 'CANCELLED'
              ? 'tenderCancellation'
              : 'implementation',
  contractStatus: (s: ProcurementStatus) => (s === 'ACCEPTED' || s === 'CLOSED' ? 'terminated' : 'active'),
} as const;

export interface ReleaseInput {
  project: ProjectEntity;
  timeline: StatusChangeEntity[];
  bids: BidEntity[];
  contract: ContractEntity | null;
  milestones: MilestoneEntity[];
  /** Every payment against the milestones, each with its own date (never merged). */
  payments: MilestonePaymentEntity[];
}

const money = (fen: bigint) => ({ amount: Number(formatMoney(fen)), currency: 'CNY' });
const party = (id: string) => `${ocidPrefix()}-party-${id}`;

/** One OCDS 1.1.5 release describing the process as it stands now. */
export function buildRelease({
  project: p,
  timeline,
  bids,
  contract,
  milestones,
  payments,
}: ReleaseInput): Record<string, unknown> {
  const ocid = ocidOf(p.id);
  const awarded = bids.find((b) => b.id === p.awardedBidId) ?? null;
  // who has bid, and how many, stay secret until the bids are opened (招标投标法 第二十二条): a tender (re-)run or
  // cancelled before it was ever evaluated names none
  const opened =
    p.status === 'CANCELLED'
      ? timeline.some((t) => t.toStatus === 'EVALUATION')
      : p.status !== 'TENDERING' && p.status !== 'PLANNING';
  const suppliers = new Map(opened ? bids.map((b) => [b.supplierUscc, b.supplierName]) : []);
  const parties = [
    {
      id: party(p.purchaserId),
      name: p.purchaserName,
      roles: ['buyer', 'procuringEntity', ...(contract ? ['payer'] : [])],
    },
    ...[...suppliers].map(([uscc, name]) => ({
      id: party(uscc),
      name,
      identifier: { scheme: 'CN-USCC', id: uscc, legalName: name },
      roles: ['tenderer', ...(awarded?.supplierUscc === uscc ? ['supplier', ...(contract ? ['payee'] : [])] : [])],
    })),
  ];
  const release: Record<string, unknown> = {
    ocid,
    id: `${ocid}-${p.version}`,
    date: p.updatedAt,
    tag: [OCDS_CODES.tag(p.status)],
    initiationType: 'tender',
    language: 'zh',
    parties,
    buyer: { id: party(p.purchaserId), name: p.purchaserName },
    planning: { budget: { amount: money(p.budget) } },
    tender: {
      id: `${ocid}-tender`,
      title: p.title,
      status: OCDS_CODES.tenderStatus(p.status),
      procuringEntity: { id: party(p.purchaserId), name: p.purchaserName },
      value: money(p.budget),
      procurementMethod: OCDS_CODES.method[p.method],
      procurementMethodDetails: p.method,
      mainProcurementCategory: OCDS_CODES.category[p.category],
      tenderers: opened ? [...suppliers].map(([uscc, name]) => ({ id: party(uscc), name })) : undefined,
      numberOfTenderers: opened ? suppliers.size : undefined,
      tenderPeriod: timeline.find((t) => t.toStatus === 'TENDERING')
        ? { startDate: timeline.find((t) => t.toStatus === 'TENDERING')!.at }
        : undefined,
    },
  };
  if (awarded) {
    release.awards = [
      {
        id: `${ocid}-award-${awarded.id}`,
        status: p.status === 'CANCELLED' ? 'cancelled' : 'active',
        date: timeline.find((t) => t.toStatus === 'AWARDED')?.at,
        value: money(awarded.amount),
        suppliers: [{ id: party(awarded.supplierUscc), name: awarded.supplierName }],
      },
    ];
  }
  if (contract && awarded) {
    release.contracts = [
      {
        id: `${ocid}-contract-${contract.id}`,
        awardID: `${ocid}-award-${awarded.id}`,
        status: OCDS_CODES.contractStatus(p.status),
        value: money(contract.amount),
        dateSigned: `${contract.signedOn}T00:00:00+08:00`,
        milestones: milestones.map((m) => ({
          id: `${ocid}-milestone-${m.seq}`,
          title: `付款节点 ${m.seq}`,
          type: 'financing',
          // a milestone waiting for delivery or acceptance has no due date yet: OCDS leaves it out
          ...(m.dueDate ? { dueDate: `${m.dueDate}T00:00:00+08:00` } : {}),
          status: m.paidAmount >= m.amount ? 'met' : 'scheduled',
          value: money(m.amount),
        })),
        implementation: {
          // one transaction per payment, on its own day: a milestone paid in parts shows each part
          transactions: milestones.flatMap((m) =>
            payments
              .filter((x) => x.milestoneId === m.id)
              .sort((a, b) => a.paidOn.localeCompare(b.paidOn) || a.recordedAt.localeCompare(b.recordedAt))
              .map((x) => ({
                id: `${ocid}-payment-${x.id}`,
                date: `${x.paidOn}T00:00:00+08:00`,
                value: money(x.amount),
                payer: { id: party(p.purchaserId), name: p.purchaserName },
                payee: { id: party(contract.supplierUscc), name: contract.supplierName },
              })),
          ),
        },
      },
    ];
  }
  return JSON.parse(JSON.stringify(release)); // drop undefined members
}

/** A release package of many processes, for open-data portals. */
export const releasePackage = (releases: Record<string, unknown>[], publishedDate: string) => ({
  uri: `urn:${ocidPrefix()}:release-package:${publishedDate}`,
  version: '1.1',
  publishedDate,
  publisher: { name: process.env.OCDS_PUBLISHER ?? '饶平县政务诚信建设平台' },
  license: 'https://creativecommons.org/licenses/by/4.0/',
  releases,
});
