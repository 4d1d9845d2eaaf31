-- The trigram index keeps which column each trigram is in but no longer where in it (detail=column), nor each row's
-- column sizes (columnsize=0: only ranking functions, which we do not use, read them): about 45 % less to write for
-- every imported subject.
-- Without positions FTS5 cannot match a phrase, so a search of four or more characters asks for all of its
-- trigrams in the column and then checks the text itself (queries.ts); the answers are the same. The triggers of
-- 0008 name the table and keep working on the new one.
DROP TABLE `subjects_fts`;
--> statement-breakpoint
CREATE VIRTUAL TABLE `subjects_fts` USING fts5(name, address, name_initials, content='subjects', content_rowid='id', tokenize='trigram', detail='column', columnsize=0);
--> statement-breakpoint
INSERT INTO `subjects_fts` (`subjects_fts`) VALUES ('rebuild');
--> statement-breakpoint
-- Segments are merged eight at a time instead of four: half the merge levels, so each imported row is rewritten by
-- merges about half as often (a 100,000-row import into the 1M directory: 0.59 s instead of 0.83 s of index work),
-- for a few more segments to look in per search (still ~2 ms).
INSERT INTO `subjects_fts` (`subjects_fts`, `rank`) VALUES ('automerge', 8);
