import {
  agreedRateAllowed,
  formatDecimal,
  isSme,
  lprFrom,
  SME_PAYMENT_TERMS,
  smeTermAllowed,
  type DueBasis,
  type EnterpriseSize,
  type LprPublication,
} from '@integrity/rules';
import { badInput, isValidDate, parseDecimal, parseMoney } from '@integrity/subgraph-kit';
import type { MilestoneInput } from './contract.input.js';

export interface CheckedMilestone {
  dueDate: string | null;
  dueBasis: DueBasis;
  termDays: number | null;
  amount: bigint;
}

/**
 * A contract's milestones as the SME Payment Regulations allow them (第九条 and its acceptance clause): a FIXED_DATE
 * milestone has a date not before signing (a progress or periodic settlement; to an SME it is brought forward to 60
 * days after delivery or passed acceptance when those come first, see milestoneDueDates); a DELIVERY or ACCEPTANCE
 * milestone has a term (30 days when none is given) and no date until its event; to an SME that term is at most 60
 * days. The field at fault is named.
 */
export function checkMilestoneTerms(
  milestones: MilestoneInput[],
  signedOn: string,
  supplierSize: EnterpriseSize,
): CheckedMilestone[] {
  return milestones.map((m, i) => {
    const dueBasis = m.dueBasis ?? 'FIXED_DATE';
    const amount = parseMoney(m.amount, `milestones.${i}.amount`);
    if (dueBasis === 'FIXED_DATE') {
      if (!m.dueDate) throw badInput(`milestones.${i}.dueDate`, 'REQUIRED', 'a FIXED_DATE milestone has a dueDate');
      if (typeof m.termDays === 'number')
        throw badInput(`milestones.${i}.termDays`, 'INVALID_VALUE', 'a FIXED_DATE milestone has no termDays');
      if (!isValidDate(m.dueDate) || m.dueDate < signedOn)
        throw badInput(
          `milestones.${i}.dueDate`,
          'DATE_TOO_EARLY',
          'a milestone cannot fall due before the contract is signed',
          { date: signedOn },
        );
      return { dueDate: m.dueDate, dueBasis, termDays: null, amount };
    }
    if (m.dueDate)
      throw badInput(
        `milestones.${i}.dueDate`,
        'INVALID_VALUE',
        `a ${dueBasis} milestone has no dueDate: it falls due termDays after its event`,
      );
    const termDays = m.termDays ?? SME_PAYMENT_TERMS.defaultDays;
    if (isSme(supplierSize) && !smeTermAllowed(termDays))
      throw badInput(
        `milestones.${i}.termDays`,
        'SME_PAYMENT_TERM_TOO_LONG',
        `an SME is paid within at most ${SME_PAYMENT_TERMS.maxDays} days of ${dueBasis.toLowerCase()}; ${termDays} agreed`,
        { max: SME_PAYMENT_TERMS.maxDays },
      );
    return { dueDate: null, dueBasis, termDays, amount };
  });
}

/**
 * A contract paying an SME on passed acceptance agrees how long acceptance may take (条例第十条: 明确、合理的检验或者
 * 验收期限), else a purchaser that never records acceptance would never owe anything. Other suppliers may agree one.
 */
export function checkAcceptancePeriod(
  milestones: readonly { dueBasis: DueBasis }[],
  supplierSize: EnterpriseSize,
  acceptancePeriodDays: number | null | undefined,
): number | null {
  if (typeof acceptancePeriodDays === 'number') return acceptancePeriodDays;
  if (isSme(supplierSize) && milestones.some((m) => m.dueBasis === 'ACCEPTANCE'))
    throw badInput(
      'acceptancePeriodDays',
      'SME_ACCEPTANCE_PERIOD_REQUIRED',
      'payment to an SME conditioned on acceptance needs an agreed acceptance period (days after delivery)',
    );
  return null;
}

/**
 * The agreed late rate in basis points and the one-year LPR it was checked against (第十七条): not below the LPR
 * in force at signing. No rate agreed: both null (the statutory 0.05% a day, no LPR needed). A signing date the
 * LPR table does not cover refuses an agreed rate rather than check it against a possibly superseded LPR.
 */
export function checkLateRate(
  percent: string | null | undefined,
  signedOn: string,
  publications: readonly LprPublication[],
): { lateRateBp: number | null; lprBp: number | null } {
  if (percent === undefined || percent === null) return { lateRateBp: null, lprBp: null };
  const bp = parseDecimal(percent, 2, 'lateRatePercent');
  if (bp <= 0n || bp > 10_000n)
    throw badInput('lateRatePercent', 'INVALID_RATE', 'an annual percentage above 0 and at most 100', { max: 100 });
  const lpr = lprFrom(publications, signedOn);
  if (lpr === null) {
    const latest =
      publications
        .map((p) => p.publishedOn)
        .sort()
        .at(-1) ?? '—';
    throw badInput(
      'lateRatePercent',
      'LPR_NOT_KNOWN',
      `the LPR publications run to ${latest}; the LPR in force on ${signedOn} is not known`,
      { knownThrough: latest },
    );
  }
  if (!agreedRateAllowed(Number(bp), lpr))
    throw badInput(
      'lateRatePercent',
      'LATE_RATE_BELOW_LPR',
      `the agreed rate ${percent}% is below the one-year LPR at signing (${formatDecimal(BigInt(lpr), 2)}%)`,
      { lpr: formatDecimal(BigInt(lpr), 2) },
    );
  return { lateRateBp: Number(bp), lprBp: lpr };
}

const BASIS_ORDER: Record<DueBasis, number> = { FIXED_DATE: 0, DELIVERY: 1, ACCEPTANCE: 2 };

/** Milestones in order: fixed dates by date, then those due after delivery, then after acceptance, by term. */
export const milestoneOrder = (a: CheckedMilestone, b: CheckedMilestone): number =>
  BASIS_ORDER[a.dueBasis] - BASIS_ORDER[b.dueBasis] ||
  (a.dueDate ?? '').localeCompare(b.dueDate ?? '') ||
  (a.termDays ?? 0) - (b.termDays ?? 0);
