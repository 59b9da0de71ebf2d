DROP TABLE IF EXISTS `atrium_refresh_tokens`;--> statement-breakpoint
DROP TABLE IF EXISTS `wf_history`;--> statement-breakpoint
DROP TABLE IF EXISTS `wf_activity`;--> statement-breakpoint
DROP VIEW IF EXISTS `AD_User`;--> statement-breakpoint
DROP TABLE IF EXISTS `C_OrderLine`;--> statement-breakpoint
DROP TABLE IF EXISTS `C_Order`;--> statement-breakpoint
DROP TABLE IF EXISTS `M_Product`;--> statement-breakpoint
DROP TABLE IF EXISTS `C_BPartner`;--> statement-breakpoint
DROP TABLE IF EXISTS `C_BP_Group`;--> statement-breakpoint
DROP TABLE IF EXISTS `AD_Form`;--> statement-breakpoint
DROP TABLE IF EXISTS `AD_Val_Rule`;--> statement-breakpoint
DROP TABLE IF EXISTS `AD_Table_Access`;--> statement-breakpoint
DROP TABLE IF EXISTS `M_Warehouse`;--> statement-breakpoint
DROP TABLE IF EXISTS `AD_Org`;--> statement-breakpoint
DROP TABLE IF EXISTS `AD_Role`;--> statement-breakpoint
DROP TABLE IF EXISTS `AD_Client`;
