-- The rights' labels, levels and descriptions before 0020 (Atrium's first catalogue).
UPDATE `rights` SET `level` = 100, `label` = 'base.system.*', `description` = 'Manage the system' WHERE `name` = 'base.system.*';--> statement-breakpoint
UPDATE `rights` SET `level` = 30, `label` = 'base.system.view', `description` = 'View system information' WHERE `name` = 'base.system.view';--> statement-breakpoint
UPDATE `rights` SET `level` = 100, `label` = 'base.system.edit', `description` = 'Edit system configuration' WHERE `name` = 'base.system.edit';--> statement-breakpoint
UPDATE `rights` SET `level` = 50, `label` = 'base.system.reload', `description` = 'Reload system components' WHERE `name` = 'base.system.reload';--> statement-breakpoint
UPDATE `rights` SET `level` = 80, `label` = 'base.framework.*', `description` = 'Manage the framework' WHERE `name` = 'base.framework.*';--> statement-breakpoint
UPDATE `rights` SET `level` = 50, `label` = 'base.framework.object.*', `description` = 'Manage objects' WHERE `name` = 'base.framework.object.*';--> statement-breakpoint
UPDATE `rights` SET `level` = 10, `label` = 'base.framework.object.view', `description` = 'View objects' WHERE `name` = 'base.framework.object.view';--> statement-breakpoint
UPDATE `rights` SET `level` = 10, `label` = 'base.framework.object.add', `description` = 'Add objects' WHERE `name` = 'base.framework.object.add';--> statement-breakpoint
UPDATE `rights` SET `level` = 10, `label` = 'base.framework.object.edit', `description` = 'Edit objects' WHERE `name` = 'base.framework.object.edit';--> statement-breakpoint
UPDATE `rights` SET `level` = 50, `label` = 'base.framework.object.delete', `description` = 'Delete objects' WHERE `name` = 'base.framework.object.delete';--> statement-breakpoint
UPDATE `rights` SET `level` = 30, `label` = 'base.framework.object.activation', `description` = 'Activation objects' WHERE `name` = 'base.framework.object.activation';--> statement-breakpoint
UPDATE `rights` SET `level` = 50, `label` = 'base.framework.type.*', `description` = 'Manage types' WHERE `name` = 'base.framework.type.*';--> statement-breakpoint
UPDATE `rights` SET `level` = 10, `label` = 'base.framework.type.view', `description` = 'View types' WHERE `name` = 'base.framework.type.view';--> statement-breakpoint
UPDATE `rights` SET `level` = 50, `label` = 'base.framework.type.add', `description` = 'Add types' WHERE `name` = 'base.framework.type.add';--> statement-breakpoint
UPDATE `rights` SET `level` = 50, `label` = 'base.framework.type.edit', `description` = 'Edit types' WHERE `name` = 'base.framework.type.edit';--> statement-breakpoint
UPDATE `rights` SET `level` = 80, `label` = 'base.framework.type.delete', `description` = 'Delete types' WHERE `name` = 'base.framework.type.delete';--> statement-breakpoint
UPDATE `rights` SET `level` = 30, `label` = 'base.framework.type.activation', `description` = 'Activation types' WHERE `name` = 'base.framework.type.activation';--> statement-breakpoint
UPDATE `rights` SET `level` = 50, `label` = 'base.framework.type.clean', `description` = 'Clean types' WHERE `name` = 'base.framework.type.clean';--> statement-breakpoint
UPDATE `rights` SET `level` = 50, `label` = 'base.framework.category.*', `description` = 'Manage categories' WHERE `name` = 'base.framework.category.*';--> statement-breakpoint
UPDATE `rights` SET `level` = 10, `label` = 'base.framework.category.view', `description` = 'View categories' WHERE `name` = 'base.framework.category.view';--> statement-breakpoint
UPDATE `rights` SET `level` = 30, `label` = 'base.framework.category.add', `description` = 'Add categories' WHERE `name` = 'base.framework.category.add';--> statement-breakpoint
UPDATE `rights` SET `level` = 30, `label` = 'base.framework.category.edit', `description` = 'Edit categories' WHERE `name` = 'base.framework.category.edit';--> statement-breakpoint
UPDATE `rights` SET `level` = 50, `label` = 'base.framework.category.delete', `description` = 'Delete categories' WHERE `name` = 'base.framework.category.delete';--> statement-breakpoint
UPDATE `rights` SET `level` = 50, `label` = 'base.framework.log.*', `description` = 'Manage logs' WHERE `name` = 'base.framework.log.*';--> statement-breakpoint
UPDATE `rights` SET `level` = 10, `label` = 'base.framework.log.view', `description` = 'View logs' WHERE `name` = 'base.framework.log.view';--> statement-breakpoint
UPDATE `rights` SET `level` = 80, `label` = 'base.framework.log.delete', `description` = 'Delete logs' WHERE `name` = 'base.framework.log.delete';--> statement-breakpoint
UPDATE `rights` SET `level` = 10, `label` = 'base.framework.log.reload', `description` = 'Reload logs' WHERE `name` = 'base.framework.log.reload';--> statement-breakpoint
UPDATE `rights` SET `level` = 50, `label` = 'base.framework.record.*', `description` = 'Manage generic records' WHERE `name` = 'base.framework.record.*';--> statement-breakpoint
UPDATE `rights` SET `level` = 10, `label` = 'base.framework.record.view', `description` = 'View generic records' WHERE `name` = 'base.framework.record.view';--> statement-breakpoint
UPDATE `rights` SET `level` = 10, `label` = 'base.framework.record.add', `description` = 'Add generic records' WHERE `name` = 'base.framework.record.add';--> statement-breakpoint
UPDATE `rights` SET `level` = 10, `label` = 'base.framework.record.edit', `description` = 'Edit generic records' WHERE `name` = 'base.framework.record.edit';--> statement-breakpoint
UPDATE `rights` SET `level` = 50, `label` = 'base.framework.record.delete', `description` = 'Delete generic records' WHERE `name` = 'base.framework.record.delete';--> statement-breakpoint
UPDATE `rights` SET `level` = 50, `label` = 'base.framework.query.*', `description` = 'Manage stored queries' WHERE `name` = 'base.framework.query.*';--> statement-breakpoint
UPDATE `rights` SET `level` = 10, `label` = 'base.framework.query.view', `description` = 'View stored queries' WHERE `name` = 'base.framework.query.view';--> statement-breakpoint
UPDATE `rights` SET `level` = 10, `label` = 'base.framework.query.execute', `description` = 'Execute stored queries' WHERE `name` = 'base.framework.query.execute';--> statement-breakpoint
UPDATE `rights` SET `level` = 50, `label` = 'base.framework.query.edit', `description` = 'Edit stored queries' WHERE `name` = 'base.framework.query.edit';--> statement-breakpoint
UPDATE `rights` SET `level` = 50, `label` = 'base.framework.workflow.*', `description` = 'Manage workflow nodes' WHERE `name` = 'base.framework.workflow.*';--> statement-breakpoint
UPDATE `rights` SET `level` = 10, `label` = 'base.framework.workflow.view', `description` = 'View workflow nodes' WHERE `name` = 'base.framework.workflow.view';--> statement-breakpoint
UPDATE `rights` SET `level` = 10, `label` = 'base.framework.workflow.process', `description` = 'Process workflow nodes' WHERE `name` = 'base.framework.workflow.process';--> statement-breakpoint
UPDATE `rights` SET `level` = 50, `label` = 'base.framework.cache.*', `description` = 'Manage caches' WHERE `name` = 'base.framework.cache.*';--> statement-breakpoint
UPDATE `rights` SET `level` = 10, `label` = 'base.framework.cache.view', `description` = 'View caches' WHERE `name` = 'base.framework.cache.view';--> statement-breakpoint
UPDATE `rights` SET `level` = 50, `label` = 'base.framework.cache.reset', `description` = 'Reset caches' WHERE `name` = 'base.framework.cache.reset';--> statement-breakpoint
UPDATE `rights` SET `level` = 50, `label` = 'base.framework.message.*', `description` = 'Manage messages' WHERE `name` = 'base.framework.message.*';--> statement-breakpoint
UPDATE `rights` SET `level` = 10, `label` = 'base.framework.message.view', `description` = 'View messages' WHERE `name` = 'base.framework.message.view';--> statement-breakpoint
UPDATE `rights` SET `level` = 10, `label` = 'base.framework.message.add', `description` = 'Add messages' WHERE `name` = 'base.framework.message.add';--> statement-breakpoint
UPDATE `rights` SET `level` = 10, `label` = 'base.framework.message.edit', `description` = 'Edit messages' WHERE `name` = 'base.framework.message.edit';--> statement-breakpoint
UPDATE `rights` SET `level` = 50, `label` = 'base.framework.message.delete', `description` = 'Delete messages' WHERE `name` = 'base.framework.message.delete';--> statement-breakpoint
UPDATE `rights` SET `level` = 50, `label` = 'base.framework.directory.*', `description` = 'Manage directories' WHERE `name` = 'base.framework.directory.*';--> statement-breakpoint
UPDATE `rights` SET `level` = 10, `label` = 'base.framework.directory.view', `description` = 'View directories' WHERE `name` = 'base.framework.directory.view';--> statement-breakpoint
UPDATE `rights` SET `level` = 10, `label` = 'base.framework.directory.add', `description` = 'Add directories' WHERE `name` = 'base.framework.directory.add';--> statement-breakpoint
UPDATE `rights` SET `level` = 10, `label` = 'base.framework.directory.edit', `description` = 'Edit directories' WHERE `name` = 'base.framework.directory.edit';--> statement-breakpoint
UPDATE `rights` SET `level` = 50, `label` = 'base.framework.directory.delete', `description` = 'Delete directories' WHERE `name` = 'base.framework.directory.delete';--> statement-breakpoint
UPDATE `rights` SET `level` = 50, `label` = 'base.framework.directory.access', `description` = 'Access directories' WHERE `name` = 'base.framework.directory.access';--> statement-breakpoint
UPDATE `rights` SET `level` = 50, `label` = 'base.framework.io.*', `description` = 'Manage import/export schemes' WHERE `name` = 'base.framework.io.*';--> statement-breakpoint
UPDATE `rights` SET `level` = 10, `label` = 'base.framework.io.view', `description` = 'View import/export schemes' WHERE `name` = 'base.framework.io.view';--> statement-breakpoint
UPDATE `rights` SET `level` = 50, `label` = 'base.framework.io.edit', `description` = 'Edit import/export schemes' WHERE `name` = 'base.framework.io.edit';--> statement-breakpoint
UPDATE `rights` SET `level` = 100, `label` = 'base.user-management.*', `description` = 'Manage users and groups' WHERE `name` = 'base.user-management.*';--> statement-breakpoint
UPDATE `rights` SET `level` = 100, `label` = 'base.user-management.user.*', `description` = 'Manage users' WHERE `name` = 'base.user-management.user.*';--> statement-breakpoint
UPDATE `rights` SET `level` = 10, `label` = 'base.user-management.user.view', `description` = 'View users' WHERE `name` = 'base.user-management.user.view';--> statement-breakpoint
UPDATE `rights` SET `level` = 80, `label` = 'base.user-management.user.add', `description` = 'Add users' WHERE `name` = 'base.user-management.user.add';--> statement-breakpoint
UPDATE `rights` SET `level` = 80, `label` = 'base.user-management.user.edit', `description` = 'Edit users' WHERE `name` = 'base.user-management.user.edit';--> statement-breakpoint
UPDATE `rights` SET `level` = 100, `label` = 'base.user-management.user.delete', `description` = 'Delete users' WHERE `name` = 'base.user-management.user.delete';--> statement-breakpoint
UPDATE `rights` SET `level` = 100, `label` = 'base.user-management.group.*', `description` = 'Manage groups' WHERE `name` = 'base.user-management.group.*';--> statement-breakpoint
UPDATE `rights` SET `level` = 10, `label` = 'base.user-management.group.view', `description` = 'View groups' WHERE `name` = 'base.user-management.group.view';--> statement-breakpoint
UPDATE `rights` SET `level` = 80, `label` = 'base.user-management.group.add', `description` = 'Add groups' WHERE `name` = 'base.user-management.group.add';--> statement-breakpoint
UPDATE `rights` SET `level` = 80, `label` = 'base.user-management.group.edit', `description` = 'Edit groups' WHERE `name` = 'base.user-management.group.edit';--> statement-breakpoint
UPDATE `rights` SET `level` = 100, `label` = 'base.user-management.group.delete', `description` = 'Delete groups' WHERE `name` = 'base.user-management.group.delete';--> statement-breakpoint
UPDATE `rights` SET `level` = 30, `label` = 'base.export.*', `description` = 'Export data' WHERE `name` = 'base.export.*';--> statement-breakpoint
UPDATE `rights` SET `level` = 30, `label` = 'base.export.object.*', `description` = 'Manage object exports' WHERE `name` = 'base.export.object.*';--> statement-breakpoint
UPDATE `rights` SET `level` = 10, `label` = 'base.export.object.view', `description` = 'View object exports' WHERE `name` = 'base.export.object.view';--> statement-breakpoint
UPDATE `rights` SET `level` = 30, `label` = 'base.export.type.*', `description` = 'Manage type exports' WHERE `name` = 'base.export.type.*';--> statement-breakpoint
UPDATE `rights` SET `level` = 10, `label` = 'base.export.type.view', `description` = 'View type exports' WHERE `name` = 'base.export.type.view';--> statement-breakpoint
UPDATE `rights` SET `level` = 50, `label` = 'base.import.*', `description` = 'Import data' WHERE `name` = 'base.import.*';--> statement-breakpoint
UPDATE `rights` SET `level` = 50, `label` = 'base.import.object.*', `description` = 'Manage object imports' WHERE `name` = 'base.import.object.*';--> statement-breakpoint
UPDATE `rights` SET `level` = 10, `label` = 'base.import.object.add', `description` = 'Add object imports' WHERE `name` = 'base.import.object.add';--> statement-breakpoint
UPDATE `rights` SET `level` = 50, `label` = 'base.import.type.*', `description` = 'Manage type imports' WHERE `name` = 'base.import.type.*';--> statement-breakpoint
UPDATE `rights` SET `level` = 10, `label` = 'base.import.type.add', `description` = 'Add type imports' WHERE `name` = 'base.import.type.add';--> statement-breakpoint
UPDATE `rights` SET `level` = 100, `label` = 'base.setup.*', `description` = 'Install, upgrade and downgrade the database' WHERE `name` = 'base.setup.*';--> statement-breakpoint
UPDATE `rights` SET `level` = 30, `label` = 'base.setup.view', `description` = 'View setup status' WHERE `name` = 'base.setup.view';--> statement-breakpoint
UPDATE `rights` SET `level` = 100, `label` = 'base.setup.install', `description` = 'Install or upgrade pools' WHERE `name` = 'base.setup.install';--> statement-breakpoint
UPDATE `rights` SET `level` = 80, `label` = 'base.setup.export', `description` = 'Export the repository' WHERE `name` = 'base.setup.export';--> statement-breakpoint
UPDATE `rights` SET `level` = 30, `label` = 'base.encrypt.*', `description` = 'Use the encryption service' WHERE `name` = 'base.encrypt.*';--> statement-breakpoint
UPDATE `rights` SET `level` = 10, `label` = 'base.encrypt.use', `description` = 'Encrypt values' WHERE `name` = 'base.encrypt.use';
