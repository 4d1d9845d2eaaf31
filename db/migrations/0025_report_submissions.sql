-- 报送 (issue 16 point 23): each submitted report frozen — its workbook's bytes, figures, SHA-256 and the audit head.
CREATE TABLE `report_submissions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`period` text NOT NULL,
	`department_id` integer NOT NULL,
	`version` integer NOT NULL,
	`reason` text DEFAULT '' NOT NULL,
	`file_name` text NOT NULL,
	`file` blob NOT NULL,
	`sha256` text NOT NULL,
	`figures` text NOT NULL,
	`audit_head_id` integer,
	`audit_head_hash` text,
	`due_on` text NOT NULL,
	`submitted_on` text NOT NULL,
	`submitted_at` text NOT NULL,
	`submitted_by` integer,
	`submitted_by_name` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`department_id`) REFERENCES `departments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `report_submissions_version_uq` ON `report_submissions` (`kind`,`period`,`department_id`,`version`);
--> statement-breakpoint
-- A submitted version is history: it is never changed or removed; a correction is a new version with a reason.
CREATE TRIGGER `report_submissions_no_update` BEFORE UPDATE ON `report_submissions`
BEGIN SELECT RAISE(ABORT, 'report_submissions is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `report_submissions_no_delete` BEFORE DELETE ON `report_submissions`
BEGIN SELECT RAISE(ABORT, 'report_submissions is append-only'); END;
