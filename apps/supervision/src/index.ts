import 'reflect-metadata';
// the ledger's quarter as `reportLines(period:)` names it ("2026Q4"), for callers that ask for the current one
export { periodOf } from './ledger/reporting-period.js';
import {
  calendarRecountResolver,
  CREDIT_GRADE_TOPIC,
  CREDIT_RECORD_TOPIC,
  defineSubgraph,
  deliverCreditGrade,
  deliverCreditRecord,
} from '@integrity/subgraph-kit';
import { departmentReference } from './department/department.reference.js';
import { PlanTaskEntity, PlanTaskReportEntity, PlanTaskUnitEntity } from './ledger/plan-task.entity.js';
import { PlanTaskResolver } from './ledger/plan-task.resolver.js';
import { SupervisionInitial1732406400600 } from './migrations/1732406400600-supervision-initial.js';
import { PlanTaskReport1732406400610 } from './migrations/1732406400610-plan-task-report.js';
import { Evaluation1732406400620 } from './migrations/1732406400620-evaluation.js';
import { EvaluationEntity, EvaluationFeedbackEntity, EvaluationResultEntity } from './evaluation/evaluation.entity.js';
import { EvaluationResolver, EvaluationResultResolver } from './evaluation/evaluation.resolver.js';
import { recountFeedbackDeadlines } from './evaluation/evaluation-deadline.js';
import { DepartmentHonoursResolver } from './honours/honours.resolver.js';
import { Warning1732406400630 } from './migrations/1732406400630-warning.js';
import { IntegrityWarningEntity, WarningSweepEntity } from './warning/warning.entity.js';
import { WarningResolver } from './warning/warning.resolver.js';
import { warningSweepJob } from './warning/warning-sweep.js';
import { Inspection1732406400650 } from './migrations/1732406400650-inspection.js';
import { EvaluationDeadlineCalendar1732406400660 } from './migrations/1732406400660-evaluation-deadline-calendar.js';
import { BreachFigure1732406400670 } from './migrations/1732406400670-breach-figure.js';
import { RectificationDeadlineIndex1732406400680 } from './migrations/1732406400680-rectification-deadline-index.js';
import { WarningStatusIndex1732406400690 } from './migrations/1732406400690-warning-status-index.js';
import { WarningSweepRow1732406400700 } from './migrations/1732406400700-warning-sweep-row.js';
import { WarningRankIndex1732406400710 } from './migrations/1732406400710-warning-rank-index.js';
import { ReportFirstFiled1732406400720 } from './migrations/1732406400720-report-first-filed.js';
import { InspectionEntity, InspectionFindingEntity } from './inspection/inspection.entity.js';
import { InspectionFindingResolver, InspectionResolver } from './inspection/inspection.resolver.js';
import { Rectification1732406400640 } from './migrations/1732406400640-rectification.js';
import { DepartmentRectificationResolver } from './rectification/department-rectification.resolver.js';
import { RectificationEntity } from './rectification/rectification.entity.js';
import { overdueRectificationJob } from './rectification/rectification-overdue.js';
import { RectificationResolver } from './rectification/rectification.resolver.js';
import { RuleVersionEntity } from './score/rule-version.entity.js';
import { DepartmentScoreResolver, ScoringRulesResolver } from './score/score.resolver.js';
import { seedSupervision } from './seed/demo.seed.js';

/** supervision: live integrity scores under versioned rules, the county plan's task ledger, rectification orders and inspections, early warnings, the annual evaluation. */
export const subgraph = defineSubgraph({
  name: 'supervision',
  port: 4006,
  resolvers: [
    DepartmentScoreResolver,
    ScoringRulesResolver,
    PlanTaskResolver,
    RectificationResolver,
    DepartmentRectificationResolver,
    InspectionResolver,
    InspectionFindingResolver,
    WarningResolver,
    EvaluationResolver,
    calendarRecountResolver(
      'recountFeedbackDeadlines',
      'The county calendar changed: evaluations open for feedback whose deadline was counted over the changed days, or without a calendar, are counted again, never earlier than stored; returns how many moved.',
      recountFeedbackDeadlines,
    ),
    EvaluationResultResolver,
    DepartmentHonoursResolver,
  ],
  references: { ...departmentReference },
  entities: [
    RuleVersionEntity,
    PlanTaskEntity,
    PlanTaskUnitEntity,
    PlanTaskReportEntity,
    RectificationEntity,
    InspectionEntity,
    InspectionFindingEntity,
    IntegrityWarningEntity,
    WarningSweepEntity,
    EvaluationEntity,
    EvaluationResultEntity,
    EvaluationFeedbackEntity,
  ],
  migrations: [
    SupervisionInitial1732406400600,
    PlanTaskReport1732406400610,
    Evaluation1732406400620,
    Warning1732406400630,
    Rectification1732406400640,
    Inspection1732406400650,
    EvaluationDeadlineCalendar1732406400660,
    BreachFigure1732406400670,
    RectificationDeadlineIndex1732406400680,
    WarningStatusIndex1732406400690,
    WarningSweepRow1732406400700,
    WarningRankIndex1732406400710,
    ReportFirstFiled1732406400720,
  ],
  // overdue rectifications become records in credit; published grades reach credit for its reports
  outbox: { [CREDIT_RECORD_TOPIC]: deliverCreditRecord, [CREDIT_GRADE_TOPIC]: deliverCreditGrade },
  schedules: [overdueRectificationJob, warningSweepJob],
  seed: seedSupervision,
});
