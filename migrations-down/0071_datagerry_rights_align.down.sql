-- Undoes 0071_datagerry_rights_align: the labels, levels and descriptions 0070_datagerry_ui inserted.
UPDATE `rights` SET `level` = 50, `label` = 'base.framework.sectionTemplate.*', `description` = 'Manage section templates' WHERE `name` = 'base.framework.sectionTemplate.*';--> statement-breakpoint
UPDATE `rights` SET `level` = 10, `label` = 'base.framework.sectionTemplate.view', `description` = 'View section templates' WHERE `name` = 'base.framework.sectionTemplate.view';--> statement-breakpoint
UPDATE `rights` SET `level` = 30, `label` = 'base.framework.sectionTemplate.add', `description` = 'Add section templates' WHERE `name` = 'base.framework.sectionTemplate.add';--> statement-breakpoint
UPDATE `rights` SET `level` = 30, `label` = 'base.framework.sectionTemplate.edit', `description` = 'Edit section templates' WHERE `name` = 'base.framework.sectionTemplate.edit';--> statement-breakpoint
UPDATE `rights` SET `level` = 50, `label` = 'base.framework.sectionTemplate.delete', `description` = 'Delete section templates' WHERE `name` = 'base.framework.sectionTemplate.delete';--> statement-breakpoint
UPDATE `rights` SET `level` = 50, `label` = 'base.docapi.*', `description` = 'Manage DocAPI' WHERE `name` = 'base.docapi.*';--> statement-breakpoint
UPDATE `rights` SET `level` = 50, `label` = 'base.docapi.template.*', `description` = 'Manage DocAPI templates' WHERE `name` = 'base.docapi.template.*';--> statement-breakpoint
UPDATE `rights` SET `level` = 10, `label` = 'base.docapi.template.view', `description` = 'View DocAPI templates' WHERE `name` = 'base.docapi.template.view';--> statement-breakpoint
UPDATE `rights` SET `level` = 30, `label` = 'base.docapi.template.add', `description` = 'Add DocAPI templates' WHERE `name` = 'base.docapi.template.add';--> statement-breakpoint
UPDATE `rights` SET `level` = 50, `label` = 'base.docapi.template.edit', `description` = 'Edit DocAPI templates' WHERE `name` = 'base.docapi.template.edit';--> statement-breakpoint
UPDATE `rights` SET `level` = 50, `label` = 'base.docapi.template.delete', `description` = 'Delete DocAPI templates' WHERE `name` = 'base.docapi.template.delete';
