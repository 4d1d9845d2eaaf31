-- Substring search over name, address and pinyin initials: an FTS5 trigram index kept in step by triggers.
CREATE VIRTUAL TABLE `subjects_fts` USING fts5(name, address, name_initials, content='subjects', content_rowid='id', tokenize='trigram');
--> statement-breakpoint
CREATE TRIGGER `subjects_fts_insert` AFTER INSERT ON `subjects` BEGIN
  INSERT INTO subjects_fts(rowid, name, address, name_initials) VALUES (new.id, new.name, new.address, new.name_initials);
END;
--> statement-breakpoint
CREATE TRIGGER `subjects_fts_delete` AFTER DELETE ON `subjects` BEGIN
  INSERT INTO subjects_fts(subjects_fts, rowid, name, address, name_initials) VALUES ('delete', old.id, old.name, old.address, old.name_initials);
END;
--> statement-breakpoint
CREATE TRIGGER `subjects_fts_update` AFTER UPDATE OF name, address, name_initials ON `subjects` BEGIN
  INSERT INTO subjects_fts(subjects_fts, rowid, name, address, name_initials) VALUES ('delete', old.id, old.name, old.address, old.name_initials);
  INSERT INTO subjects_fts(rowid, name, address, name_initials) VALUES (new.id, new.name, new.address, new.name_initials);
END;
