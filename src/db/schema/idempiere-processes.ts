import { index, integer, real, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { adRole, adValRule } from './idempiere';
import { erpTable, flag } from './standard';
import { timestamp } from './types';

/**
 * iDempiere's processes and schedulers (migration 0060): definitions (AD_Process with its parameters and
 * the roles' access), runs (AD_PInstance with the parameters it ran with and its log), and schedules
 * (AD_Schedule, AD_Scheduler with its parameter defaults and log). The system processes ship with the
 * migration in client 0; what they do is code registered by `Classname` (src/core/processes/registry.ts).
 * `AD_Reference_ID` names iDempiere's reference types by id (10 String, 11 Integer, 15 Date, 17 List, 19
 * Table Direct, 20 Yes-No, 30 Search, …; src/core/processes/params.ts); there is no AD_Reference table yet,
 * so no foreign key. Table ids (`AD_Table_ID`) are the dictionary's (src/core/erp/dictionary.ts).
 */

export const adProcess = erpTable(
  'AD_Process',
  {
    value: text('Value').notNull(),
    name: text('Name').notNull(),
    description: text('Description'),
    help: text('Help'),
    /** 1 Organization, 3 Client+Organization, 4 System, 6 System+Client, 7 All (iDempiere's). */
    accessLevel: text('AccessLevel').notNull().default('3'),
    entityType: text('EntityType').notNull().default('U'),
    isReport: flag('IsReport'),
    isDirectPrint: flag('IsDirectPrint'),
    classname: text('Classname'),
    adTableId: integer('AD_Table_ID'),
    adReportViewId: integer('AD_ReportView_ID'),
    adPrintFormatId: integer('AD_PrintFormat_ID'),
    adWorkflowId: integer('AD_Workflow_ID'),
    jasperReport: text('JasperReport'),
    adFormId: integer('AD_Form_ID'),
    /** P: parallel runs allowed (iDempiere's default). */
    allowMultipleExecution: text('AllowMultipleExecution').notNull().default('P'),
  },
  (t) => [uniqueIndex('ad_process_value').on(t.adClientId, t.value)],
);

export const adProcessPara = erpTable(
  'AD_Process_Para',
  {
    adProcessId: integer('AD_Process_ID')
      .notNull()
      .references(() => adProcess.id, { onDelete: 'cascade' }),
    name: text('Name').notNull(),
    description: text('Description'),
    help: text('Help'),
    seqNo: integer('SeqNo').notNull().default(0),
    columnName: text('ColumnName').notNull(),
    adReferenceId: integer('AD_Reference_ID').notNull(),
    adReferenceValueId: integer('AD_Reference_Value_ID'),
    adValRuleId: integer('AD_Val_Rule_ID').references(() => adValRule.id),
    fieldLength: integer('FieldLength').notNull().default(0),
    isMandatory: flag('IsMandatory'),
    isRange: flag('IsRange'),
    defaultValue: text('DefaultValue'),
    defaultValue2: text('DefaultValue2'),
    valueMin: text('ValueMin'),
    valueMax: text('ValueMax'),
    vFormat: text('VFormat'),
    entityType: text('EntityType').notNull().default('U'),
    displayLogic: text('DisplayLogic'),
    readOnlyLogic: text('ReadOnlyLogic'),
    mandatoryLogic: text('MandatoryLogic'),
    placeholder: text('Placeholder'),
    placeholder2: text('Placeholder2'),
    isAutocomplete: flag('IsAutocomplete'),
    isShowNegateButton: flag('IsShowNegateButton'),
    dateRangeOption: text('DateRangeOption').notNull().default('D'),
  },
  (t) => [index('ad_process_para_process').on(t.adProcessId, t.seqNo)],
);

/** A role's access to a process (no row: no access; `IsReadWrite` false: visible, not runnable). */
export const adProcessAccess = erpTable(
  'AD_Process_Access',
  {
    adProcessId: integer('AD_Process_ID')
      .notNull()
      .references(() => adProcess.id, { onDelete: 'cascade' }),
    adRoleId: integer('AD_Role_ID')
      .notNull()
      .references(() => adRole.id, { onDelete: 'cascade' }),
    isReadWrite: flag('IsReadWrite', true),
  },
  (t) => [uniqueIndex('ad_process_access_role_process').on(t.adRoleId, t.adProcessId)],
);

/** A run: who ran what, in which session, on which record, and how it ended (`Result` 1 success, 0 error). */
export const adPInstance = erpTable(
  'AD_PInstance',
  {
    adProcessId: integer('AD_Process_ID')
      .notNull()
      .references(() => adProcess.id),
    adTableId: integer('AD_Table_ID'),
    recordId: integer('Record_ID').notNull().default(0),
    adUserId: integer('AD_User_ID'),
    adRoleId: integer('AD_Role_ID'),
    isProcessing: flag('IsProcessing'),
    result: integer('Result').notNull().default(0),
    errorMsg: text('ErrorMsg'),
    isRunAsJob: flag('IsRunAsJob'),
    notificationType: text('NotificationType'),
    reportType: text('ReportType'),
    adLanguage: text('AD_Language'),
    adSchedulerId: integer('AD_Scheduler_ID'),
    started: timestamp('Started'),
    finished: timestamp('Finished'),
    reportFileName: text('ReportFileName'),
    exportFileName: text('ExportFileName'),
  },
  (t) => [
    index('ad_pinstance_user').on(t.adClientId, t.adUserId, t.id),
    index('ad_pinstance_processing').on(t.isProcessing, t.isRunAsJob),
  ],
);

export const adPInstancePara = erpTable(
  'AD_PInstance_Para',
  {
    adPInstanceId: integer('AD_PInstance_ID')
      .notNull()
      .references(() => adPInstance.id, { onDelete: 'cascade' }),
    seqNo: integer('SeqNo').notNull().default(0),
    parameterName: text('ParameterName').notNull(),
    pString: text('P_String'),
    pStringTo: text('P_String_To'),
    pNumber: real('P_Number'),
    pNumberTo: real('P_Number_To'),
    pDate: timestamp('P_Date'),
    pDateTo: timestamp('P_Date_To'),
    info: text('Info'),
    infoTo: text('Info_To'),
  },
  (t) => [index('ad_pinstance_para_instance').on(t.adPInstanceId, t.seqNo)],
);

export const adPInstanceLog = erpTable(
  'AD_PInstance_Log',
  {
    adPInstanceId: integer('AD_PInstance_ID')
      .notNull()
      .references(() => adPInstance.id, { onDelete: 'cascade' }),
    logId: integer('Log_ID').notNull().default(0),
    pDate: timestamp('P_Date'),
    pNumber: real('P_Number'),
    pMsg: text('P_Msg'),
    adTableId: integer('AD_Table_ID'),
    recordId: integer('Record_ID'),
  },
  (t) => [index('ad_pinstance_log_instance').on(t.adPInstanceId, t.logId)],
);

/** When: every `Frequency` minutes (M), hours (H) or days (D) (`ScheduleType` F), or a cron pattern (C). */
export const adSchedule = erpTable('AD_Schedule', {
  name: text('Name').notNull(),
  description: text('Description'),
  scheduleType: text('ScheduleType').notNull().default('F'),
  frequencyType: text('FrequencyType').notNull().default('D'),
  frequency: integer('Frequency').notNull().default(1),
  cronPattern: text('CronPattern'),
});

/** A process run on a schedule as its supervisor and role; `SchedulerState` S started, X stopped, N none. */
export const adScheduler = erpTable(
  'AD_Scheduler',
  {
    name: text('Name').notNull(),
    description: text('Description'),
    adProcessId: integer('AD_Process_ID')
      .notNull()
      .references(() => adProcess.id),
    adScheduleId: integer('AD_Schedule_ID')
      .notNull()
      .references(() => adSchedule.id),
    adRoleId: integer('AD_Role_ID').references(() => adRole.id),
    supervisorId: integer('Supervisor_ID'),
    keepLogDays: integer('KeepLogDays').notNull().default(7),
    dateLastRun: timestamp('DateLastRun'),
    dateNextRun: timestamp('DateNextRun'),
    adTableId: integer('AD_Table_ID'),
    recordId: integer('Record_ID'),
    reportOutputType: text('ReportOutputType'),
    schedulerState: text('SchedulerState').notNull().default('N'),
    adPrintFormatId: integer('AD_PrintFormat_ID'),
    rMailTextId: integer('R_MailText_ID'),
  },
  (t) => [index('ad_scheduler_due').on(t.schedulerState, t.dateNextRun)],
);

export const adSchedulerPara = erpTable(
  'AD_Scheduler_Para',
  {
    adSchedulerId: integer('AD_Scheduler_ID')
      .notNull()
      .references(() => adScheduler.id, { onDelete: 'cascade' }),
    adProcessParaId: integer('AD_Process_Para_ID')
      .notNull()
      .references(() => adProcessPara.id, { onDelete: 'cascade' }),
    parameterDefault: text('ParameterDefault'),
    parameterToDefault: text('ParameterToDefault'),
    description: text('Description'),
  },
  (t) => [index('ad_scheduler_para_scheduler').on(t.adSchedulerId)],
);

export const adSchedulerLog = erpTable(
  'AD_SchedulerLog',
  {
    adSchedulerId: integer('AD_Scheduler_ID')
      .notNull()
      .references(() => adScheduler.id, { onDelete: 'cascade' }),
    adPInstanceId: integer('AD_PInstance_ID'),
    summary: text('Summary'),
    description: text('Description'),
    reference: text('Reference'),
    textMsg: text('TextMsg'),
    isError: flag('IsError'),
  },
  (t) => [index('ad_schedulerlog_scheduler').on(t.adSchedulerId, t.created)],
);
