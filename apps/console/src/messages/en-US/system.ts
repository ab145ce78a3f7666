// en-US: the administrators' view of what the subgraphs have not yet told each other.
import type { system as zh } from '../zh-CN/system';

export const system: Record<keyof typeof zh, string> = {
  'nav.delivery': 'Cross-domain delivery',
  'dl.title': 'Cross-domain delivery',
  'dl.intro':
    'The breaches and overdue facts each domain reports to credit and the others, and changes of the working calendar, are written with the change itself and then delivered one by one. Nothing is lost while a receiver is unavailable; it is tried again. Here: how many messages each sender has not yet delivered, since when, and when it tries again.',
  'dl.refresh': 'Refresh',
  'dl.sender': 'Sender',
  'dl.carriesTitle': 'Carries',
  'dl.stateTitle': 'State',
  'dl.due': 'Waiting',
  'dl.failing': 'Of which failing',
  'dl.heldBack': 'Scheduled',
  'dl.oldestSince': 'Waiting since',
  'dl.nextRetryAt': 'Next retry',
  'dl.lastDeliveredAt': 'Last delivered',
  'dl.state.clear': 'Clear',
  'dl.state.pending': 'Delivering',
  'dl.state.unreachable': 'Unreachable',
  'dl.state.failed': 'Could not be read',
  'dl.state.stuck': 'Blocked',
  'dl.carries.procurement': 'Procurement breaches, overdue SME and PPP payments, their cures and withdrawals → credit',
  'dl.carries.investment': 'Broken investment commitments → credit',
  'dl.carries.supervision': 'Overdue rectifications, annual grades → credit',
  'dl.carries.casework': 'Dishonest judgment debtors listed, and the cure once they pay → credit',
  'dl.carries.credit': 'Working calendar changes → casework, supervision, and credit’s own deadline review',
} as const;
