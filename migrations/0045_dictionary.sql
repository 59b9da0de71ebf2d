CREATE TABLE `AD_Chart` (
	`AD_Chart_ID` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`AD_Client_ID` integer DEFAULT 0 NOT NULL,
	`AD_Org_ID` integer DEFAULT 0 NOT NULL,
	`IsActive` boolean DEFAULT 1 NOT NULL,
	`Created` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`CreatedBy` integer DEFAULT 0 NOT NULL,
	`Updated` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`UpdatedBy` integer DEFAULT 0 NOT NULL,
	`Name` text NOT NULL,
	`Description` text,
	`ChartType` text DEFAULT 'BC' NOT NULL,
	`ChartOrientation` text DEFAULT 'V' NOT NULL,
	`DomainLabel` text,
	`RangeLabel` text,
	`IsDisplayLegend` boolean DEFAULT 1 NOT NULL,
	`IsTimeSeries` boolean DEFAULT 0 NOT NULL,
	`TimeUnit` text DEFAULT 'M' NOT NULL,
	`TimeScope` integer DEFAULT 0 NOT NULL,
	`WinHeight` integer,
	`EntityType` text DEFAULT 'D' NOT NULL,
	`AD_Chart_UU` text DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ad_chart_uu` ON `AD_Chart` (`AD_Chart_UU`);--> statement-breakpoint
CREATE TABLE `AD_ChartDatasource` (
	`AD_ChartDatasource_ID` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`AD_Client_ID` integer DEFAULT 0 NOT NULL,
	`AD_Org_ID` integer DEFAULT 0 NOT NULL,
	`IsActive` boolean DEFAULT 1 NOT NULL,
	`Created` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`CreatedBy` integer DEFAULT 0 NOT NULL,
	`Updated` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`UpdatedBy` integer DEFAULT 0 NOT NULL,
	`AD_Chart_ID` integer NOT NULL,
	`Name` text NOT NULL,
	`AD_Table_ID` integer NOT NULL,
	`FromClause` text,
	`WhereClause` text,
	`CategoryColumn` text,
	`DateColumn` text,
	`ValueColumn` text NOT NULL,
	`SeriesColumn` text,
	`KeyColumn` text,
	`TimeOffset` integer DEFAULT 0 NOT NULL,
	`EntityType` text DEFAULT 'D' NOT NULL,
	`AD_ChartDatasource_UU` text DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) NOT NULL,
	FOREIGN KEY (`AD_Chart_ID`) REFERENCES `AD_Chart`(`AD_Chart_ID`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ad_chartdatasource_uu` ON `AD_ChartDatasource` (`AD_ChartDatasource_UU`);--> statement-breakpoint
CREATE INDEX `ad_chartdatasource_chart` ON `AD_ChartDatasource` (`AD_Chart_ID`);--> statement-breakpoint
CREATE TABLE `AD_Message` (
	`AD_Message_ID` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`AD_Client_ID` integer DEFAULT 0 NOT NULL,
	`AD_Org_ID` integer DEFAULT 0 NOT NULL,
	`IsActive` boolean DEFAULT 1 NOT NULL,
	`Created` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`CreatedBy` integer DEFAULT 0 NOT NULL,
	`Updated` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`UpdatedBy` integer DEFAULT 0 NOT NULL,
	`Value` text NOT NULL,
	`MsgText` text NOT NULL,
	`MsgTip` text,
	`MsgType` text DEFAULT 'I' NOT NULL,
	`EntityType` text DEFAULT 'D' NOT NULL,
	`AD_Message_UU` text DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ad_message_uu` ON `AD_Message` (`AD_Message_UU`);--> statement-breakpoint
CREATE UNIQUE INDEX `ad_message_value` ON `AD_Message` (`AD_Client_ID`,`Value`);--> statement-breakpoint
CREATE TABLE `AD_StatusLine` (
	`AD_StatusLine_ID` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`AD_Client_ID` integer DEFAULT 0 NOT NULL,
	`AD_Org_ID` integer DEFAULT 0 NOT NULL,
	`IsActive` boolean DEFAULT 1 NOT NULL,
	`Created` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`CreatedBy` integer DEFAULT 0 NOT NULL,
	`Updated` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`UpdatedBy` integer DEFAULT 0 NOT NULL,
	`Name` text NOT NULL,
	`AD_Message_ID` integer NOT NULL,
	`SQLStatement` text NOT NULL,
	`EntityType` text DEFAULT 'D' NOT NULL,
	`AD_StatusLine_UU` text DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) NOT NULL,
	FOREIGN KEY (`AD_Message_ID`) REFERENCES `AD_Message`(`AD_Message_ID`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ad_statusline_uu` ON `AD_StatusLine` (`AD_StatusLine_UU`);--> statement-breakpoint
CREATE TABLE `REST_View` (
	`REST_View_ID` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`AD_Client_ID` integer DEFAULT 0 NOT NULL,
	`AD_Org_ID` integer DEFAULT 0 NOT NULL,
	`IsActive` boolean DEFAULT 1 NOT NULL,
	`Created` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`CreatedBy` integer DEFAULT 0 NOT NULL,
	`Updated` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`UpdatedBy` integer DEFAULT 0 NOT NULL,
	`Name` text NOT NULL,
	`Description` text,
	`AD_Table_ID` integer NOT NULL,
	`WhereClause` text,
	`EntityType` text DEFAULT 'U' NOT NULL,
	`REST_View_UU` text DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `rest_view_uu` ON `REST_View` (`REST_View_UU`);--> statement-breakpoint
CREATE UNIQUE INDEX `rest_view_name` ON `REST_View` (`AD_Client_ID`,`Name`);--> statement-breakpoint
CREATE TABLE `REST_ViewColumn` (
	`REST_ViewColumn_ID` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`AD_Client_ID` integer DEFAULT 0 NOT NULL,
	`AD_Org_ID` integer DEFAULT 0 NOT NULL,
	`IsActive` boolean DEFAULT 1 NOT NULL,
	`Created` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`CreatedBy` integer DEFAULT 0 NOT NULL,
	`Updated` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`UpdatedBy` integer DEFAULT 0 NOT NULL,
	`REST_View_ID` integer NOT NULL,
	`ColumnName` text NOT NULL,
	`Name` text NOT NULL,
	`SeqNo` integer DEFAULT 0 NOT NULL,
	`REST_ReferenceView_ID` integer,
	`EntityType` text DEFAULT 'U' NOT NULL,
	`REST_ViewColumn_UU` text DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) NOT NULL,
	FOREIGN KEY (`REST_View_ID`) REFERENCES `REST_View`(`REST_View_ID`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`REST_ReferenceView_ID`) REFERENCES `REST_View`(`REST_View_ID`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `rest_viewcolumn_uu` ON `REST_ViewColumn` (`REST_ViewColumn_UU`);--> statement-breakpoint
CREATE UNIQUE INDEX `rest_viewcolumn_name` ON `REST_ViewColumn` (`REST_View_ID`,`Name`);--> statement-breakpoint
CREATE TABLE `REST_ViewRelated` (
	`REST_ViewRelated_ID` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`AD_Client_ID` integer DEFAULT 0 NOT NULL,
	`AD_Org_ID` integer DEFAULT 0 NOT NULL,
	`IsActive` boolean DEFAULT 1 NOT NULL,
	`Created` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`CreatedBy` integer DEFAULT 0 NOT NULL,
	`Updated` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`UpdatedBy` integer DEFAULT 0 NOT NULL,
	`REST_View_ID` integer NOT NULL,
	`REST_RelatedRestView_ID` integer NOT NULL,
	`Name` text NOT NULL,
	`SeqNo` integer DEFAULT 10 NOT NULL,
	`IsRestAutoExpand` boolean DEFAULT 0 NOT NULL,
	`EntityType` text DEFAULT 'U' NOT NULL,
	`REST_ViewRelated_UU` text DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) NOT NULL,
	FOREIGN KEY (`REST_View_ID`) REFERENCES `REST_View`(`REST_View_ID`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`REST_RelatedRestView_ID`) REFERENCES `REST_View`(`REST_View_ID`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `rest_viewrelated_uu` ON `REST_ViewRelated` (`REST_ViewRelated_UU`);--> statement-breakpoint
CREATE INDEX `rest_viewrelated_view` ON `REST_ViewRelated` (`REST_View_ID`);--> statement-breakpoint
CREATE TABLE `AD_Field` (
	`AD_Field_ID` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`AD_Client_ID` integer DEFAULT 0 NOT NULL,
	`AD_Org_ID` integer DEFAULT 0 NOT NULL,
	`IsActive` boolean DEFAULT 1 NOT NULL,
	`Created` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`CreatedBy` integer DEFAULT 0 NOT NULL,
	`Updated` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`UpdatedBy` integer DEFAULT 0 NOT NULL,
	`AD_Tab_ID` integer NOT NULL,
	`Name` text NOT NULL,
	`Description` text,
	`Help` text,
	`ColumnName` text NOT NULL,
	`SeqNo` integer DEFAULT 0 NOT NULL,
	`IsDisplayed` boolean DEFAULT 1 NOT NULL,
	`IsReadOnly` boolean DEFAULT 0 NOT NULL,
	`IsMandatory` boolean DEFAULT 0 NOT NULL,
	`AD_Reference_ID` integer,
	`AD_Reference_Value_ID` integer,
	`DisplayLogic` text,
	`MandatoryLogic` text,
	`DefaultValue` text,
	`EntityType` text DEFAULT 'D' NOT NULL,
	`AD_Field_UU` text DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) NOT NULL,
	FOREIGN KEY (`AD_Tab_ID`) REFERENCES `AD_Tab`(`AD_Tab_ID`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`AD_Reference_ID`) REFERENCES `AD_Reference`(`AD_Reference_ID`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`AD_Reference_Value_ID`) REFERENCES `AD_Reference`(`AD_Reference_ID`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ad_field_uu` ON `AD_Field` (`AD_Field_UU`);--> statement-breakpoint
CREATE UNIQUE INDEX `ad_field_column` ON `AD_Field` (`AD_Tab_ID`,`ColumnName`);--> statement-breakpoint
CREATE TABLE `AD_InfoColumn` (
	`AD_InfoColumn_ID` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`AD_Client_ID` integer DEFAULT 0 NOT NULL,
	`AD_Org_ID` integer DEFAULT 0 NOT NULL,
	`IsActive` boolean DEFAULT 1 NOT NULL,
	`Created` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`CreatedBy` integer DEFAULT 0 NOT NULL,
	`Updated` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`UpdatedBy` integer DEFAULT 0 NOT NULL,
	`AD_InfoWindow_ID` integer NOT NULL,
	`Name` text NOT NULL,
	`Description` text,
	`Help` text,
	`ColumnName` text NOT NULL,
	`SelectClause` text NOT NULL,
	`SeqNo` integer DEFAULT 0 NOT NULL,
	`SeqNoSelection` integer,
	`AD_Reference_ID` integer,
	`AD_Reference_Value_ID` integer,
	`AD_Val_Rule_ID` integer,
	`IsKey` boolean DEFAULT 0 NOT NULL,
	`IsDisplayed` boolean DEFAULT 1 NOT NULL,
	`IsQueryCriteria` boolean DEFAULT 0 NOT NULL,
	`QueryOperator` text,
	`QueryFunction` text,
	`IsMandatory` boolean DEFAULT 0 NOT NULL,
	`IsRange` boolean DEFAULT 0 NOT NULL,
	`IsReadOnly` boolean DEFAULT 1 NOT NULL,
	`IsIdentifier` boolean DEFAULT 0 NOT NULL,
	`DefaultValue` text,
	`Placeholder` text,
	`DisplayLogic` text,
	`EntityType` text DEFAULT 'D' NOT NULL,
	`AD_InfoColumn_UU` text DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) NOT NULL,
	FOREIGN KEY (`AD_InfoWindow_ID`) REFERENCES `AD_InfoWindow`(`AD_InfoWindow_ID`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`AD_Reference_ID`) REFERENCES `AD_Reference`(`AD_Reference_ID`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`AD_Reference_Value_ID`) REFERENCES `AD_Reference`(`AD_Reference_ID`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ad_infocolumn_uu` ON `AD_InfoColumn` (`AD_InfoColumn_UU`);--> statement-breakpoint
CREATE UNIQUE INDEX `ad_infocolumn_column` ON `AD_InfoColumn` (`AD_InfoWindow_ID`,`ColumnName`);--> statement-breakpoint
CREATE TABLE `AD_InfoProcess` (
	`AD_InfoProcess_ID` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`AD_Client_ID` integer DEFAULT 0 NOT NULL,
	`AD_Org_ID` integer DEFAULT 0 NOT NULL,
	`IsActive` boolean DEFAULT 1 NOT NULL,
	`Created` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`CreatedBy` integer DEFAULT 0 NOT NULL,
	`Updated` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`UpdatedBy` integer DEFAULT 0 NOT NULL,
	`AD_InfoWindow_ID` integer NOT NULL,
	`AD_Process_ID` integer NOT NULL,
	`AD_InfoColumn_ID` integer,
	`SeqNo` integer DEFAULT 10 NOT NULL,
	`LayoutType` text DEFAULT 'B' NOT NULL,
	`DisplayLogic` text,
	`ImageURL` text,
	`EntityType` text DEFAULT 'D' NOT NULL,
	`AD_InfoProcess_UU` text DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) NOT NULL,
	FOREIGN KEY (`AD_InfoWindow_ID`) REFERENCES `AD_InfoWindow`(`AD_InfoWindow_ID`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`AD_InfoColumn_ID`) REFERENCES `AD_InfoColumn`(`AD_InfoColumn_ID`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ad_infoprocess_uu` ON `AD_InfoProcess` (`AD_InfoProcess_UU`);--> statement-breakpoint
CREATE INDEX `ad_infoprocess_window` ON `AD_InfoProcess` (`AD_InfoWindow_ID`);--> statement-breakpoint
CREATE TABLE `AD_InfoRelated` (
	`AD_InfoRelated_ID` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`AD_Client_ID` integer DEFAULT 0 NOT NULL,
	`AD_Org_ID` integer DEFAULT 0 NOT NULL,
	`IsActive` boolean DEFAULT 1 NOT NULL,
	`Created` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`CreatedBy` integer DEFAULT 0 NOT NULL,
	`Updated` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`UpdatedBy` integer DEFAULT 0 NOT NULL,
	`AD_InfoWindow_ID` integer NOT NULL,
	`RelatedInfo_ID` integer NOT NULL,
	`Name` text NOT NULL,
	`Description` text,
	`Help` text,
	`SeqNo` integer DEFAULT 10 NOT NULL,
	`ParentRelatedColumn_ID` integer,
	`RelatedColumn_ID` integer,
	`DisplayLogic` text,
	`EntityType` text DEFAULT 'D' NOT NULL,
	`AD_InfoRelated_UU` text DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) NOT NULL,
	FOREIGN KEY (`AD_InfoWindow_ID`) REFERENCES `AD_InfoWindow`(`AD_InfoWindow_ID`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`RelatedInfo_ID`) REFERENCES `AD_InfoWindow`(`AD_InfoWindow_ID`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`ParentRelatedColumn_ID`) REFERENCES `AD_InfoColumn`(`AD_InfoColumn_ID`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`RelatedColumn_ID`) REFERENCES `AD_InfoColumn`(`AD_InfoColumn_ID`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ad_inforelated_uu` ON `AD_InfoRelated` (`AD_InfoRelated_UU`);--> statement-breakpoint
CREATE INDEX `ad_inforelated_window` ON `AD_InfoRelated` (`AD_InfoWindow_ID`);--> statement-breakpoint
CREATE TABLE `AD_InfoWindow` (
	`AD_InfoWindow_ID` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`AD_Client_ID` integer DEFAULT 0 NOT NULL,
	`AD_Org_ID` integer DEFAULT 0 NOT NULL,
	`IsActive` boolean DEFAULT 1 NOT NULL,
	`Created` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`CreatedBy` integer DEFAULT 0 NOT NULL,
	`Updated` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`UpdatedBy` integer DEFAULT 0 NOT NULL,
	`Name` text NOT NULL,
	`Description` text,
	`Help` text,
	`AD_Table_ID` integer NOT NULL,
	`FromClause` text,
	`WhereClause` text,
	`OrderByClause` text,
	`IsDistinct` boolean DEFAULT 0 NOT NULL,
	`IsDefault` boolean DEFAULT 0 NOT NULL,
	`IsShowInDashboard` boolean DEFAULT 0 NOT NULL,
	`IsValid` boolean DEFAULT 1 NOT NULL,
	`PagingSize` integer,
	`MaxQueryRecords` integer,
	`SeqNo` integer DEFAULT 10 NOT NULL,
	`ImageURL` text,
	`AD_Window_ID` integer,
	`PO_Window_ID` integer,
	`EntityType` text DEFAULT 'D' NOT NULL,
	`AD_InfoWindow_UU` text DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) NOT NULL,
	FOREIGN KEY (`AD_Window_ID`) REFERENCES `AD_Window`(`AD_Window_ID`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`PO_Window_ID`) REFERENCES `AD_Window`(`AD_Window_ID`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ad_infowindow_uu` ON `AD_InfoWindow` (`AD_InfoWindow_UU`);--> statement-breakpoint
CREATE TABLE `AD_InfoWindow_Access` (
	`AD_InfoWindow_Access_ID` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`AD_Client_ID` integer DEFAULT 0 NOT NULL,
	`AD_Org_ID` integer DEFAULT 0 NOT NULL,
	`IsActive` boolean DEFAULT 1 NOT NULL,
	`Created` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`CreatedBy` integer DEFAULT 0 NOT NULL,
	`Updated` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`UpdatedBy` integer DEFAULT 0 NOT NULL,
	`AD_Role_ID` integer NOT NULL,
	`AD_InfoWindow_ID` integer NOT NULL,
	`AD_InfoWindow_Access_UU` text DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) NOT NULL,
	FOREIGN KEY (`AD_Role_ID`) REFERENCES `AD_Role`(`AD_Role_ID`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`AD_InfoWindow_ID`) REFERENCES `AD_InfoWindow`(`AD_InfoWindow_ID`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ad_infowindow_access_uu` ON `AD_InfoWindow_Access` (`AD_InfoWindow_Access_UU`);--> statement-breakpoint
CREATE UNIQUE INDEX `ad_infowindow_access_role` ON `AD_InfoWindow_Access` (`AD_Role_ID`,`AD_InfoWindow_ID`);--> statement-breakpoint
CREATE TABLE `AD_Menu` (
	`AD_Menu_ID` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`AD_Client_ID` integer DEFAULT 0 NOT NULL,
	`AD_Org_ID` integer DEFAULT 0 NOT NULL,
	`IsActive` boolean DEFAULT 1 NOT NULL,
	`Created` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`CreatedBy` integer DEFAULT 0 NOT NULL,
	`Updated` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`UpdatedBy` integer DEFAULT 0 NOT NULL,
	`Name` text NOT NULL,
	`Description` text,
	`Action` text,
	`IsSummary` boolean DEFAULT 0 NOT NULL,
	`IsSOTrx` boolean DEFAULT 0 NOT NULL,
	`IsReadOnly` boolean DEFAULT 0 NOT NULL,
	`AD_Window_ID` integer,
	`AD_InfoWindow_ID` integer,
	`AD_Form_ID` integer,
	`AD_Process_ID` integer,
	`AD_Workflow_ID` integer,
	`AD_Task_ID` integer,
	`PredefinedContextVariables` text,
	`EntityType` text DEFAULT 'D' NOT NULL,
	`AD_Menu_UU` text DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) NOT NULL,
	FOREIGN KEY (`AD_Window_ID`) REFERENCES `AD_Window`(`AD_Window_ID`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`AD_InfoWindow_ID`) REFERENCES `AD_InfoWindow`(`AD_InfoWindow_ID`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`AD_Form_ID`) REFERENCES `AD_Form`(`AD_Form_ID`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ad_menu_uu` ON `AD_Menu` (`AD_Menu_UU`);--> statement-breakpoint
CREATE TABLE `AD_Ref_List` (
	`AD_Ref_List_ID` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`AD_Client_ID` integer DEFAULT 0 NOT NULL,
	`AD_Org_ID` integer DEFAULT 0 NOT NULL,
	`IsActive` boolean DEFAULT 1 NOT NULL,
	`Created` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`CreatedBy` integer DEFAULT 0 NOT NULL,
	`Updated` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`UpdatedBy` integer DEFAULT 0 NOT NULL,
	`AD_Reference_ID` integer NOT NULL,
	`Value` text NOT NULL,
	`Name` text NOT NULL,
	`Description` text,
	`EntityType` text DEFAULT 'D' NOT NULL,
	`AD_Ref_List_UU` text DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) NOT NULL,
	FOREIGN KEY (`AD_Reference_ID`) REFERENCES `AD_Reference`(`AD_Reference_ID`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ad_ref_list_uu` ON `AD_Ref_List` (`AD_Ref_List_UU`);--> statement-breakpoint
CREATE UNIQUE INDEX `ad_ref_list_value` ON `AD_Ref_List` (`AD_Reference_ID`,`Value`);--> statement-breakpoint
CREATE TABLE `AD_Ref_Table` (
	`AD_Ref_Table_ID` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`AD_Client_ID` integer DEFAULT 0 NOT NULL,
	`AD_Org_ID` integer DEFAULT 0 NOT NULL,
	`IsActive` boolean DEFAULT 1 NOT NULL,
	`Created` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`CreatedBy` integer DEFAULT 0 NOT NULL,
	`Updated` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`UpdatedBy` integer DEFAULT 0 NOT NULL,
	`AD_Reference_ID` integer NOT NULL,
	`AD_Table_ID` integer NOT NULL,
	`KeyColumn` text NOT NULL,
	`DisplayColumn` text NOT NULL,
	`WhereClause` text,
	`OrderByClause` text,
	`IsValueDisplayed` boolean DEFAULT 0 NOT NULL,
	`EntityType` text DEFAULT 'D' NOT NULL,
	`AD_Ref_Table_UU` text DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) NOT NULL,
	FOREIGN KEY (`AD_Reference_ID`) REFERENCES `AD_Reference`(`AD_Reference_ID`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ad_ref_table_uu` ON `AD_Ref_Table` (`AD_Ref_Table_UU`);--> statement-breakpoint
CREATE UNIQUE INDEX `ad_ref_table_reference` ON `AD_Ref_Table` (`AD_Reference_ID`);--> statement-breakpoint
CREATE TABLE `AD_Reference` (
	`AD_Reference_ID` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`AD_Client_ID` integer DEFAULT 0 NOT NULL,
	`AD_Org_ID` integer DEFAULT 0 NOT NULL,
	`IsActive` boolean DEFAULT 1 NOT NULL,
	`Created` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`CreatedBy` integer DEFAULT 0 NOT NULL,
	`Updated` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`UpdatedBy` integer DEFAULT 0 NOT NULL,
	`Name` text NOT NULL,
	`Description` text,
	`Help` text,
	`ValidationType` text DEFAULT 'D' NOT NULL,
	`VFormat` text,
	`IsOrderByValue` boolean DEFAULT 0 NOT NULL,
	`EntityType` text DEFAULT 'D' NOT NULL,
	`AD_Reference_UU` text DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ad_reference_uu` ON `AD_Reference` (`AD_Reference_UU`);--> statement-breakpoint
CREATE INDEX `ad_reference_name` ON `AD_Reference` (`Name`);--> statement-breakpoint
CREATE TABLE `AD_Tab` (
	`AD_Tab_ID` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`AD_Client_ID` integer DEFAULT 0 NOT NULL,
	`AD_Org_ID` integer DEFAULT 0 NOT NULL,
	`IsActive` boolean DEFAULT 1 NOT NULL,
	`Created` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`CreatedBy` integer DEFAULT 0 NOT NULL,
	`Updated` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`UpdatedBy` integer DEFAULT 0 NOT NULL,
	`AD_Window_ID` integer NOT NULL,
	`Name` text NOT NULL,
	`Description` text,
	`Help` text,
	`AD_Table_ID` integer NOT NULL,
	`SeqNo` integer DEFAULT 10 NOT NULL,
	`TabLevel` integer DEFAULT 0 NOT NULL,
	`IsReadOnly` boolean DEFAULT 0 NOT NULL,
	`IsInsertRecord` boolean DEFAULT 1 NOT NULL,
	`IsDeleteable` boolean DEFAULT 1 NOT NULL,
	`IsSingleRow` boolean DEFAULT 0 NOT NULL,
	`LinkColumn` text,
	`WhereClause` text,
	`OrderByClause` text,
	`EntityType` text DEFAULT 'D' NOT NULL,
	`AD_Tab_UU` text DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) NOT NULL,
	FOREIGN KEY (`AD_Window_ID`) REFERENCES `AD_Window`(`AD_Window_ID`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ad_tab_uu` ON `AD_Tab` (`AD_Tab_UU`);--> statement-breakpoint
CREATE INDEX `ad_tab_window` ON `AD_Tab` (`AD_Window_ID`,`SeqNo`);--> statement-breakpoint
CREATE TABLE `AD_Tree` (
	`AD_Tree_ID` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`AD_Client_ID` integer DEFAULT 0 NOT NULL,
	`AD_Org_ID` integer DEFAULT 0 NOT NULL,
	`IsActive` boolean DEFAULT 1 NOT NULL,
	`Created` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`CreatedBy` integer DEFAULT 0 NOT NULL,
	`Updated` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`UpdatedBy` integer DEFAULT 0 NOT NULL,
	`Name` text NOT NULL,
	`Description` text,
	`TreeType` text DEFAULT 'MM' NOT NULL,
	`IsAllNodes` boolean DEFAULT 1 NOT NULL,
	`IsDefault` boolean DEFAULT 0 NOT NULL,
	`AD_Tree_UU` text DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ad_tree_uu` ON `AD_Tree` (`AD_Tree_UU`);--> statement-breakpoint
CREATE TABLE `AD_TreeNodeMM` (
	`AD_TreeNodeMM_ID` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`AD_Client_ID` integer DEFAULT 0 NOT NULL,
	`AD_Org_ID` integer DEFAULT 0 NOT NULL,
	`IsActive` boolean DEFAULT 1 NOT NULL,
	`Created` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`CreatedBy` integer DEFAULT 0 NOT NULL,
	`Updated` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`UpdatedBy` integer DEFAULT 0 NOT NULL,
	`AD_Tree_ID` integer NOT NULL,
	`Node_ID` integer NOT NULL,
	`Parent_ID` integer DEFAULT 0 NOT NULL,
	`SeqNo` integer DEFAULT 0 NOT NULL,
	`AD_TreeNodeMM_UU` text DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) NOT NULL,
	FOREIGN KEY (`AD_Tree_ID`) REFERENCES `AD_Tree`(`AD_Tree_ID`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`Node_ID`) REFERENCES `AD_Menu`(`AD_Menu_ID`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ad_treenodemm_uu` ON `AD_TreeNodeMM` (`AD_TreeNodeMM_UU`);--> statement-breakpoint
CREATE UNIQUE INDEX `ad_treenodemm_node` ON `AD_TreeNodeMM` (`AD_Tree_ID`,`Node_ID`);--> statement-breakpoint
CREATE INDEX `ad_treenodemm_parent` ON `AD_TreeNodeMM` (`Parent_ID`);--> statement-breakpoint
CREATE TABLE `AD_Window` (
	`AD_Window_ID` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`AD_Client_ID` integer DEFAULT 0 NOT NULL,
	`AD_Org_ID` integer DEFAULT 0 NOT NULL,
	`IsActive` boolean DEFAULT 1 NOT NULL,
	`Created` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`CreatedBy` integer DEFAULT 0 NOT NULL,
	`Updated` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`UpdatedBy` integer DEFAULT 0 NOT NULL,
	`Name` text NOT NULL,
	`Description` text,
	`Help` text,
	`WindowType` text DEFAULT 'M' NOT NULL,
	`IsSOTrx` boolean DEFAULT 1 NOT NULL,
	`EntityType` text DEFAULT 'D' NOT NULL,
	`AD_Window_UU` text DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ad_window_uu` ON `AD_Window` (`AD_Window_UU`);--> statement-breakpoint
CREATE TABLE `AD_Window_Access` (
	`AD_Window_Access_ID` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`AD_Client_ID` integer DEFAULT 0 NOT NULL,
	`AD_Org_ID` integer DEFAULT 0 NOT NULL,
	`IsActive` boolean DEFAULT 1 NOT NULL,
	`Created` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`CreatedBy` integer DEFAULT 0 NOT NULL,
	`Updated` timestamp DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`UpdatedBy` integer DEFAULT 0 NOT NULL,
	`AD_Role_ID` integer NOT NULL,
	`AD_Window_ID` integer NOT NULL,
	`IsReadWrite` boolean DEFAULT 1 NOT NULL,
	`AD_Window_Access_UU` text DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) NOT NULL,
	FOREIGN KEY (`AD_Role_ID`) REFERENCES `AD_Role`(`AD_Role_ID`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`AD_Window_ID`) REFERENCES `AD_Window`(`AD_Window_ID`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ad_window_access_uu` ON `AD_Window_Access` (`AD_Window_Access_UU`);--> statement-breakpoint
CREATE UNIQUE INDEX `ad_window_access_role` ON `AD_Window_Access` (`AD_Role_ID`,`AD_Window_ID`);--> statement-breakpoint
CREATE VIEW `AD_User_Roles` AS SELECT u.`id` * 10000000 + r.`AD_Role_ID` AS `AD_User_Roles_ID`, r.`AD_Client_ID` AS `AD_Client_ID`,
  0 AS `AD_Org_ID`, CASE WHEN u.`enabled` = 1 AND r.`IsActive` = 1 THEN 1 ELSE 0 END AS `IsActive`,
  r.`Created` AS `Created`, r.`CreatedBy` AS `CreatedBy`, r.`Updated` AS `Updated`, r.`UpdatedBy` AS `UpdatedBy`,
  u.`id` AS `AD_User_ID`, r.`AD_Role_ID` AS `AD_Role_ID`
FROM `users` u JOIN `AD_Role` r ON (
  EXISTS (SELECT 1 FROM `user_groups` ug JOIN `groups` g ON g.`id` = ug.`group_id`
    WHERE ug.`user_id` = u.`id` AND lower(g.`name`) = lower(r.`Group_Name`))
  OR (r.`AD_Client_ID` <> 0 AND EXISTS (SELECT 1 FROM `user_groups` ug WHERE ug.`user_id` = u.`id` AND ug.`group_id` = 1)));--> statement-breakpoint
CREATE VIEW `RV_C_Order` AS SELECT o.`C_Order_ID` AS `RV_C_Order_ID`, o.`AD_Client_ID` AS `AD_Client_ID`, o.`AD_Org_ID` AS `AD_Org_ID`,
  o.`IsActive` AS `IsActive`, o.`Created` AS `Created`, o.`CreatedBy` AS `CreatedBy`, o.`Updated` AS `Updated`,
  o.`UpdatedBy` AS `UpdatedBy`, o.`DocumentNo` AS `DocumentNo`, o.`IsSOTrx` AS `IsSOTrx`, o.`DocStatus` AS `DocStatus`,
  o.`DateOrdered` AS `DateOrdered`, CAST(strftime('%Y', o.`DateOrdered`) AS integer) AS `OrderYear`,
  strftime('%Y-%m', o.`DateOrdered`) AS `OrderMonth`, o.`C_BPartner_ID` AS `C_BPartner_ID`,
  o.`SalesRep_ID` AS `SalesRep_ID`, o.`TotalLines` AS `TotalLines`, o.`GrandTotal` AS `GrandTotal`,
  o.`C_Order_UU` AS `RV_C_Order_UU`
FROM `C_Order` o;