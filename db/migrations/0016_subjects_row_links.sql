-- Tags, licence types and departments are filtered on the subject's own columns (whole items of its '、'/','-joined
-- lists), which the list reads anyway: the link tables cost every imported subject two or three more B-tree rows
-- (0.3 s of a 100,000-row import) and no query needed them. A subject's creation is kept on its row (created_by,
-- created_via) instead of as a change row of its own; rows created before this keep their creation change row.
DROP TABLE `subject_departments`;--> statement-breakpoint
DROP TABLE `subject_labels`;--> statement-breakpoint
ALTER TABLE `subjects` ADD `created_by` text;--> statement-breakpoint
ALTER TABLE `subjects` ADD `created_via` text;--> statement-breakpoint
-- Bulk writers now drop the FTS insert trigger for their insert instead of pausing it (subjects/fts.ts), so the
-- pause table of 0008 and the trigger's check of it go; single inserts index themselves as before.
DROP TRIGGER `subjects_fts_insert`;
--> statement-breakpoint
CREATE TRIGGER `subjects_fts_insert` AFTER INSERT ON `subjects` BEGIN
  INSERT INTO subjects_fts(rowid, name, address, name_initials) VALUES (new.id, new.name, new.address, new.name_initials);
END;
--> statement-breakpoint
DROP TABLE `subjects_fts_paused`;
