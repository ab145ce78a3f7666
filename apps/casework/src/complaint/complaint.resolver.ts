import { Allow, allow, type RequestContext } from '@integrity/subgraph-kit';
import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { complaintStatus, rateComplaintReply } from './complaint-rating.service.js';
import { FileComplaintInput } from './complaint.input.js';
import { fileComplaint } from './complaint.service.js';
import { ComplaintReceipt, PublicCaseStatus } from './complaint.type.js';

@Resolver()
export class ComplaintResolver {
  @Mutation(() => ComplaintReceipt, {
    description:
      'File a complaint without an account. At most COMPLAINT_MAX_PER_ADDRESS (5) an hour from one address (RATE_LIMITED with extensions.retryAfter); a repeat of a recent complaint is refused.',
  })
  @Allow(allow.public())
  fileComplaint(@Arg('input') input: FileComplaintInput, @Ctx() ctx: RequestContext) {
    return fileComplaint(ctx, input);
  }

  @Query(() => PublicCaseStatus, {
    description:
      'Follow a complaint with its tracking number and access code (no login). A wrong pair is BAD_USER_INPUT (COMPLAINT_NOT_FOUND), whichever part is wrong.',
  })
  @Allow(allow.public())
  complaintStatus(
    @Arg('trackingNumber') trackingNumber: string,
    @Arg('accessCode') accessCode: string,
    @Ctx() ctx: RequestContext,
  ) {
    return complaintStatus(ctx, trackingNumber, accessCode);
  }

  @Mutation(() => PublicCaseStatus, {
    description:
      'Rate the reply (no login). Not satisfied, with a reason, reopens the case once; each reply is rated once.',
  })
  @Allow(allow.public())
  rateComplaintReply(
    @Arg('trackingNumber') trackingNumber: string,
    @Arg('accessCode') accessCode: string,
    @Arg('satisfied') satisfied: boolean,
    @Arg('reason', () => String, { nullable: true, description: 'Required when not satisfied; 2 to 1,000 characters.' })
    reason: string | null,
    @Ctx() ctx: RequestContext,
  ) {
    return rateComplaintReply(ctx, trackingNumber, accessCode, satisfied, reason);
  }
}
