-- Rules and roles must never outlive their subject: a new user or group taking the old name would inherit
-- them. From now on the identity core removes them in the same batch as the deletion; this clears what
-- earlier deletions left behind. Ribbon2 access rules of users and groups that no longer exist go; an
-- iDempiere role bound to a group that no longer exists is deactivated.
DELETE FROM `r2_access` WHERE `subject_type` = 'USER'
  AND lower(`subject_name`) NOT IN (SELECT lower(`login`) FROM `users`);--> statement-breakpoint
DELETE FROM `r2_access` WHERE `subject_type` = 'GROUP'
  AND lower(`subject_name`) NOT IN (SELECT lower(`name`) FROM `groups`);--> statement-breakpoint
UPDATE `AD_Role` SET `IsActive` = 0
  WHERE lower(`Group_Name`) NOT IN (SELECT lower(`name`) FROM `groups`);
