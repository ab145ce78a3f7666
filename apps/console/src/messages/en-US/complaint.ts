// en-US: public complaints and their follow-up.
import type { complaint as zh } from '../zh-CN/complaint';

export const complaint: Record<keyof typeof zh, string> = {
  'complaint.title': 'Complaints about government dishonesty',
  'complaint.file': 'File a complaint',
  'complaint.intro':
    'No account needed. Report what a department or town government did; you may stay anonymous, or leave a contact for the officer to reach you.',
  'complaint.category': 'Category',
  'complaint.department': 'Department concerned',
  'complaint.departmentHint': 'Leave empty if you do not know; the office will find out',
  'complaint.content': 'What happened',
  'complaint.contact': 'Contact (optional)',
  'complaint.contactHint': 'Stored encrypted; only the handling officer sees it',
  'complaint.submit': 'Submit',
  'complaint.received': 'Your complaint is registered',
  'complaint.keepCode':
    'Write down the access code: it is shown only now. With the tracking number it shows the progress and lets you rate the reply.',
  'complaint.trackingNumber': 'Tracking number',
  'complaint.accessCode': 'Access code',
  'complaint.deadline': 'Reply due by',
  'complaint.another': 'File another',
  'complaint.follow': 'Follow a complaint',
  'complaint.lookup': 'Look up',
  'complaint.status': 'Status',
  'complaint.reopened': 'Reopened',
  'complaint.reply': 'Reply',
  'complaint.noReply': 'No reply yet',
  'complaint.rating': 'Rating',
  'complaint.rate': 'Are you satisfied with the reply?',
  'complaint.satisfied': 'Satisfied',
  'complaint.notSatisfied': 'Not satisfied',
  'complaint.reason': 'Why not',
  'complaint.submitRating': 'Submit rating',
};
