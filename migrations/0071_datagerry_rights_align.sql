-- The section template and DocAPI rights that 0070_datagerry_ui inserted, aligned with DATAGERRY's own
-- catalogue (cmdb/user_management/rights: SectionTemplateRight, DocapiRight, DocapiTemplateRight): a right's
-- label is its last two name segments, levels are DATAGERRY's (PERMISSION 10, PROTECTED 30, SECURE 50), and
-- so are the descriptions. Data only. Undone by migrations-down/0071_datagerry_rights_align.down.sql.
UPDATE `rights` SET `level` = 10, `label` = 'sectionTemplate.*', `description` = 'Manage section templates from framework' WHERE `name` = 'base.framework.sectionTemplate.*';--> statement-breakpoint
UPDATE `rights` SET `level` = 10, `label` = 'sectionTemplate.view', `description` = 'View section templates' WHERE `name` = 'base.framework.sectionTemplate.view';--> statement-breakpoint
UPDATE `rights` SET `level` = 10, `label` = 'sectionTemplate.add', `description` = 'Add section templates' WHERE `name` = 'base.framework.sectionTemplate.add';--> statement-breakpoint
UPDATE `rights` SET `level` = 30, `label` = 'sectionTemplate.edit', `description` = 'Edit section templates' WHERE `name` = 'base.framework.sectionTemplate.edit';--> statement-breakpoint
UPDATE `rights` SET `level` = 50, `label` = 'sectionTemplate.delete', `description` = 'Delete section templates' WHERE `name` = 'base.framework.sectionTemplate.delete';--> statement-breakpoint
UPDATE `rights` SET `level` = 50, `label` = 'docapi.*', `description` = 'Manage DocAPI' WHERE `name` = 'base.docapi.*';--> statement-breakpoint
UPDATE `rights` SET `level` = 50, `label` = 'template.*', `description` = 'Manage DocAPI templates' WHERE `name` = 'base.docapi.template.*';--> statement-breakpoint
UPDATE `rights` SET `level` = 50, `label` = 'template.view', `description` = 'View template' WHERE `name` = 'base.docapi.template.view';--> statement-breakpoint
UPDATE `rights` SET `level` = 50, `label` = 'template.add', `description` = 'Add template' WHERE `name` = 'base.docapi.template.add';--> statement-breakpoint
UPDATE `rights` SET `level` = 50, `label` = 'template.edit', `description` = 'Edit template' WHERE `name` = 'base.docapi.template.edit';--> statement-breakpoint
UPDATE `rights` SET `level` = 50, `label` = 'template.delete', `description` = 'Delete template' WHERE `name` = 'base.docapi.template.delete';
