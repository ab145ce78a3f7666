import 'reflect-metadata';
import { calendarChangeHandlers, calendarRecountResolver, defineSubgraph } from '@integrity/subgraph-kit';
import { recountCreditDeadlines } from './calendar/deadline-recount.js';
import { CalendarDayEntity } from './calendar/calendar.entity.js';
import { CalendarYearEntity } from './calendar/calendar-year.entity.js';
import { CalendarResolver } from './calendar/calendar.resolver.js';
import { CreditCheckResolver } from './check/credit-check.resolver.js';
import { CreditCheckLogEntity } from './check/credit-check-log.entity.js';
import { CreditCheckLogResolver } from './check/credit-check-log.resolver.js';
import { CivilServantEntity, CreditFileEntity } from './civil-servant/civil-servant.entity.js';
import { civilServantReference } from './civil-servant/civil-servant.reference.js';
import { CivilServantResolver } from './civil-servant/civil-servant.resolver.js';
import { departmentReference } from './department/department.reference.js';
import { CoverageResolver, DepartmentCreditResolver } from './department/department.resolver.js';
import { DisclosureResolver } from './disclosure/disclosure.resolver.js';
import { enterpriseReference } from './enterprise/enterprise.reference.js';
import { EnterpriseCreditResolver } from './enterprise/enterprise.resolver.js';
import { CreditInitial1732406400200 } from './migrations/1732406400200-credit-initial.js';
import { RecordSource1732406400210 } from './migrations/1732406400210-record-source.js';
import { Sanction1732406400220 } from './migrations/1732406400220-sanction.js';
import { ObjectionMaterial1732406400230 } from './migrations/1732406400230-objection-material.js';
import { RepairClock1732406400240 } from './migrations/1732406400240-repair-clock.js';
import { SourceCured1732406400250 } from './migrations/1732406400250-source-cured.js';
import { CreditCheckLog1732406400260 } from './migrations/1732406400260-credit-check-log.js';
import { RecordChange1732406400270 } from './migrations/1732406400270-record-change.js';
import { RecordFiguresIndex1732406400280 } from './migrations/1732406400280-record-figures-index.js';
import { CreditReport1732406400290 } from './migrations/1732406400290-credit-report.js';
import { ListIndexes1732406400295 } from './migrations/1732406400295-list-indexes.js';
import { ObjectionMaterialRounds1732406400300 } from './migrations/1732406400300-objection-material-rounds.js';
import { RepairAccepted1732406400310 } from './migrations/1732406400310-repair-accepted.js';
import { PartySanctions1732406400325 } from './migrations/1732406400325-party-sanctions.js';
import { CalendarYear1732406400330 } from './migrations/1732406400330-calendar-year.js';
import { ListSortIndexes1732406400340 } from './migrations/1732406400340-list-sort-indexes.js';
import { RecordFiguresBreachIndex1732406400350 } from './migrations/1732406400350-record-figures-breach-index.js';
import { TerminateRepairsOfRevoked1732406400360 } from './migrations/1732406400360-terminate-repairs-of-revoked.js';
import { ExchangeSync1732406400370 } from './migrations/1732406400370-exchange-sync.js';
import { CheckLogDepartment1732406400380 } from './migrations/1732406400380-check-log-department.js';
import { ObjectionAcceptingDepartment1732406400390 } from './migrations/1732406400390-objection-accepting-department.js';
import { RecordListingKey1732406400400 } from './migrations/1732406400400-record-listing-key.js';
import { EvaluationGradeEntity } from './grade/evaluation-grade.entity.js';
import { EvaluationGradeResolver } from './grade/evaluation-grade.resolver.js';
import { CreditReportEntity } from './report/credit-report.entity.js';
import { CreditReportResolver } from './report/credit-report.resolver.js';
import { creditReportRoute } from './report/credit-report.route.js';
import { CREDIT_REPORT_ROUTE } from '@integrity/rules';
import { RecordChangeEntity } from './exchange/record-change.entity.js';
import { ExchangeSyncEntity } from './exchange/exchange-sync.entity.js';
import { ExchangeResolver } from './exchange/exchange.resolver.js';
import { SourcedRecordResolver } from './record/sourced-record.resolver.js';
import { ObjectionEntity } from './objection/objection.entity.js';
import { ObjectionMaterialEntity } from './objection/objection-material.entity.js';
import { ObjectionResolver } from './objection/objection.resolver.js';
import { ObjectionMaterialResolver } from './objection/objection-material.resolver.js';
import { ReadLogEntity } from './read-log/read-log.entity.js';
import { FileReadResolver, ReadLogResolver } from './read-log/read-log.resolver.js';
import { CreditRecordEntity } from './record/record.entity.js';
import { CreditRecordResolver } from './record/record.resolver.js';
import { RepairEntity } from './repair/repair.entity.js';
import { RepairResolver } from './repair/repair.resolver.js';
import { seedCredit } from './seed/demo.seed.js';
import { checkEncryptionKey } from './protection/id-protection.js';

