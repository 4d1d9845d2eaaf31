CREATE TABLE `cases` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`source` text NOT NULL,
	`received_on` text NOT NULL,
	`subject_id` integer,
	`subject_name` text NOT NULL,
	`department_id` integer NOT NULL,
	`summary` text NOT NULL,
	`outcome` text,
	`closed_on` text,
	`created_by` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`subject_id`) REFERENCES `subjects`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`department_id`) REFERENCES `departments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `cases_subject_idx` ON `cases` (`subject_id`);--> statement-breakpoint
CREATE TABLE `credit_proposals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`subject_id` integer NOT NULL,
	`result_id` integer NOT NULL,
	`from_class` text NOT NULL,
	`to_class` text NOT NULL,
	`status` text DEFAULT 'proposed' NOT NULL,
	`decided_by` text,
	`decided_at` text,
	`note` text DEFAULT '' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`subject_id`) REFERENCES `subjects`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`result_id`) REFERENCES `results`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `credit_proposals_status_idx` ON `credit_proposals` (`status`);--> statement-breakpoint
CREATE INDEX `credit_proposals_subject_idx` ON `credit_proposals` (`subject_id`);--> statement-breakpoint
CREATE TABLE `follow_up_measures` (
	`code` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`none` integer DEFAULT false NOT NULL,
	`sort` integer DEFAULT 0 NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `follow_ups` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`result_id` integer NOT NULL,
	`measure` text NOT NULL,
	`department_id` integer NOT NULL,
	`due_on` text NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`closed_on` text,
	`outcome` text,
	`created_by` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`result_id`) REFERENCES `results`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`measure`) REFERENCES `follow_up_measures`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`department_id`) REFERENCES `departments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `follow_ups_result_idx` ON `follow_ups` (`result_id`);--> statement-breakpoint
CREATE INDEX `follow_ups_status_idx` ON `follow_ups` (`status`,`due_on`);--> statement-breakpoint
CREATE TABLE `inspection_codes` (
	`code` text PRIMARY KEY NOT NULL,
	`task_id` integer NOT NULL,
	`subject_id` integer NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`task_id`) REFERENCES `tasks`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`subject_id`) REFERENCES `subjects`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `inspection_codes_task_subject_uq` ON `inspection_codes` (`task_id`,`subject_id`);--> statement-breakpoint
CREATE TABLE `result_attachments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`result_id` integer NOT NULL,
	`name` text NOT NULL,
	`stored_name` text NOT NULL,
	`size` integer NOT NULL,
	`actor_name` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`result_id`) REFERENCES `results`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `result_attachments_result_idx` ON `result_attachments` (`result_id`);--> statement-breakpoint
CREATE TABLE `result_categories` (
	`code` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`problem` integer DEFAULT false NOT NULL,
	`unchecked` integer DEFAULT false NOT NULL,
	`sort` integer DEFAULT 0 NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `result_versions` (
	`result_id` integer NOT NULL,
	`version` integer NOT NULL,
	`snapshot` text NOT NULL,
	`reason` text NOT NULL,
	`actor_name` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	PRIMARY KEY(`result_id`, `version`),
	FOREIGN KEY (`result_id`) REFERENCES `results`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `results` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`task_id` integer NOT NULL,
	`subject_id` integer NOT NULL,
	`item_id` integer NOT NULL,
	`department_id` integer NOT NULL,
	`categories` text NOT NULL,
	`result_date` text NOT NULL,
	`method` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`problems` text DEFAULT '' NOT NULL,
	`status` text NOT NULL,
	`return_reason` text,
	`withheld_reason` text,
	`published_on` text,
	`publish_due` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`entered_by` text NOT NULL,
	`reviewed_by` text,
	`reviewed_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`task_id`) REFERENCES `tasks`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`subject_id`) REFERENCES `subjects`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`item_id`) REFERENCES `check_items`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`department_id`) REFERENCES `departments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `results_task_subject_item_uq` ON `results` (`task_id`,`subject_id`,`item_id`);--> statement-breakpoint
CREATE INDEX `results_subject_idx` ON `results` (`subject_id`);--> statement-breakpoint
CREATE INDEX `results_pending_due_idx` ON `results` (`publish_due`,`department_id`) WHERE "results"."published_on" IS NULL AND "results"."withheld_reason" IS NULL;--> statement-breakpoint
ALTER TABLE `users` ADD `inspector_id` integer REFERENCES inspectors(id);