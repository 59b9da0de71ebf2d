-- Ribbon2 on the core rights (issue 13): every messaging write needs the core right for its verb as well
-- as the directory rule. In Ribbon2 the directory rules are the real gate, so the base group `user` (2)
-- gets the messaging write rights and writes where the rules allow; it already holds message.view/add and
-- directory.view. The read-only demo user stays read-only through its read-only flag.
INSERT OR IGNORE INTO `group_rights` (`group_id`, `right_name`) VALUES (2, 'base.framework.message.edit');--> statement-breakpoint
INSERT OR IGNORE INTO `group_rights` (`group_id`, `right_name`) VALUES (2, 'base.framework.message.delete');--> statement-breakpoint
INSERT OR IGNORE INTO `group_rights` (`group_id`, `right_name`) VALUES (2, 'base.framework.directory.add');--> statement-breakpoint
INSERT OR IGNORE INTO `group_rights` (`group_id`, `right_name`) VALUES (2, 'base.framework.directory.edit');--> statement-breakpoint
INSERT OR IGNORE INTO `group_rights` (`group_id`, `right_name`) VALUES (2, 'base.framework.directory.delete');--> statement-breakpoint
INSERT OR IGNORE INTO `group_rights` (`group_id`, `right_name`) VALUES (2, 'base.framework.directory.access');
