import { TextLength } from '@integrity/subgraph-kit';
import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { Department } from '../department/department.type.js';

export const TASK_REPORT_STATUSES = ['ON_TRACK', 'DELAYED', 'COMPLETED'] as const;
export const TaskReportStatusEnum = Object.fromEntries(TASK_REPORT_STATUSES.map((s) => [s, s])) as {
  [K in (typeof TASK_REPORT_STATUSES)[number]]: K;
};
registerEnumType(TaskReportStatusEnum, {
  name: 'TaskReportStatus',
  description: 'How the reporting department says the task stands.',
  valuesConfig: {
    ON_TRACK: { description: 'Under way as planned (按计划推进).' },
    DELAYED: { description: 'Behind plan (进度滞后); the report says why.' },
    COMPLETED: { description: 'Done (已完成).' },
  },
});

export const ReportStateEnum = {
  NOT_DUE: 'NOT_DUE',
  DUE: 'DUE',
  ON_TIME: 'ON_TIME',
  LATE: 'LATE',
  OVERDUE: 'OVERDUE',
} as const;
registerEnumType(ReportStateEnum, {
  name: 'TaskReportState',
  description: 'Whether a department’s report for a quarter came in time.',
  valuesConfig: {
    NOT_DUE: { description: 'The quarter has not ended.' },
    DUE: { description: 'The quarter has ended; the report is still within its working days.' },
    ON_TIME: { description: 'First filed by the due day (filing it again later keeps it on time).' },
    LATE: { description: 'First filed after the due day.' },
    OVERDUE: { description: 'Not filed and past the due day.' },
  },
});

export const TaskRoleEnum = { LEAD: 'LEAD', COOPERATING: 'COOPERATING' } as const;
registerEnumType(TaskRoleEnum, {
  name: 'TaskRole',
  description: 'A department’s part in a plan task.',
  valuesConfig: { LEAD: { description: 'Leads (牵头).' }, COOPERATING: { description: 'Co-operates (配合).' } },
});

@ObjectType({ description: 'A department’s progress report on a plan task for one quarter.' })
export class TaskReport {
  @Field(() => ID, { description: 'Stable id.' }) id: string;
  @Field(() => ID, { description: 'The task, e.g. "二.3.1".' }) taskId: string;
  @Field(() => Department, { description: 'The reporting department.' }) department: Department;
  @Field({ description: 'The quarter, e.g. "2026Q4".' }) period: string;
  @Field(() => TaskReportStatusEnum, { description: 'How the task stands.' }) status: string;
  @Field({ description: 'What was done.' }) progress: string;
  @Field(() => String, { nullable: true, description: 'Where the evidence is (document numbers, links, file names).' })
  evidence: string | null;
  @Field({ description: 'Username of the officer who last filed it.' }) reportedBy: string;
  @Field({ description: 'The day it was last filed (YYYY-MM-DD, APP_TIMEZONE).' }) reportedOn: string;
  @Field(() => String, {
    nullable: true,
    description: 'The day it was first filed, which lateness is judged on (YYYY-MM-DD, APP_TIMEZONE).',
  })
  firstReportedOn: string | null;
}

@ObjectType({ description: 'One responsible department’s line for a task and quarter: due day, state and its report.' })
export class TaskReportLine {
  @Field(() => Department, { description: 'The responsible department.' }) department: Department;
  @Field(() => TaskRoleEnum, { description: 'Its part in the task.' }) role: string;
  @Field({ description: 'The quarter.' }) period: string;
  @Field({ description: 'Last day the report is on time.' }) dueOn: string;
  @Field(() => ReportStateEnum, { description: 'Whether it came in time.' }) state: string;
  @Field({
    description:
      'True when a year the due day is counted through has no working calendar loaded: weekends only were skipped there.',
  })
  calendarMissing: boolean;
  @Field(() => TaskReport, { nullable: true, description: 'The report, if filed.' }) report: TaskReport | null;
}

@InputType({ description: 'A progress report on a plan task for one quarter.' })
export class ReportTaskProgressInput {
  @Field({ description: 'The quarter, e.g. "2026Q4"; it must have started.' })
  @Matches(/^\d{4}Q[1-4]$/)
  period: string;

  @Field(() => TaskReportStatusEnum, { description: 'How the task stands.' })
  @IsIn(TASK_REPORT_STATUSES as unknown as string[])
  status: (typeof TASK_REPORT_STATUSES)[number];

  @Field({ description: 'What was done this quarter (10–4000 characters).' })
  @TextLength(10, 4000)
  progress: string;

  @Field(() => String, { nullable: true, description: 'Where the evidence is (up to 1000 characters).' })
  @IsOptional()
  @TextLength(1, 1000)
  evidence?: string | null;
}
