// Every page is its own chunk (React.lazy): the login page and the dashboard's first paint load only
// their own code. A page listed here is "available" to the access function.
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { PageId } from '../access';
import type { PageProps } from './page-props';

export const PAGE_COMPONENTS: Partial<Record<PageId, LazyExoticComponent<ComponentType<PageProps>>>> = {
  dashboard: lazy(() => import('./DashboardPage')),
  departments: lazy(() => import('./directory/DepartmentsPage')),
  enterprises: lazy(() => import('./directory/EnterprisesPage')),
  users: lazy(() => import('./directory/UsersPage')),
  civilServants: lazy(() => import('./credit/CivilServantsPage')),
  creditRecords: lazy(() => import('./credit/CreditRecordsPage')),
  creditChecks: lazy(() => import('./credit/CreditChecksPage')),
  creditReports: lazy(() => import('./credit/reports/CreditReportsPage')),
  exchange: lazy(() => import('./credit/ExchangePage')),
  procurementProjects: lazy(() => import('./procurement/ProjectsPage')),
  ppp: lazy(() => import('./procurement/PppPage')),
  investment: lazy(() => import('./investment/InvestmentPage')),
  debt: lazy(() => import('./debt/DebtPage')),
  oversight: lazy(() => import('./credit/OversightPage')),
  auditTrail: lazy(() => import('./audit/AuditTrailPage')),
  delivery: lazy(() => import('./system/DeliveryPage')),
  rectification: lazy(() => import('./supervision/rectification/RectificationPage')),
  warnings: lazy(() => import('./supervision/warnings/WarningsPage')),
  ledger: lazy(() => import('./supervision/ledger/LedgerPage')),
  evaluation: lazy(() => import('./supervision/evaluation/EvaluationPage')),
  cases: lazy(() => import('./casework/CasesPage')),
  judicial: lazy(() => import('./casework/judicial/JudicialPage')),
};

export const AVAILABLE_PAGES = new Set(Object.keys(PAGE_COMPONENTS) as PageId[]);
