-- Base data every pool needs: the rights catalogue and the two base groups (public ids 1 and 2).
-- INSERT OR IGNORE keeps it idempotent if re-applied by hand.
INSERT OR IGNORE INTO `rights` (`name`, `level`, `label`, `description`) VALUES ('base.*', 0, 'base.*', 'Base application right');--> statement-breakpoint
INSERT OR IGNORE INTO `rights` (`name`, `level`, `label`, `description`) VALUES ('base.system.*', 100, 'base.system.*', 'Manage the system');--> statement-breakpoint
INSERT OR IGNORE INTO `rights` (`name`, `level`, `label`, `description`) VALUES ('base.system.view', 30, 'base.system.view', 'View system information');--> statement-breakpoint
INSERT OR IGNORE INTO `rights` (`name`, `level`, `label`, `description`) VALUES ('base.system.edit', 100, 'base.system.edit', 'Edit system configuration');--> statement-breakpoint
INSERT OR IGNORE INTO `rights` (`name`, `level`, `label`, `description`) VALUES ('base.system.reload', 50, 'base.system.reload', 'Reload system components');--> statement-breakpoint
INSERT OR IGNORE INTO `rights` (`name`, `level`, `label`, `description`) VALUES ('base.framework.*', 80, 'base.framework.*', 'Manage the framework');--> statement-breakpoint
INSERT OR IGNORE INTO `rights` (`name`, `level`, `label`, `description`) VALUES ('base.framework.object.*', 50, 'base.framework.object.*', 'Manage objects');--> statement-breakpoint
INSERT OR IGNORE INTO `rights` (`name`, `level`, `label`, `description`) VALUES ('base.framework.object.view', 10, 'base.framework.object.view', 'View objects');--> statement-breakpoint
INSERT OR IGNORE INTO `rights` (`name`, `level`, `label`, `description`) VALUES ('base.framework.object.add', 10, 'base.framework.object.add', 'Add objects');--> statement-breakpoint
INSERT OR IGNORE INTO `rights` (`name`, `level`, `label`, `description`) VALUES ('base.framework.object.edit', 10, 'base.framework.object.edit', 'Edit objects');--> statement-breakpoint
INSERT OR IGNORE INTO `rights` (`name`, `level`, `label`, `description`) VALUES ('base.framework.object.delete', 50, 'base.framework.object.delete', 'Delete objects');--> statement-breakpoint
INSERT OR IGNORE INTO `rights` (`name`, `level`, `label`, `description`) VALUES ('base.framework.object.activation', 30, 'base.framework.object.activation', 'Activation objects');--> statement-breakpoint
INSERT OR IGNORE INTO `rights` (`name`, `level`, `label`, `description`) VALUES ('base.framework.type.*', 50, 'base.framework.type.*', 'Manage types');--> statement-breakpoint
INSERT OR IGNORE INTO `rights` (`name`, `level`, `label`, `description`) VALUES ('base.framework.type.view', 10, 'base.framework.type.view', 'View types');--> statement-breakpoint
INSERT OR IGNORE INTO `rights` (`name`, `level`, `label`, `description`) VALUES ('base.framework.type.add', 50, 'base.framework.type.add', 'Add types');--> statement-breakpoint
INSERT OR IGNORE INTO `rights` (`name`, `level`, `label`, `description`) VALUES ('base.framework.type.edit', 50, 'base.framework.type.edit', 'Edit types');--> statement-breakpoint
INSERT OR IGNORE INTO `rights` (`name`, `level`, `label`, `description`) VALUES ('base.framework.type.delete', 80, 'base.framework.type.delete', 'Delete types');--> statement-breakpoint
INSERT OR IGNORE INTO `rights` (`name`, `level`, `label`, `description`) VALUES ('base.framework.type.activation', 30, 'base.framework.type.activation', 'Activation types');--> statement-breakpoint
INSERT OR IGNORE INTO `rights` (`name`, `level`, `label`, `description`) VALUES ('base.framework.type.clean', 50, 'base.framework.type.clean', 'Clean types');--> statement-breakpoint
INSERT OR IGNORE INTO `rights` (`name`, `level`, `label`, `description`) VALUES ('base.framework.category.*', 50, 'base.framework.category.*', 'Manage categories');--> statement-breakpoint
INSERT OR IGNORE INTO `rights` (`name`, `level`, `label`, `description`) VALUES ('base.framework.category.view', 10, 'base.framework.category.view', 'View categories');--> statement-breakpoint
INSERT OR IGNORE INTO `rights` (`name`, `level`, `label`, `description`) VALUES ('base.framework.category.add', 30, 'base.framework.category.add', 'Add categories');--> statement-breakpoint
INSERT OR IGNORE INTO `rights` (`name`, `level`, `label`, `description`) VALUES ('base.framework.category.edit', 30, 'base.framework.category.edit', 'Edit categories');--> statement-breakpoint
INSERT OR IGNORE INTO `rights` (`name`, `level`, `label`, `description`) VALUES ('base.framework.category.delete', 50, 'base.framework.category.delete', 'Delete categories');--> statement-breakpoint
INSERT OR IGNORE INTO `rights` (`name`, `level`, `label`, `description`) VALUES ('base.framework.log.*', 50, 'base.framework.log.*', 'Manage logs');--> statement-breakpoint
INSERT OR IGNORE INTO `rights` (`name`, `level`, `label`, `description`) VALUES ('base.framework.log.view', 10, 'base.framework.log.view', 'View logs');--> statement-breakpoint
INSERT OR IGNORE INTO `rights` (`name`, `level`, `label`, `description`) VALUES ('base.framework.log.delete', 80, 'base.framework.log.delete', 'Delete logs');--> statement-breakpoint
INSERT OR IGNORE INTO `rights` (`name`, `level`, `label`, `description`) VALUES ('base.framework.log.reload', 10, 'base.framework.log.reload', 'Reload logs');--> statement-breakpoint
INSERT OR IGNORE INTO `rights` (`name`, `level`, `label`, `description`) VALUES ('base.framework.record.*', 50, 'base.framework.record.*', 'Manage generic records');--> statement-breakpoint
INSERT OR IGNORE INTO `rights` (`name`, `level`, `label`, `description`) VALUES ('base.framework.record.view', 10, 'base.framework.record.view', 'View generic records');--> statement-breakpoint
INSERT OR IGNORE INTO `rights` (`name`, `level`, `label`, `description`) VALUES ('base.framework.record.add', 10, 'base.framework.record.add', 'Add generic records');--> statement-breakpoint
INSERT OR IGNORE INTO `rights` (`name`, `level`, `label`, `description`) VALUES ('base.framework.record.edit', 10, 'base.framework.record.edit', 'Edit generic records');--> statement-breakpoint
INSERT OR IGNORE INTO `rights` (`name`, `level`, `label`, `description`) VALUES ('base.framework.record.delete', 50, 'base.framework.record.delete', 'Delete generic records');--> statement-breakpoint
INSERT OR IGNORE INTO `rights` (`name`, `level`, `label`, `description`) VALUES ('base.framework.query.*', 50, 'base.framework.query.*', 'Manage stored queries');--> statement-breakpoint
INSERT OR IGNORE INTO `rights` (`name`, `level`, `label`, `description`) VALUES ('base.framework.query.view', 10, 'base.framework.query.view', 'View stored queries');--> statement-breakpoint
INSERT OR IGNORE INTO `rights` (`name`, `level`, `label`, `description`) VALUES ('base.framework.query.execute', 10, 'base.framework.query.execute', 'Execute stored queries');--> statement-breakpoint
INSERT OR IGNORE INTO `rights` (`name`, `level`, `label`, `description`) VALUES ('base.framework.query.edit', 50, 'base.framework.query.edit', 'Edit stored queries');--> statement-breakpoint
INSERT OR IGNORE INTO `rights` (`name`, `level`, `label`, `description`) VALUES ('base.framework.workflow.*', 50, 'base.framework.workflow.*', 'Manage workflow nodes');--> statement-breakpoint
INSERT OR IGNORE INTO `rights` (`name`, `level`, `label`, `description`) VALUES ('base.framework.workflow.view', 10, 'base.framework.workflow.view', 'View workflow nodes');--> statement-breakpoint
INSERT OR IGNORE INTO `rights` (`name`, `level`, `label`, `description`) VALUES ('base.framework.workflow.process', 10, 'base.framework.workflow.process', 'Process workflow nodes');--> statement-breakpoint
INSERT OR IGNORE INTO `rights` (`name`, `level`, `label`, `description`) VALUES ('base.framework.cache.*', 50, 'base.framework.cache.*', 'Manage caches');--> statement-breakpoint
INSERT OR IGNORE INTO `rights` (`name`, `level`, `label`, `description`) VALUES ('base.framework.cache.view', 10, 'base.framework.cache.view', 'View caches');--> statement-breakpoint
INSERT OR IGNORE INTO `rights` (`name`, `level`, `label`, `description`) VALUES ('base.framework.cache.reset', 50, 'base.framework.cache.reset', 'Reset caches');--> statement-breakpoint
INSERT OR IGNORE INTO `rights` (`name`, `level`, `label`, `description`) VALUES ('base.framework.message.*', 50, 'base.framework.message.*', 'Manage messages');--> statement-breakpoint
INSERT OR IGNORE INTO `rights` (`name`, `level`, `label`, `description`) VALUES ('base.framework.message.view', 10, 'base.framework.message.view', 'View messages');--> statement-breakpoint
INSERT OR IGNORE INTO `rights` (`name`, `level`, `label`, `description`) VALUES ('base.framework.message.add', 10, 'base.framework.message.add', 'Add messages');--> statement-breakpoint
INSERT OR IGNORE INTO `rights` (`name`, `level`, `label`, `description`) VALUES ('base.framework.message.edit', 10, 'base.framework.message.edit', 'Edit messages');--> statement-breakpoint
INSERT OR IGNORE INTO `rights` (`name`, `level`, `label`, `description`) VALUES ('base.framework.message.delete', 50, 'base.framework.message.delete', 'Delete messages');--> statement-breakpoint
INSERT OR IGNORE INTO `rights` (`name`, `level`, `label`, `description`) VALUES ('base.framework.directory.*', 50, 'base.framework.directory.*', 'Manage directories');--> statement-breakpoint
INSERT OR IGNORE INTO `rights` (`name`, `level`, `label`, `description`) VALUES ('base.framework.directory.view', 10, 'base.framework.directory.view', 'View directories');--> statement-breakpoint
INSERT OR IGNORE INTO `rights` (`name`, `level`, `label`, `description`) VALUES ('base.framework.directory.add', 10, 'base.framework.directory.add', 'Add directories');--> statement-breakpoint
INSERT OR IGNORE INTO `rights` (`name`, `level`, `label`, `description`) VALUES ('base.framework.directory.edit', 10, 'base.framework.directory.edit', 'Edit directories');--> statement-breakpoint
INSERT OR IGNORE INTO `rights` (`name`, `level`, `label`, `description`) VALUES ('base.framework.directory.delete', 50, 'base.framework.directory.delete', 'Delete directories');--> statement-breakpoint
INSERT OR IGNORE INTO `rights` (`name`, `level`, `label`, `description`) VALUES ('base.framework.directory.access', 50, 'base.framework.directory.access', 'Access directories');--> statement-breakpoint
INSERT OR IGNORE INTO `rights` (`name`, `level`, `label`, `description`) VALUES ('base.framework.io.*', 50, 'base.framework.io.*', 'Manage import/export schemes');--> statement-breakpoint
INSERT OR IGNORE INTO `rights` (`name`, `level`, `label`, `description`) VALUES ('base.framework.io.view', 10, 'base.framework.io.view', 'View import/export schemes');--> statement-breakpoint
INSERT OR IGNORE INTO `rights` (`name`, `level`, `label`, `description`) VALUES ('base.framework.io.edit', 50, 'base.framework.io.edit', 'Edit import/export schemes');--> statement-breakpoint
INSERT OR IGNORE INTO `rights` (`name`, `level`, `label`, `description`) VALUES ('base.user-management.*', 100, 'base.user-management.*', 'Manage users and groups');--> statement-breakpoint
INSERT OR IGNORE INTO `rights` (`name`, `level`, `label`, `description`) VALUES ('base.user-management.user.*', 100, 'base.user-management.user.*', 'Manage users');--> statement-breakpoint
INSERT OR IGNORE INTO `rights` (`name`, `level`, `label`, `description`) VALUES ('base.user-management.user.view', 10, 'base.user-management.user.view', 'View users');--> statement-breakpoint
INSERT OR IGNORE INTO `rights` (`name`, `level`, `label`, `description`) VALUES ('base.user-management.user.add', 80, 'base.user-management.user.add', 'Add users');--> statement-breakpoint
INSERT OR IGNORE INTO `rights` (`name`, `level`, `label`, `description`) VALUES ('base.user-management.user.edit', 80, 'base.user-management.user.edit', 'Edit users');--> statement-breakpoint
INSERT OR IGNORE INTO `rights` (`name`, `level`, `label`, `description`) VALUES ('base.user-management.user.delete', 100, 'base.user-management.user.delete', 'Delete users');--> statement-breakpoint
INSERT OR IGNORE INTO `rights` (`name`, `level`, `label`, `description`) VALUES ('base.user-management.group.*', 100, 'base.user-management.group.*', 'Manage groups');--> statement-breakpoint
INSERT OR IGNORE INTO `rights` (`name`, `level`, `label`, `description`) VALUES ('base.user-management.group.view', 10, 'base.user-management.group.view', 'View groups');--> statement-breakpoint
INSERT OR IGNORE INTO `rights` (`name`, `level`, `label`, `description`) VALUES ('base.user-management.group.add', 80, 'base.user-management.group.add', 'Add groups');--> statement-breakpoint
INSERT OR IGNORE INTO `rights` (`name`, `level`, `label`, `description`) VALUES ('base.user-management.group.edit', 80, 'base.user-management.group.edit', 'Edit groups');--> statement-breakpoint
INSERT OR IGNORE INTO `rights` (`name`, `level`, `label`, `description`) VALUES ('base.user-management.group.delete', 100, 'base.user-management.group.delete', 'Delete groups');--> statement-breakpoint
INSERT OR IGNORE INTO `rights` (`name`, `level`, `label`, `description`) VALUES ('base.export.*', 30, 'base.export.*', 'Export data');--> statement-breakpoint
INSERT OR IGNORE INTO `rights` (`name`, `level`, `label`, `description`) VALUES ('base.export.object.*', 30, 'base.export.object.*', 'Manage object exports');--> statement-breakpoint
INSERT OR IGNORE INTO `rights` (`name`, `level`, `label`, `description`) VALUES ('base.export.object.view', 10, 'base.export.object.view', 'View object exports');--> statement-breakpoint
INSERT OR IGNORE INTO `rights` (`name`, `level`, `label`, `description`) VALUES ('base.export.type.*', 30, 'base.export.type.*', 'Manage type exports');--> statement-breakpoint
INSERT OR IGNORE INTO `rights` (`name`, `level`, `label`, `description`) VALUES ('base.export.type.view', 10, 'base.export.type.view', 'View type exports');--> statement-breakpoint
INSERT OR IGNORE INTO `rights` (`name`, `level`, `label`, `description`) VALUES ('base.import.*', 50, 'base.import.*', 'Import data');--> statement-breakpoint
INSERT OR IGNORE INTO `rights` (`name`, `level`, `label`, `description`) VALUES ('base.import.object.*', 50, 'base.import.object.*', 'Manage object imports');--> statement-breakpoint
INSERT OR IGNORE INTO `rights` (`name`, `level`, `label`, `description`) VALUES ('base.import.object.add', 10, 'base.import.object.add', 'Add object imports');--> statement-breakpoint
INSERT OR IGNORE INTO `rights` (`name`, `level`, `label`, `description`) VALUES ('base.import.type.*', 50, 'base.import.type.*', 'Manage type imports');--> statement-breakpoint
INSERT OR IGNORE INTO `rights` (`name`, `level`, `label`, `description`) VALUES ('base.import.type.add', 10, 'base.import.type.add', 'Add type imports');--> statement-breakpoint
INSERT OR IGNORE INTO `rights` (`name`, `level`, `label`, `description`) VALUES ('base.setup.*', 100, 'base.setup.*', 'Install, upgrade and downgrade the database');--> statement-breakpoint
INSERT OR IGNORE INTO `rights` (`name`, `level`, `label`, `description`) VALUES ('base.setup.view', 30, 'base.setup.view', 'View setup status');--> statement-breakpoint
INSERT OR IGNORE INTO `rights` (`name`, `level`, `label`, `description`) VALUES ('base.setup.install', 100, 'base.setup.install', 'Install or upgrade pools');--> statement-breakpoint
INSERT OR IGNORE INTO `rights` (`name`, `level`, `label`, `description`) VALUES ('base.setup.export', 80, 'base.setup.export', 'Export the repository');--> statement-breakpoint
INSERT OR IGNORE INTO `rights` (`name`, `level`, `label`, `description`) VALUES ('base.encrypt.*', 30, 'base.encrypt.*', 'Use the encryption service');--> statement-breakpoint
INSERT OR IGNORE INTO `rights` (`name`, `level`, `label`, `description`) VALUES ('base.encrypt.use', 10, 'base.encrypt.use', 'Encrypt values');--> statement-breakpoint
INSERT OR IGNORE INTO `groups` (`id`, `name`, `label`, `description`) VALUES (1, 'admin', 'Administrator', 'Holds every right');--> statement-breakpoint
INSERT OR IGNORE INTO `groups` (`id`, `name`, `label`, `description`) VALUES (2, 'user', 'User', 'Reads the framework');--> statement-breakpoint
INSERT OR IGNORE INTO `group_rights` (`group_id`, `right_name`) VALUES (1, 'base.*');--> statement-breakpoint
INSERT OR IGNORE INTO `group_rights` (`group_id`, `right_name`) VALUES (2, 'base.framework.object.view');--> statement-breakpoint
INSERT OR IGNORE INTO `group_rights` (`group_id`, `right_name`) VALUES (2, 'base.framework.type.view');--> statement-breakpoint
INSERT OR IGNORE INTO `group_rights` (`group_id`, `right_name`) VALUES (2, 'base.framework.category.view');--> statement-breakpoint
INSERT OR IGNORE INTO `group_rights` (`group_id`, `right_name`) VALUES (2, 'base.framework.record.view');--> statement-breakpoint
INSERT OR IGNORE INTO `group_rights` (`group_id`, `right_name`) VALUES (2, 'base.framework.query.view');--> statement-breakpoint
INSERT OR IGNORE INTO `group_rights` (`group_id`, `right_name`) VALUES (2, 'base.framework.query.execute');--> statement-breakpoint
INSERT OR IGNORE INTO `group_rights` (`group_id`, `right_name`) VALUES (2, 'base.framework.workflow.view');--> statement-breakpoint
INSERT OR IGNORE INTO `group_rights` (`group_id`, `right_name`) VALUES (2, 'base.framework.workflow.process');--> statement-breakpoint
INSERT OR IGNORE INTO `group_rights` (`group_id`, `right_name`) VALUES (2, 'base.framework.message.view');--> statement-breakpoint
INSERT OR IGNORE INTO `group_rights` (`group_id`, `right_name`) VALUES (2, 'base.framework.message.add');--> statement-breakpoint
INSERT OR IGNORE INTO `group_rights` (`group_id`, `right_name`) VALUES (2, 'base.framework.directory.view');--> statement-breakpoint
INSERT OR IGNORE INTO `group_rights` (`group_id`, `right_name`) VALUES (2, 'base.user-management.user.view');--> statement-breakpoint
INSERT OR IGNORE INTO `group_rights` (`group_id`, `right_name`) VALUES (2, 'base.user-management.group.view');--> statement-breakpoint
INSERT OR IGNORE INTO `group_rights` (`group_id`, `right_name`) VALUES (2, 'base.export.object.view');--> statement-breakpoint
INSERT OR IGNORE INTO `group_rights` (`group_id`, `right_name`) VALUES (2, 'base.encrypt.use');--> statement-breakpoint
INSERT OR IGNORE INTO `group_rights` (`group_id`, `right_name`) VALUES (2, 'base.framework.log.view');
