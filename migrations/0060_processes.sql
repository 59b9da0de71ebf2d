-- Processes and schedulers (iDempiere's AD_Process, AD_Process_Para, AD_Process_Access, AD_PInstance with its
-- parameters and log, AD_Schedule, AD_Scheduler with its parameters and log), declared with erpTable
-- (src/db/schema/idempiere-processes.ts). Then the standard-column stamp triggers (as 0040), the role's client
-- on process access rows (as AD_Table_Access), data versions, the system processes of client 0 with their
-- parameters, three schedules, and new ids from 1000000 as in every table of the face.
CREATE TABLE `AD_PInstance` (
	`AD_PInstance_ID` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`AD_Client_ID` integer DEFAULT 0 NOT NULL,
	`AD_Org_ID` integer DEFAULT 0 NOT NULL,
	`IsActive` boolean DEFAULT 1 NOT NULL,
	`Created` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`CreatedBy` integer DEFAULT 0 NOT NULL,
	`Updated` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`UpdatedBy` integer DEFAULT 0 NOT NULL,
	`AD_Process_ID` integer NOT NULL,
	`AD_Table_ID` integer,
	`Record_ID` integer DEFAULT 0 NOT NULL,
	`AD_User_ID` integer,
	`AD_Role_ID` integer,
	`IsProcessing` boolean DEFAULT 0 NOT NULL,
	`Result` integer DEFAULT 0 NOT NULL,
	`ErrorMsg` text,
	`IsRunAsJob` boolean DEFAULT 0 NOT NULL,
	`NotificationType` text,
	`ReportType` text,
	`AD_Language` text,
	`AD_Scheduler_ID` integer,
	`Started` timestamp,
	`Finished` timestamp,
	`ReportFileName` text,
	`ExportFileName` text,
	`AD_PInstance_UU` text DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) NOT NULL,
	FOREIGN KEY (`AD_Process_ID`) REFERENCES `AD_Process`(`AD_Process_ID`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ad_pinstance_uu` ON `AD_PInstance` (`AD_PInstance_UU`);--> statement-breakpoint
CREATE INDEX `ad_pinstance_user` ON `AD_PInstance` (`AD_Client_ID`,`AD_User_ID`,`AD_PInstance_ID`);--> statement-breakpoint
CREATE INDEX `ad_pinstance_processing` ON `AD_PInstance` (`IsProcessing`,`IsRunAsJob`);--> statement-breakpoint
CREATE TABLE `AD_PInstance_Log` (
	`AD_PInstance_Log_ID` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`AD_Client_ID` integer DEFAULT 0 NOT NULL,
	`AD_Org_ID` integer DEFAULT 0 NOT NULL,
	`IsActive` boolean DEFAULT 1 NOT NULL,
	`Created` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`CreatedBy` integer DEFAULT 0 NOT NULL,
	`Updated` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`UpdatedBy` integer DEFAULT 0 NOT NULL,
	`AD_PInstance_ID` integer NOT NULL,
	`Log_ID` integer DEFAULT 0 NOT NULL,
	`P_Date` timestamp,
	`P_Number` real,
	`P_Msg` text,
	`AD_Table_ID` integer,
	`Record_ID` integer,
	`AD_PInstance_Log_UU` text DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) NOT NULL,
	FOREIGN KEY (`AD_PInstance_ID`) REFERENCES `AD_PInstance`(`AD_PInstance_ID`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ad_pinstance_log_uu` ON `AD_PInstance_Log` (`AD_PInstance_Log_UU`);--> statement-breakpoint
CREATE INDEX `ad_pinstance_log_instance` ON `AD_PInstance_Log` (`AD_PInstance_ID`,`Log_ID`);--> statement-breakpoint
CREATE TABLE `AD_PInstance_Para` (
	`AD_PInstance_Para_ID` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`AD_Client_ID` integer DEFAULT 0 NOT NULL,
	`AD_Org_ID` integer DEFAULT 0 NOT NULL,
	`IsActive` boolean DEFAULT 1 NOT NULL,
	`Created` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`CreatedBy` integer DEFAULT 0 NOT NULL,
	`Updated` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`UpdatedBy` integer DEFAULT 0 NOT NULL,
	`AD_PInstance_ID` integer NOT NULL,
	`SeqNo` integer DEFAULT 0 NOT NULL,
	`ParameterName` text NOT NULL,
	`P_String` text,
	`P_String_To` text,
	`P_Number` real,
	`P_Number_To` real,
	`P_Date` timestamp,
	`P_Date_To` timestamp,
	`Info` text,
	`Info_To` text,
	`AD_PInstance_Para_UU` text DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) NOT NULL,
	FOREIGN KEY (`AD_PInstance_ID`) REFERENCES `AD_PInstance`(`AD_PInstance_ID`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ad_pinstance_para_uu` ON `AD_PInstance_Para` (`AD_PInstance_Para_UU`);--> statement-breakpoint
CREATE INDEX `ad_pinstance_para_instance` ON `AD_PInstance_Para` (`AD_PInstance_ID`,`SeqNo`);--> statement-breakpoint
CREATE TABLE `AD_Process` (
	`AD_Process_ID` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`AD_Client_ID` integer DEFAULT 0 NOT NULL,
	`AD_Org_ID` integer DEFAULT 0 NOT NULL,
	`IsActive` boolean DEFAULT 1 NOT NULL,
	`Created` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`CreatedBy` integer DEFAULT 0 NOT NULL,
	`Updated` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`UpdatedBy` integer DEFAULT 0 NOT NULL,
	`Value` text NOT NULL,
	`Name` text NOT NULL,
	`Description` text,
	`Help` text,
	`AccessLevel` text DEFAULT '3' NOT NULL,
	`EntityType` text DEFAULT 'U' NOT NULL,
	`IsReport` boolean DEFAULT 0 NOT NULL,
	`IsDirectPrint` boolean DEFAULT 0 NOT NULL,
	`Classname` text,
	`AD_Table_ID` integer,
	`AD_ReportView_ID` integer,
	`AD_PrintFormat_ID` integer,
	`AD_Workflow_ID` integer,
	`JasperReport` text,
	`AD_Form_ID` integer,
	`AllowMultipleExecution` text DEFAULT 'P' NOT NULL,
	`AD_Process_UU` text DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ad_process_uu` ON `AD_Process` (`AD_Process_UU`);--> statement-breakpoint
CREATE UNIQUE INDEX `ad_process_value` ON `AD_Process` (`AD_Client_ID`,`Value`);--> statement-breakpoint
CREATE TABLE `AD_Process_Access` (
	`AD_Process_Access_ID` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`AD_Client_ID` integer DEFAULT 0 NOT NULL,
	`AD_Org_ID` integer DEFAULT 0 NOT NULL,
	`IsActive` boolean DEFAULT 1 NOT NULL,
	`Created` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`CreatedBy` integer DEFAULT 0 NOT NULL,
	`Updated` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`UpdatedBy` integer DEFAULT 0 NOT NULL,
	`AD_Process_ID` integer NOT NULL,
	`AD_Role_ID` integer NOT NULL,
	`IsReadWrite` boolean DEFAULT 1 NOT NULL,
	`AD_Process_Access_UU` text DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) NOT NULL,
	FOREIGN KEY (`AD_Process_ID`) REFERENCES `AD_Process`(`AD_Process_ID`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`AD_Role_ID`) REFERENCES `AD_Role`(`AD_Role_ID`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ad_process_access_uu` ON `AD_Process_Access` (`AD_Process_Access_UU`);--> statement-breakpoint
CREATE UNIQUE INDEX `ad_process_access_role_process` ON `AD_Process_Access` (`AD_Role_ID`,`AD_Process_ID`);--> statement-breakpoint
CREATE TABLE `AD_Process_Para` (
	`AD_Process_Para_ID` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`AD_Client_ID` integer DEFAULT 0 NOT NULL,
	`AD_Org_ID` integer DEFAULT 0 NOT NULL,
	`IsActive` boolean DEFAULT 1 NOT NULL,
	`Created` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`CreatedBy` integer DEFAULT 0 NOT NULL,
	`Updated` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`UpdatedBy` integer DEFAULT 0 NOT NULL,
	`AD_Process_ID` integer NOT NULL,
	`Name` text NOT NULL,
	`Description` text,
	`Help` text,
	`SeqNo` integer DEFAULT 0 NOT NULL,
	`ColumnName` text NOT NULL,
	`AD_Reference_ID` integer NOT NULL,
	`AD_Reference_Value_ID` integer,
	`AD_Val_Rule_ID` integer,
	`FieldLength` integer DEFAULT 0 NOT NULL,
	`IsMandatory` boolean DEFAULT 0 NOT NULL,
	`IsRange` boolean DEFAULT 0 NOT NULL,
	`DefaultValue` text,
	`DefaultValue2` text,
	`ValueMin` text,
	`ValueMax` text,
	`VFormat` text,
	`EntityType` text DEFAULT 'U' NOT NULL,
	`DisplayLogic` text,
	`ReadOnlyLogic` text,
	`MandatoryLogic` text,
	`Placeholder` text,
	`Placeholder2` text,
	`IsAutocomplete` boolean DEFAULT 0 NOT NULL,
	`IsShowNegateButton` boolean DEFAULT 0 NOT NULL,
	`DateRangeOption` text DEFAULT 'D' NOT NULL,
	`AD_Process_Para_UU` text DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) NOT NULL,
	FOREIGN KEY (`AD_Process_ID`) REFERENCES `AD_Process`(`AD_Process_ID`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`AD_Val_Rule_ID`) REFERENCES `AD_Val_Rule`(`AD_Val_Rule_ID`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ad_process_para_uu` ON `AD_Process_Para` (`AD_Process_Para_UU`);--> statement-breakpoint
CREATE INDEX `ad_process_para_process` ON `AD_Process_Para` (`AD_Process_ID`,`SeqNo`);--> statement-breakpoint
CREATE TABLE `AD_Schedule` (
	`AD_Schedule_ID` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`AD_Client_ID` integer DEFAULT 0 NOT NULL,
	`AD_Org_ID` integer DEFAULT 0 NOT NULL,
	`IsActive` boolean DEFAULT 1 NOT NULL,
	`Created` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`CreatedBy` integer DEFAULT 0 NOT NULL,
	`Updated` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`UpdatedBy` integer DEFAULT 0 NOT NULL,
	`Name` text NOT NULL,
	`Description` text,
	`ScheduleType` text DEFAULT 'F' NOT NULL,
	`FrequencyType` text DEFAULT 'D' NOT NULL,
	`Frequency` integer DEFAULT 1 NOT NULL,
	`CronPattern` text,
	`AD_Schedule_UU` text DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ad_schedule_uu` ON `AD_Schedule` (`AD_Schedule_UU`);--> statement-breakpoint
CREATE TABLE `AD_Scheduler` (
	`AD_Scheduler_ID` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`AD_Client_ID` integer DEFAULT 0 NOT NULL,
	`AD_Org_ID` integer DEFAULT 0 NOT NULL,
	`IsActive` boolean DEFAULT 1 NOT NULL,
	`Created` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`CreatedBy` integer DEFAULT 0 NOT NULL,
	`Updated` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`UpdatedBy` integer DEFAULT 0 NOT NULL,
	`Name` text NOT NULL,
	`Description` text,
	`AD_Process_ID` integer NOT NULL,
	`AD_Schedule_ID` integer NOT NULL,
	`AD_Role_ID` integer,
	`Supervisor_ID` integer,
	`KeepLogDays` integer DEFAULT 7 NOT NULL,
	`DateLastRun` timestamp,
	`DateNextRun` timestamp,
	`AD_Table_ID` integer,
	`Record_ID` integer,
	`ReportOutputType` text,
	`SchedulerState` text DEFAULT 'N' NOT NULL,
	`AD_PrintFormat_ID` integer,
	`R_MailText_ID` integer,
	`AD_Scheduler_UU` text DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) NOT NULL,
	FOREIGN KEY (`AD_Process_ID`) REFERENCES `AD_Process`(`AD_Process_ID`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`AD_Schedule_ID`) REFERENCES `AD_Schedule`(`AD_Schedule_ID`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`AD_Role_ID`) REFERENCES `AD_Role`(`AD_Role_ID`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ad_scheduler_uu` ON `AD_Scheduler` (`AD_Scheduler_UU`);--> statement-breakpoint
CREATE INDEX `ad_scheduler_due` ON `AD_Scheduler` (`SchedulerState`,`DateNextRun`);--> statement-breakpoint
CREATE TABLE `AD_SchedulerLog` (
	`AD_SchedulerLog_ID` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`AD_Client_ID` integer DEFAULT 0 NOT NULL,
	`AD_Org_ID` integer DEFAULT 0 NOT NULL,
	`IsActive` boolean DEFAULT 1 NOT NULL,
	`Created` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`CreatedBy` integer DEFAULT 0 NOT NULL,
	`Updated` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`UpdatedBy` integer DEFAULT 0 NOT NULL,
	`AD_Scheduler_ID` integer NOT NULL,
	`AD_PInstance_ID` integer,
	`Summary` text,
	`Description` text,
	`Reference` text,
	`TextMsg` text,
	`IsError` boolean DEFAULT 0 NOT NULL,
	`AD_SchedulerLog_UU` text DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) NOT NULL,
	FOREIGN KEY (`AD_Scheduler_ID`) REFERENCES `AD_Scheduler`(`AD_Scheduler_ID`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ad_schedulerlog_uu` ON `AD_SchedulerLog` (`AD_SchedulerLog_UU`);--> statement-breakpoint
CREATE INDEX `ad_schedulerlog_scheduler` ON `AD_SchedulerLog` (`AD_Scheduler_ID`,`Created`);--> statement-breakpoint
CREATE TABLE `AD_Scheduler_Para` (
	`AD_Scheduler_Para_ID` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`AD_Client_ID` integer DEFAULT 0 NOT NULL,
	`AD_Org_ID` integer DEFAULT 0 NOT NULL,
	`IsActive` boolean DEFAULT 1 NOT NULL,
	`Created` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`CreatedBy` integer DEFAULT 0 NOT NULL,
	`Updated` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`UpdatedBy` integer DEFAULT 0 NOT NULL,
	`AD_Scheduler_ID` integer NOT NULL,
	`AD_Process_Para_ID` integer NOT NULL,
	`ParameterDefault` text,
	`ParameterToDefault` text,
	`Description` text,
	`AD_Scheduler_Para_UU` text DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) NOT NULL,
	FOREIGN KEY (`AD_Scheduler_ID`) REFERENCES `AD_Scheduler`(`AD_Scheduler_ID`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`AD_Process_Para_ID`) REFERENCES `AD_Process_Para`(`AD_Process_Para_ID`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ad_scheduler_para_uu` ON `AD_Scheduler_Para` (`AD_Scheduler_Para_UU`);--> statement-breakpoint
CREATE INDEX `ad_scheduler_para_scheduler` ON `AD_Scheduler_Para` (`AD_Scheduler_ID`);--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_AD_Process_update` AFTER UPDATE ON `AD_Process` WHEN NEW.`UpdatedBy` IS OLD.`UpdatedBy` AND NEW.`Updated` IS OLD.`Updated` BEGIN UPDATE `AD_Process` SET `Updated` = strftime('%Y-%m-%dT%H:%M:%fZ','now'), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), NEW.`UpdatedBy`) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_AD_Process_insert` AFTER INSERT ON `AD_Process` WHEN NEW.`CreatedBy` = 0 AND EXISTS (SELECT 1 FROM `atrium_actor`) BEGIN UPDATE `AD_Process` SET `CreatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_AD_Process_Para_update` AFTER UPDATE ON `AD_Process_Para` WHEN NEW.`UpdatedBy` IS OLD.`UpdatedBy` AND NEW.`Updated` IS OLD.`Updated` BEGIN UPDATE `AD_Process_Para` SET `Updated` = strftime('%Y-%m-%dT%H:%M:%fZ','now'), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), NEW.`UpdatedBy`) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_AD_Process_Para_insert` AFTER INSERT ON `AD_Process_Para` WHEN NEW.`CreatedBy` = 0 AND EXISTS (SELECT 1 FROM `atrium_actor`) BEGIN UPDATE `AD_Process_Para` SET `CreatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_AD_Process_Access_update` AFTER UPDATE ON `AD_Process_Access` WHEN NEW.`UpdatedBy` IS OLD.`UpdatedBy` AND NEW.`Updated` IS OLD.`Updated` BEGIN UPDATE `AD_Process_Access` SET `Updated` = strftime('%Y-%m-%dT%H:%M:%fZ','now'), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), NEW.`UpdatedBy`) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_AD_Process_Access_insert` AFTER INSERT ON `AD_Process_Access` WHEN NEW.`CreatedBy` = 0 AND EXISTS (SELECT 1 FROM `atrium_actor`) BEGIN UPDATE `AD_Process_Access` SET `CreatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_AD_PInstance_update` AFTER UPDATE ON `AD_PInstance` WHEN NEW.`UpdatedBy` IS OLD.`UpdatedBy` AND NEW.`Updated` IS OLD.`Updated` BEGIN UPDATE `AD_PInstance` SET `Updated` = strftime('%Y-%m-%dT%H:%M:%fZ','now'), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), NEW.`UpdatedBy`) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_AD_PInstance_insert` AFTER INSERT ON `AD_PInstance` WHEN NEW.`CreatedBy` = 0 AND EXISTS (SELECT 1 FROM `atrium_actor`) BEGIN UPDATE `AD_PInstance` SET `CreatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_AD_PInstance_Para_update` AFTER UPDATE ON `AD_PInstance_Para` WHEN NEW.`UpdatedBy` IS OLD.`UpdatedBy` AND NEW.`Updated` IS OLD.`Updated` BEGIN UPDATE `AD_PInstance_Para` SET `Updated` = strftime('%Y-%m-%dT%H:%M:%fZ','now'), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), NEW.`UpdatedBy`) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_AD_PInstance_Para_insert` AFTER INSERT ON `AD_PInstance_Para` WHEN NEW.`CreatedBy` = 0 AND EXISTS (SELECT 1 FROM `atrium_actor`) BEGIN UPDATE `AD_PInstance_Para` SET `CreatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_AD_PInstance_Log_update` AFTER UPDATE ON `AD_PInstance_Log` WHEN NEW.`UpdatedBy` IS OLD.`UpdatedBy` AND NEW.`Updated` IS OLD.`Updated` BEGIN UPDATE `AD_PInstance_Log` SET `Updated` = strftime('%Y-%m-%dT%H:%M:%fZ','now'), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), NEW.`UpdatedBy`) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_AD_PInstance_Log_insert` AFTER INSERT ON `AD_PInstance_Log` WHEN NEW.`CreatedBy` = 0 AND EXISTS (SELECT 1 FROM `atrium_actor`) BEGIN UPDATE `AD_PInstance_Log` SET `CreatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_AD_Schedule_update` AFTER UPDATE ON `AD_Schedule` WHEN NEW.`UpdatedBy` IS OLD.`UpdatedBy` AND NEW.`Updated` IS OLD.`Updated` BEGIN UPDATE `AD_Schedule` SET `Updated` = strftime('%Y-%m-%dT%H:%M:%fZ','now'), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), NEW.`UpdatedBy`) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_AD_Schedule_insert` AFTER INSERT ON `AD_Schedule` WHEN NEW.`CreatedBy` = 0 AND EXISTS (SELECT 1 FROM `atrium_actor`) BEGIN UPDATE `AD_Schedule` SET `CreatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_AD_Scheduler_update` AFTER UPDATE ON `AD_Scheduler` WHEN NEW.`UpdatedBy` IS OLD.`UpdatedBy` AND NEW.`Updated` IS OLD.`Updated` BEGIN UPDATE `AD_Scheduler` SET `Updated` = strftime('%Y-%m-%dT%H:%M:%fZ','now'), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), NEW.`UpdatedBy`) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_AD_Scheduler_insert` AFTER INSERT ON `AD_Scheduler` WHEN NEW.`CreatedBy` = 0 AND EXISTS (SELECT 1 FROM `atrium_actor`) BEGIN UPDATE `AD_Scheduler` SET `CreatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_AD_Scheduler_Para_update` AFTER UPDATE ON `AD_Scheduler_Para` WHEN NEW.`UpdatedBy` IS OLD.`UpdatedBy` AND NEW.`Updated` IS OLD.`Updated` BEGIN UPDATE `AD_Scheduler_Para` SET `Updated` = strftime('%Y-%m-%dT%H:%M:%fZ','now'), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), NEW.`UpdatedBy`) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_AD_Scheduler_Para_insert` AFTER INSERT ON `AD_Scheduler_Para` WHEN NEW.`CreatedBy` = 0 AND EXISTS (SELECT 1 FROM `atrium_actor`) BEGIN UPDATE `AD_Scheduler_Para` SET `CreatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_AD_SchedulerLog_update` AFTER UPDATE ON `AD_SchedulerLog` WHEN NEW.`UpdatedBy` IS OLD.`UpdatedBy` AND NEW.`Updated` IS OLD.`Updated` BEGIN UPDATE `AD_SchedulerLog` SET `Updated` = strftime('%Y-%m-%dT%H:%M:%fZ','now'), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), NEW.`UpdatedBy`) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_stamp_AD_SchedulerLog_insert` AFTER INSERT ON `AD_SchedulerLog` WHEN NEW.`CreatedBy` = 0 AND EXISTS (SELECT 1 FROM `atrium_actor`) BEGIN UPDATE `AD_SchedulerLog` SET `CreatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0), `UpdatedBy` = coalesce((SELECT `user_id` FROM `atrium_actor` WHERE `id` = 1), 0) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_role_client_AD_Process_Access_insert` AFTER INSERT ON `AD_Process_Access` WHEN NEW.`AD_Client_ID` IS NOT (SELECT r.`AD_Client_ID` FROM `AD_Role` r WHERE r.`AD_Role_ID` = NEW.`AD_Role_ID`) BEGIN UPDATE `AD_Process_Access` SET `AD_Client_ID` = (SELECT r.`AD_Client_ID` FROM `AD_Role` r WHERE r.`AD_Role_ID` = NEW.`AD_Role_ID`) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `atrium_role_client_AD_Process_Access_update` AFTER UPDATE OF `AD_Role_ID`, `AD_Client_ID` ON `AD_Process_Access` WHEN NEW.`AD_Client_ID` IS NOT (SELECT r.`AD_Client_ID` FROM `AD_Role` r WHERE r.`AD_Role_ID` = NEW.`AD_Role_ID`) BEGIN UPDATE `AD_Process_Access` SET `AD_Client_ID` = (SELECT r.`AD_Client_ID` FROM `AD_Role` r WHERE r.`AD_Role_ID` = NEW.`AD_Role_ID`) WHERE rowid = NEW.rowid; END;--> statement-breakpoint
INSERT OR IGNORE INTO `atrium_table_versions` (`name`, `version`) VALUES
  ('AD_Process', random()),
  ('AD_Process_Para', random()),
  ('AD_Process_Access', random()),
  ('AD_PInstance', random()),
  ('AD_PInstance_Para', random()),
  ('AD_PInstance_Log', random()),
  ('AD_Schedule', random()),
  ('AD_Scheduler', random()),
  ('AD_Scheduler_Para', random()),
  ('AD_SchedulerLog', random());--> statement-breakpoint
CREATE TRIGGER `atrium_version_AD_Process_insert` AFTER INSERT ON `AD_Process` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'AD_Process'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_AD_Process_update` AFTER UPDATE ON `AD_Process` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'AD_Process'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_AD_Process_delete` AFTER DELETE ON `AD_Process` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'AD_Process'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_AD_Process_Para_insert` AFTER INSERT ON `AD_Process_Para` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'AD_Process_Para'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_AD_Process_Para_update` AFTER UPDATE ON `AD_Process_Para` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'AD_Process_Para'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_AD_Process_Para_delete` AFTER DELETE ON `AD_Process_Para` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'AD_Process_Para'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_AD_Process_Access_insert` AFTER INSERT ON `AD_Process_Access` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'AD_Process_Access'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_AD_Process_Access_update` AFTER UPDATE ON `AD_Process_Access` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'AD_Process_Access'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_AD_Process_Access_delete` AFTER DELETE ON `AD_Process_Access` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'AD_Process_Access'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_AD_PInstance_insert` AFTER INSERT ON `AD_PInstance` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'AD_PInstance'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_AD_PInstance_update` AFTER UPDATE ON `AD_PInstance` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'AD_PInstance'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_AD_PInstance_delete` AFTER DELETE ON `AD_PInstance` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'AD_PInstance'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_AD_PInstance_Para_insert` AFTER INSERT ON `AD_PInstance_Para` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'AD_PInstance_Para'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_AD_PInstance_Para_update` AFTER UPDATE ON `AD_PInstance_Para` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'AD_PInstance_Para'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_AD_PInstance_Para_delete` AFTER DELETE ON `AD_PInstance_Para` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'AD_PInstance_Para'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_AD_PInstance_Log_insert` AFTER INSERT ON `AD_PInstance_Log` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'AD_PInstance_Log'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_AD_PInstance_Log_update` AFTER UPDATE ON `AD_PInstance_Log` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'AD_PInstance_Log'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_AD_PInstance_Log_delete` AFTER DELETE ON `AD_PInstance_Log` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'AD_PInstance_Log'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_AD_Schedule_insert` AFTER INSERT ON `AD_Schedule` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'AD_Schedule'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_AD_Schedule_update` AFTER UPDATE ON `AD_Schedule` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'AD_Schedule'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_AD_Schedule_delete` AFTER DELETE ON `AD_Schedule` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'AD_Schedule'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_AD_Scheduler_insert` AFTER INSERT ON `AD_Scheduler` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'AD_Scheduler'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_AD_Scheduler_update` AFTER UPDATE ON `AD_Scheduler` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'AD_Scheduler'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_AD_Scheduler_delete` AFTER DELETE ON `AD_Scheduler` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'AD_Scheduler'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_AD_Scheduler_Para_insert` AFTER INSERT ON `AD_Scheduler_Para` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'AD_Scheduler_Para'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_AD_Scheduler_Para_update` AFTER UPDATE ON `AD_Scheduler_Para` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'AD_Scheduler_Para'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_AD_Scheduler_Para_delete` AFTER DELETE ON `AD_Scheduler_Para` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'AD_Scheduler_Para'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_AD_SchedulerLog_insert` AFTER INSERT ON `AD_SchedulerLog` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'AD_SchedulerLog'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_AD_SchedulerLog_update` AFTER UPDATE ON `AD_SchedulerLog` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'AD_SchedulerLog'; END;--> statement-breakpoint
CREATE TRIGGER `atrium_version_AD_SchedulerLog_delete` AFTER DELETE ON `AD_SchedulerLog` BEGIN UPDATE `atrium_table_versions` SET `version` = random() WHERE `name` = 'AD_SchedulerLog'; END;--> statement-breakpoint
INSERT INTO `AD_Process` (`AD_Process_ID`, `Value`, `Name`, `Description`, `Help`, `AccessLevel`, `EntityType`, `IsReport`, `Classname`, `AD_Table_ID`) VALUES
 (104, 'C_Order Process', 'Process Order', 'Complete, prepare or void an order (its document action)', 'Runs the document action on the order given as record-id, through the approval workflow: PR sends it to approval, CO completes it, VO voids it.', '1', 'D', 0, 'atrium.erp.OrderDocAction', 259),
 (110, 'Rpt C_Order', 'Order Print', 'Print the order (PDF)', 'The order given as record-id, with its lines, the business partner''s address and totals, as a PDF.', '1', 'D', 1, 'atrium.erp.OrderPrint', 259),
 (116, 'Rpt C_Invoice', 'Invoice Print', 'Print the invoice (PDF)', 'The invoice given as record-id, with its lines, the business partner''s address and totals, as a PDF.', '1', 'D', 1, 'atrium.erp.InvoicePrint', 318),
 (119, 'C_Invoice_Generate', 'Generate Invoices', 'Generate invoices from completed sales orders', 'One invoice per completed sales order not invoiced yet (optionally of one business partner, or one order), with a line per order line.', '1', 'D', 0, 'atrium.erp.InvoiceGenerate', NULL),
 (200, 'RV_BPartnerOpen', 'Open Items', 'Open items of business partners', 'Completed invoices not paid yet, per business partner.', '3', 'D', 1, 'atrium.erp.BPartnerOpen', NULL),
 (201, 'RV_OrderDetail', 'Order Detail', 'Order lines with their orders, business partners and products', 'The order lines of the orders selected by business partner, date and status.', '3', 'D', 1, 'atrium.erp.OrderDetail', NULL),
 (202, 'AD_PInstance_Cleanup', 'Delete Old Process Instances', 'Delete process instances, their logs and outputs older than the days given', NULL, '6', 'D', 0, 'atrium.ops.InstanceCleanup', NULL);--> statement-breakpoint
INSERT INTO `AD_Process_Para` (`AD_Process_Para_ID`, `AD_Process_ID`, `Name`, `Description`, `SeqNo`, `ColumnName`, `AD_Reference_ID`, `AD_Reference_Value_ID`, `IsMandatory`, `IsRange`, `DefaultValue`, `FieldLength`, `EntityType`) VALUES
 (1040, 104, 'Document Action', 'The targeted status of the document', 10, 'DocAction', 17, 135, 1, 0, 'CO', 2, 'D'),
 (1190, 119, 'Date Invoiced', 'Date printed on the invoice', 10, 'DateInvoiced', 15, NULL, 0, 0, '@#Date@', 7, 'D'),
 (1191, 119, 'Business Partner', 'Only the orders of this business partner', 20, 'C_BPartner_ID', 30, 138, 0, 0, NULL, 10, 'D'),
 (1192, 119, 'Order', 'Only this order', 30, 'C_Order_ID', 30, NULL, 0, 0, NULL, 10, 'D'),
 (1193, 119, 'Document Action', 'CO completes the invoices, DR leaves them drafted', 40, 'DocAction', 17, 135, 1, 0, 'CO', 2, 'D'),
 (2000, 200, 'Business Partner', 'Only this business partner', 10, 'C_BPartner_ID', 30, 138, 0, 0, NULL, 10, 'D'),
 (2001, 200, 'Date Invoiced', 'Invoices dated within this range', 20, 'DateInvoiced', 15, NULL, 0, 1, NULL, 7, 'D'),
 (2010, 201, 'Business Partner', 'One or more business partners (ids separated by commas)', 10, 'C_BPartner_ID', 200163, 138, 0, 0, NULL, 10, 'D'),
 (2011, 201, 'Date Ordered', 'Orders dated within this range', 20, 'DateOrdered', 15, NULL, 0, 1, NULL, 7, 'D'),
 (2012, 201, 'Document Status', 'Only orders in this status', 30, 'DocStatus', 17, 131, 0, 0, NULL, 2, 'D'),
 (2013, 201, 'Product', 'Only lines of this product', 40, 'M_Product_ID', 30, NULL, 0, 0, NULL, 10, 'D'),
 (2020, 202, 'Days to keep', 'Instances newer than this many days are kept', 10, 'KeepLogDays', 11, NULL, 1, 0, '7', 10, 'D');--> statement-breakpoint
INSERT INTO `AD_Schedule` (`AD_Schedule_ID`, `Name`, `Description`, `ScheduleType`, `FrequencyType`, `Frequency`) VALUES
 (100, 'Every day', 'Once a day', 'F', 'D', 1),
 (101, 'Every hour', 'Once an hour', 'F', 'H', 1),
 (102, 'Every 15 minutes', 'On each tick of the Cron Trigger', 'F', 'M', 15);--> statement-breakpoint
DELETE FROM `sqlite_sequence` WHERE `name` IN ('AD_Process', 'AD_Process_Para', 'AD_Process_Access', 'AD_PInstance', 'AD_PInstance_Para', 'AD_PInstance_Log', 'AD_Schedule', 'AD_Scheduler', 'AD_Scheduler_Para', 'AD_SchedulerLog');--> statement-breakpoint
INSERT INTO `sqlite_sequence` (`name`, `seq`) VALUES
  ('AD_Process', 999999),
  ('AD_Process_Para', 999999),
  ('AD_Process_Access', 999999),
  ('AD_PInstance', 999999),
  ('AD_PInstance_Para', 999999),
  ('AD_PInstance_Log', 999999),
  ('AD_Schedule', 999999),
  ('AD_Scheduler', 999999),
  ('AD_Scheduler_Para', 999999),
  ('AD_SchedulerLog', 999999);
