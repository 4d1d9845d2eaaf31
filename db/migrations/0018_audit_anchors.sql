-- Anchors: every audit head the app printed or exported, so that `audit verify` can tell a truncated or re-hashed
-- chain from the genuine one (an attacker with the file can rewrite these too: the signed anchor file kept outside
-- the PC is the check that cannot be).
CREATE TABLE `audit_anchors` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`entry_id` integer NOT NULL,
	`hash` text NOT NULL,
	`purpose` text NOT NULL,
	`at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `audit_anchors_entry_idx` ON `audit_anchors` (`entry_id`);
--> statement-breakpoint
-- What each audited write left in the rows it touched; the entry's rows_digest (hashed into the chain) covers them.
ALTER TABLE `audit_log` ADD `rows_digest` text;
--> statement-breakpoint
-- A bulk insert's rows are declared by its entry (pending = 1, no digests) and digested while the app is idle by
-- later system.digestRows entries, working through audit_row_backlog: the import itself pays nothing for them.
CREATE TABLE `audit_row_digests` (
	`entry_id` integer NOT NULL,
	`tbl` text NOT NULL,
	`pending` integer DEFAULT 0 NOT NULL,
	`row_ids` text NOT NULL,
	`digests` blob NOT NULL,
	PRIMARY KEY(`entry_id`, `tbl`, `pending`)
);
--> statement-breakpoint
CREATE TABLE `audit_row_backlog` (
	`entry_id` integer NOT NULL,
	`tbl` text NOT NULL,
	`next_rid` integer NOT NULL,
	`last_rid` integer NOT NULL,
	PRIMARY KEY(`entry_id`, `tbl`)
);
--> statement-breakpoint
-- Rows already there when digests began are 未登记: counted by `audit verify --deep`, never named.
CREATE TABLE `audit_row_baseline` (
	`tbl` text PRIMARY KEY NOT NULL,
	`max_rowid` integer NOT NULL
);
--> statement-breakpoint
INSERT INTO `audit_row_baseline` (`tbl`, `max_rowid`)
SELECT 'subjects', coalesce(max(rowid), 0) FROM `subjects`
UNION ALL SELECT 'inspectors', coalesce(max(rowid), 0) FROM `inspectors`
UNION ALL SELECT 'inspector_recusals', coalesce(max(rowid), 0) FROM `inspector_recusals`
UNION ALL SELECT 'experts', coalesce(max(rowid), 0) FROM `experts`
UNION ALL SELECT 'check_items', coalesce(max(rowid), 0) FROM `check_items`
UNION ALL SELECT 'check_item_versions', coalesce(max(rowid), 0) FROM `check_item_versions`
UNION ALL SELECT 'plans', coalesce(max(rowid), 0) FROM `plans`
UNION ALL SELECT 'plan_tasks', coalesce(max(rowid), 0) FROM `plan_tasks`
UNION ALL SELECT 'plan_adjustments', coalesce(max(rowid), 0) FROM `plan_adjustments`
UNION ALL SELECT 'tasks', coalesce(max(rowid), 0) FROM `tasks`
UNION ALL SELECT 'draws', coalesce(max(rowid), 0) FROM `draws`
UNION ALL SELECT 'draw_subjects', coalesce(max(rowid), 0) FROM `draw_subjects`
UNION ALL SELECT 'matches', coalesce(max(rowid), 0) FROM `matches`
UNION ALL SELECT 'team_members', coalesce(max(rowid), 0) FROM `team_members`
UNION ALL SELECT 'results', coalesce(max(rowid), 0) FROM `results`
UNION ALL SELECT 'result_versions', coalesce(max(rowid), 0) FROM `result_versions`
UNION ALL SELECT 'follow_ups', coalesce(max(rowid), 0) FROM `follow_ups`;