/** credit: civil-servant files, dishonesty records, objections, repair, disclosure, credit checks and reports. */
export const subgraph = defineSubgraph({
  name: 'credit',
  port: 4002,
  resolvers: [
    CreditCheckLogResolver,
    ExchangeResolver,
    CivilServantResolver,
    CreditRecordResolver,
    SourcedRecordResolver,
    ObjectionResolver,
    ObjectionMaterialResolver,
    RepairResolver,
    DisclosureResolver,
    CreditCheckResolver,
    DepartmentCreditResolver,
    CoverageResolver,
    EnterpriseCreditResolver,
    ReadLogResolver,
    FileReadResolver,
    CalendarResolver,
    calendarRecountResolver(
      'recountCreditDeadlines',
      "The county calendar changed, looked at once more after its own transaction: the open objections' and pending repairs' deadlines counted over the changed days are counted again; returns how many moved (those counted on the calendar read just before the change committed).",
      recountCreditDeadlines,
    ),
    CreditReportResolver,
    EvaluationGradeResolver,
  ],
  references: { ...civilServantReference, ...departmentReference, ...enterpriseReference },
  entities: [
    CivilServantEntity,
    CreditFileEntity,
    CreditRecordEntity,
    ObjectionEntity,
    ObjectionMaterialEntity,
    RepairEntity,
    ReadLogEntity,
    CalendarDayEntity,
    CalendarYearEntity,
    CreditCheckLogEntity,
    RecordChangeEntity,
    ExchangeSyncEntity,
    CreditReportEntity,
    EvaluationGradeEntity,
  ],
  migrations: [
    CreditInitial1732406400200,
    RecordSource1732406400210,
    Sanction1732406400220,
    ObjectionMaterial1732406400230,
    RepairClock1732406400240,
    SourceCured1732406400250,
    CreditCheckLog1732406400260,
    RecordChange1732406400270,
    RecordFiguresIndex1732406400280,
    CreditReport1732406400290,
    ListIndexes1732406400295,
    ObjectionMaterialRounds1732406400300,
    RepairAccepted1732406400310,
    PartySanctions1732406400325,
    CalendarYear1732406400330,
    ListSortIndexes1732406400340,
    RecordFiguresBreachIndex1732406400350,
    TerminateRepairsOfRevoked1732406400360,
    ExchangeSync1732406400370,
    CheckLogDepartment1732406400380,
    ObjectionAcceptingDepartment1732406400390,
    RecordListingKey1732406400400,
  ],
  // a credit report's PDF, to a caller who may have it (the gateway passes the route through)
  httpRoutes: (app, deps) => creditReportRoute(app, deps),
  publicHttpPaths: [CREDIT_REPORT_ROUTE],
  // a calendar change reaches casework and supervision, which keep deadlines counted on it, and every domain
  // (credit too) once more later
  outbox: calendarChangeHandlers,
  seed: seedCredit,
  preflight: checkEncryptionKey,
});

// The bulk data generator (apps/gateway/scale) stores ID numbers exactly as credit does, and the
// benchmark's SQL limit reads them back, with these.
export { decryptIdNumber, encryptIdNumber, idNumberLookup } from './protection/id-protection.js';
