// Pages that live under a page the access function already grants (read-only use of access.ts): they show
// in the menu, and open, only when their host page does (and, with needsWrite, when it is writable).
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { PageAccess, PageId } from '../access';
import type { MessageKey } from '../messages';

export interface TaskPage {
  id: string;
  host: PageId;
  path: string;
  label: MessageKey;
  needsWrite?: boolean;
  component: LazyExoticComponent<ComponentType<{ write: boolean }>>;
}

export const TASK_PAGES: readonly TaskPage[] = [
  // breach records: whoever reads procurement (leaders, supervisors, PROCUREMENT officers); officers record
  {
    id: 'breaches',
    host: 'procurementProjects',
    path: '/procurement/projects/breaches',
    label: 'nav.breaches',
    component: lazy(() => import('./procurement/BreachesPage')),
  },
  // the supplier payments past due (the dashboard's 逾期未付账款 drills down here): whoever reads procurement
  {
    id: 'overduePayments',
    host: 'procurementProjects',
    path: '/procurement/projects/overdue-payments',
    label: 'nav.overduePayments',
    component: lazy(() => import('./procurement/OverduePaymentsPage')),
  },
  // NPC/CPPCC outcomes per lead department: whoever sees the case inbox (the server filters the cases)
  {
    id: 'proposals',
    host: 'cases',
    path: '/casework/cases/proposals',
    label: 'nav.proposals',
    component: lazy(() => import('./casework/ProposalOutcomesPage')),
  },
  // the working-day calendar is the administrators' (setCalendarDay is ADMIN only)
  {
    id: 'calendar',
    host: 'users',
    path: '/directory/users/calendar',
    label: 'nav.calendar',
    needsWrite: true,
    component: lazy(() => import('./calendar/CalendarPage')),
  },
];

/** The task pages a user may open, each with the host's write flag. */
export function taskPagesFor(pages: readonly PageAccess[]): (TaskPage & { write: boolean; group?: MessageKey })[] {
  return TASK_PAGES.flatMap((tp) => {
    const host = pages.find((p) => p.id === tp.host);
    return host && (!tp.needsWrite || host.write) ? [{ ...tp, write: host.write, group: host.group }] : [];
  });
}
