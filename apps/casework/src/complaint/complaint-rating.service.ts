import { badInput, today, type RequestContext } from '@integrity/subgraph-kit';
import { IsNull } from 'typeorm';
import { CaseEntity } from '../case/case.entity.js';
import { transition } from '../case/case-workflow.service.js';
import { accessCodeMatches, decoyAccessCodeHash } from './access-code.js';
import { ComplaintEntity } from './complaint.entity.js';
import { takeCodeAttempt } from './complaint-limit.js';
import { complaintNotFound } from './complaint.service.js';
import { isTrackingNumber } from './complaint-rules.js';

/**
 * The complaint behind a tracking number and access code; a wrong pair gets the same refusal either way (it never
 * says which part was wrong), and too many wrong codes for one tracking number lock it for a while.
 */
async function openComplaint(ctx: RequestContext, trackingNumber: string, accessCode: string) {
  const number = trackingNumber.trim().toUpperCase();
  // an access code is 14 characters: anything far longer is not one, and is not hashed
  if (!isTrackingNumber(number) || accessCode.length > 64) throw complaintNotFound();
  // counted as a wrong code from here on, so that a burst of guesses gets no more tries than the limit
  const release = await takeCodeAttempt(ctx, number);
  let complaint: ComplaintEntity | null;
  let matches: boolean;
  try {
    complaint = await ctx.dataSource.getRepository(ComplaintEntity).findOneBy({ trackingNumber: number });
    // as slow for a number never issued as for a wrong code: the time taken does not say which numbers exist
    const stored = complaint?.accessCodeHash ?? (await decoyAccessCodeHash());
    matches = (await accessCodeMatches(accessCode, stored)) && !!complaint;
  } catch (error) {
    await release();
    throw error;
  }
  if (!complaint || !matches) throw complaintNotFound();
  await release();
  const c = await ctx.dataSource.getRepository(CaseEntity).findOneByOrFail({ id: complaint.caseId });
  return { complaint, c };
}

const statusView = (complaint: ComplaintEntity, c: CaseEntity) => ({
  trackingNumber: complaint.trackingNumber,
  status: c.status,
  reply: c.reply,
  deadline: c.deadline,
  repliedOn: c.repliedOn,
  satisfied: complaint.satisfied,
  reopened: !!c.reopenedOn,
});

export async function complaintStatus(ctx: RequestContext, trackingNumber: string, accessCode: string) {
  const { complaint, c } = await openComplaint(ctx, trackingNumber, accessCode);
  return statusView(complaint, c);
}

/**
 * Rate the reply once. "Not satisfied" (with a reason) reopens the case the first time: back to its lead
 * department (ASSIGNED), or to triage's queue when it had none (ACCEPTED), the reply period counted again
 * from today. After that a rating is recorded and reopens nothing.
 */
export async function rateComplaintReply(
  ctx: RequestContext,
  trackingNumber: string,
  accessCode: string,
  satisfied: boolean,
  reason: string | null,
) {
  if (!satisfied && (reason ?? '').trim().length < 2)
    throw badInput('reason', 'REQUIRED', 'say why the reply does not satisfy');
  // the column's width: a longer reason would fail the write after the case changed
  if ((reason ?? '').trim().length > 1000)
    throw badInput('reason', 'TOO_LONG', 'at most 1000 characters', { max: 1000 });
  const { complaint, c } = await openComplaint(ctx, trackingNumber, accessCode);
  if (c.status !== 'REPLIED' && c.status !== 'CLOSED')
    throw badInput('trackingNumber', 'NOT_REPLIED_YET', 'no reply yet');
  if (complaint.satisfied !== null) throw badInput('trackingNumber', 'ALREADY_RATED', 'this reply is rated already');
  const reopen = !satisfied && !c.reopenedOn;
  const rating = { satisfied, ratingReason: reason?.trim() || null, ratedOn: today() };
  const after = await transition(
    ctx,
    c.id,
    ['REPLIED', 'CLOSED'],
    reopen ? 'complaint.reopen' : 'complaint.rate',
    () =>
      reopen
        ? { status: c.departmentId ? 'ASSIGNED' : 'ACCEPTED', reopenedOn: today(), repliedOn: null, closedOn: null }
        : {},
    {
      also: async (m) => {
        // rated once: of two ratings sent at once, the second finds it rated and its case change rolls back
        const { affected } = await m.update(ComplaintEntity, { caseId: c.id, satisfied: IsNull() }, rating);
        if (affected !== 1) throw badInput('trackingNumber', 'ALREADY_RATED', 'this reply is rated already');
        return { rating }; // kept in the case's trail, where a new reply's fresh rating does not erase it
      },
    },
  );
  return statusView({ ...complaint, ...rating }, after as CaseEntity);
}
