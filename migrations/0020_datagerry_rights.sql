-- DATAGERRY's rights catalogue as its own code defines it (cmdb/models/right_model): a right's label is its
-- last two name segments (`base.framework.object.*` → `object.*`, `base.framework.object.view` →
-- `object.view`; `base.*` stays `base.*`), and the levels and descriptions are DATAGERRY's for the rights it
-- has (`base.framework.object.*` level 10, "Manage objects from framework", as the seed's examples show).
-- Rights only Atrium has keep their level and description and take the same label rule. Data only.
-- Undone by migrations-down/0020_datagerry_rights.down.sql.
UPDATE `rights` SET `level` = 50, `label` = 'system.*', `description` = 'System and settings' WHERE `name` = 'base.system.*';--> statement-breakpoint
UPDATE `rights` SET `level` = 50, `label` = 'system.view', `description` = 'View system configurations and settings' WHERE `name` = 'base.system.view';--> statement-breakpoint
UPDATE `rights` SET `level` = 50, `label` = 'system.edit', `description` = 'Edit system configurations and settings' WHERE `name` = 'base.system.edit';--> statement-breakpoint
UPDATE `rights` SET `level` = 50, `label` = 'system.reload', `description` = 'Reload system configurations' WHERE `name` = 'base.system.reload';--> statement-breakpoint
UPDATE `rights` SET `level` = 10, `label` = 'framework.*', `description` = 'Manage the core framework' WHERE `name` = 'base.framework.*';--> statement-breakpoint
UPDATE `rights` SET `level` = 10, `label` = 'object.*', `description` = 'Manage objects from framework' WHERE `name` = 'base.framework.object.*';--> statement-breakpoint
UPDATE `rights` SET `level` = 10, `label` = 'object.view', `description` = 'View objects' WHERE `name` = 'base.framework.object.view';--> statement-breakpoint
UPDATE `rights` SET `level` = 10, `label` = 'object.add', `description` = 'Add objects' WHERE `name` = 'base.framework.object.add';--> statement-breakpoint
UPDATE `rights` SET `level` = 30, `label` = 'object.edit', `description` = 'Edit objects' WHERE `name` = 'base.framework.object.edit';--> statement-breakpoint
UPDATE `rights` SET `level` = 50, `label` = 'object.delete', `description` = 'Delete objects' WHERE `name` = 'base.framework.object.delete';--> statement-breakpoint
UPDATE `rights` SET `level` = 50, `label` = 'object.activation', `description` = 'Activate/Deactivate objects' WHERE `name` = 'base.framework.object.activation';--> statement-breakpoint
UPDATE `rights` SET `level` = 50, `label` = 'type.*', `description` = 'Manage types from framework' WHERE `name` = 'base.framework.type.*';--> statement-breakpoint
UPDATE `rights` SET `level` = 30, `label` = 'type.view', `description` = 'View types' WHERE `name` = 'base.framework.type.view';--> statement-breakpoint
UPDATE `rights` SET `level` = 30, `label` = 'type.add', `description` = 'Add types' WHERE `name` = 'base.framework.type.add';--> statement-breakpoint
UPDATE `rights` SET `level` = 50, `label` = 'type.edit', `description` = 'Edit types' WHERE `name` = 'base.framework.type.edit';--> statement-breakpoint
UPDATE `rights` SET `level` = 50, `label` = 'type.delete', `description` = 'Delete types' WHERE `name` = 'base.framework.type.delete';--> statement-breakpoint
UPDATE `rights` SET `level` = 50, `label` = 'type.activation', `description` = 'Activate/Deactivate types' WHERE `name` = 'base.framework.type.activation';--> statement-breakpoint
UPDATE `rights` SET `level` = 50, `label` = 'type.clean', `description` = 'Clean type fields' WHERE `name` = 'base.framework.type.clean';--> statement-breakpoint
UPDATE `rights` SET `level` = 30, `label` = 'category.*', `description` = 'Manage categories from framework' WHERE `name` = 'base.framework.category.*';--> statement-breakpoint
UPDATE `rights` SET `level` = 30, `label` = 'category.view', `description` = 'View category' WHERE `name` = 'base.framework.category.view';--> statement-breakpoint
UPDATE `rights` SET `level` = 30, `label` = 'category.add', `description` = 'Add category' WHERE `name` = 'base.framework.category.add';--> statement-breakpoint
UPDATE `rights` SET `level` = 30, `label` = 'category.edit', `description` = 'Edit category' WHERE `name` = 'base.framework.category.edit';--> statement-breakpoint
UPDATE `rights` SET `level` = 50, `label` = 'category.delete', `description` = 'Delete category' WHERE `name` = 'base.framework.category.delete';--> statement-breakpoint
UPDATE `rights` SET `level` = 30, `label` = 'log.*', `description` = 'Manage framework logs' WHERE `name` = 'base.framework.log.*';--> statement-breakpoint
UPDATE `rights` SET `level` = 30, `label` = 'log.view', `description` = 'View logs' WHERE `name` = 'base.framework.log.view';--> statement-breakpoint
UPDATE `rights` SET `level` = 80, `label` = 'log.delete', `description` = 'Delete logs' WHERE `name` = 'base.framework.log.delete';--> statement-breakpoint
UPDATE `rights` SET `level` = 50, `label` = 'log.reload', `description` = 'Reload logs' WHERE `name` = 'base.framework.log.reload';--> statement-breakpoint
UPDATE `rights` SET `level` = 50, `label` = 'record.*', `description` = 'Manage generic records' WHERE `name` = 'base.framework.record.*';--> statement-breakpoint
UPDATE `rights` SET `level` = 10, `label` = 'record.view', `description` = 'View generic records' WHERE `name` = 'base.framework.record.view';--> statement-breakpoint
UPDATE `rights` SET `level` = 10, `label` = 'record.add', `description` = 'Add generic records' WHERE `name` = 'base.framework.record.add';--> statement-breakpoint
UPDATE `rights` SET `level` = 10, `label` = 'record.edit', `description` = 'Edit generic records' WHERE `name` = 'base.framework.record.edit';--> statement-breakpoint
UPDATE `rights` SET `level` = 50, `label` = 'record.delete', `description` = 'Delete generic records' WHERE `name` = 'base.framework.record.delete';--> statement-breakpoint
UPDATE `rights` SET `level` = 50, `label` = 'query.*', `description` = 'Manage stored queries' WHERE `name` = 'base.framework.query.*';--> statement-breakpoint
UPDATE `rights` SET `level` = 10, `label` = 'query.view', `description` = 'View stored queries' WHERE `name` = 'base.framework.query.view';--> statement-breakpoint
UPDATE `rights` SET `level` = 10, `label` = 'query.execute', `description` = 'Execute stored queries' WHERE `name` = 'base.framework.query.execute';--> statement-breakpoint
UPDATE `rights` SET `level` = 50, `label` = 'query.edit', `description` = 'Edit stored queries' WHERE `name` = 'base.framework.query.edit';--> statement-breakpoint
UPDATE `rights` SET `level` = 50, `label` = 'workflow.*', `description` = 'Manage workflow nodes' WHERE `name` = 'base.framework.workflow.*';--> statement-breakpoint
UPDATE `rights` SET `level` = 10, `label` = 'workflow.view', `description` = 'View workflow nodes' WHERE `name` = 'base.framework.workflow.view';--> statement-breakpoint
UPDATE `rights` SET `level` = 10, `label` = 'workflow.process', `description` = 'Process workflow nodes' WHERE `name` = 'base.framework.workflow.process';--> statement-breakpoint
UPDATE `rights` SET `level` = 50, `label` = 'cache.*', `description` = 'Manage caches' WHERE `name` = 'base.framework.cache.*';--> statement-breakpoint
UPDATE `rights` SET `level` = 10, `label` = 'cache.view', `description` = 'View caches' WHERE `name` = 'base.framework.cache.view';--> statement-breakpoint
UPDATE `rights` SET `level` = 50, `label` = 'cache.reset', `description` = 'Reset caches' WHERE `name` = 'base.framework.cache.reset';--> statement-breakpoint
UPDATE `rights` SET `level` = 50, `label` = 'message.*', `description` = 'Manage messages' WHERE `name` = 'base.framework.message.*';--> statement-breakpoint
UPDATE `rights` SET `level` = 10, `label` = 'message.view', `description` = 'View messages' WHERE `name` = 'base.framework.message.view';--> statement-breakpoint
UPDATE `rights` SET `level` = 10, `label` = 'message.add', `description` = 'Add messages' WHERE `name` = 'base.framework.message.add';--> statement-breakpoint
UPDATE `rights` SET `level` = 10, `label` = 'message.edit', `description` = 'Edit messages' WHERE `name` = 'base.framework.message.edit';--> statement-breakpoint
UPDATE `rights` SET `level` = 50, `label` = 'message.delete', `description` = 'Delete messages' WHERE `name` = 'base.framework.message.delete';--> statement-breakpoint
UPDATE `rights` SET `level` = 50, `label` = 'directory.*', `description` = 'Manage directories' WHERE `name` = 'base.framework.directory.*';--> statement-breakpoint
UPDATE `rights` SET `level` = 10, `label` = 'directory.view', `description` = 'View directories' WHERE `name` = 'base.framework.directory.view';--> statement-breakpoint
UPDATE `rights` SET `level` = 10, `label` = 'directory.add', `description` = 'Add directories' WHERE `name` = 'base.framework.directory.add';--> statement-breakpoint
UPDATE `rights` SET `level` = 10, `label` = 'directory.edit', `description` = 'Edit directories' WHERE `name` = 'base.framework.directory.edit';--> statement-breakpoint
UPDATE `rights` SET `level` = 50, `label` = 'directory.delete', `description` = 'Delete directories' WHERE `name` = 'base.framework.directory.delete';--> statement-breakpoint
UPDATE `rights` SET `level` = 50, `label` = 'directory.access', `description` = 'Access directories' WHERE `name` = 'base.framework.directory.access';--> statement-breakpoint
UPDATE `rights` SET `level` = 50, `label` = 'io.*', `description` = 'Manage import/export schemes' WHERE `name` = 'base.framework.io.*';--> statement-breakpoint
UPDATE `rights` SET `level` = 10, `label` = 'io.view', `description` = 'View import/export schemes' WHERE `name` = 'base.framework.io.view';--> statement-breakpoint
UPDATE `rights` SET `level` = 50, `label` = 'io.edit', `description` = 'Edit import/export schemes' WHERE `name` = 'base.framework.io.edit';--> statement-breakpoint
UPDATE `rights` SET `level` = 50, `label` = 'user-management.*', `description` = 'Manage users and groups' WHERE `name` = 'base.user-management.*';--> statement-breakpoint
UPDATE `rights` SET `level` = 50, `label` = 'user.*', `description` = 'Manage users' WHERE `name` = 'base.user-management.user.*';--> statement-breakpoint
UPDATE `rights` SET `level` = 50, `label` = 'user.view', `description` = 'View user' WHERE `name` = 'base.user-management.user.view';--> statement-breakpoint
UPDATE `rights` SET `level` = 50, `label` = 'user.add', `description` = 'Add user' WHERE `name` = 'base.user-management.user.add';--> statement-breakpoint
UPDATE `rights` SET `level` = 50, `label` = 'user.edit', `description` = 'Edit user' WHERE `name` = 'base.user-management.user.edit';--> statement-breakpoint
UPDATE `rights` SET `level` = 50, `label` = 'user.delete', `description` = 'Delete user' WHERE `name` = 'base.user-management.user.delete';--> statement-breakpoint
UPDATE `rights` SET `level` = 50, `label` = 'group.*', `description` = 'Manage groups' WHERE `name` = 'base.user-management.group.*';--> statement-breakpoint
UPDATE `rights` SET `level` = 50, `label` = 'group.view', `description` = 'View group' WHERE `name` = 'base.user-management.group.view';--> statement-breakpoint
UPDATE `rights` SET `level` = 80, `label` = 'group.add', `description` = 'Add group' WHERE `name` = 'base.user-management.group.add';--> statement-breakpoint
UPDATE `rights` SET `level` = 80, `label` = 'group.edit', `description` = 'Edit group' WHERE `name` = 'base.user-management.group.edit';--> statement-breakpoint
UPDATE `rights` SET `level` = 50, `label` = 'group.delete', `description` = 'Delete group' WHERE `name` = 'base.user-management.group.delete';--> statement-breakpoint
UPDATE `rights` SET `level` = 50, `label` = 'export.*', `description` = 'Manage exports' WHERE `name` = 'base.export.*';--> statement-breakpoint
UPDATE `rights` SET `level` = 50, `label` = 'object.*', `description` = 'Manage object exports' WHERE `name` = 'base.export.object.*';--> statement-breakpoint
UPDATE `rights` SET `level` = 10, `label` = 'object.view', `description` = 'View object exports' WHERE `name` = 'base.export.object.view';--> statement-breakpoint
UPDATE `rights` SET `level` = 50, `label` = 'type.*', `description` = 'Manage type exports' WHERE `name` = 'base.export.type.*';--> statement-breakpoint
UPDATE `rights` SET `level` = 10, `label` = 'type.view', `description` = 'View type exports' WHERE `name` = 'base.export.type.view';--> statement-breakpoint
UPDATE `rights` SET `level` = 50, `label` = 'import.*', `description` = 'Manage imports' WHERE `name` = 'base.import.*';--> statement-breakpoint
UPDATE `rights` SET `level` = 50, `label` = 'object.*', `description` = 'Manage object imports' WHERE `name` = 'base.import.object.*';--> statement-breakpoint
UPDATE `rights` SET `level` = 10, `label` = 'object.add', `description` = 'Add object imports' WHERE `name` = 'base.import.object.add';--> statement-breakpoint
UPDATE `rights` SET `level` = 50, `label` = 'type.*', `description` = 'Manage type imports' WHERE `name` = 'base.import.type.*';--> statement-breakpoint
UPDATE `rights` SET `level` = 10, `label` = 'type.add', `description` = 'Add type imports' WHERE `name` = 'base.import.type.add';--> statement-breakpoint
UPDATE `rights` SET `level` = 100, `label` = 'setup.*', `description` = 'Install, upgrade and downgrade the database' WHERE `name` = 'base.setup.*';--> statement-breakpoint
UPDATE `rights` SET `level` = 30, `label` = 'setup.view', `description` = 'View setup status' WHERE `name` = 'base.setup.view';--> statement-breakpoint
UPDATE `rights` SET `level` = 100, `label` = 'setup.install', `description` = 'Install or upgrade pools' WHERE `name` = 'base.setup.install';--> statement-breakpoint
UPDATE `rights` SET `level` = 80, `label` = 'setup.export', `description` = 'Export the repository' WHERE `name` = 'base.setup.export';--> statement-breakpoint
UPDATE `rights` SET `level` = 30, `label` = 'encrypt.*', `description` = 'Use the encryption service' WHERE `name` = 'base.encrypt.*';--> statement-breakpoint
UPDATE `rights` SET `level` = 10, `label` = 'encrypt.use', `description` = 'Encrypt values' WHERE `name` = 'base.encrypt.use';
