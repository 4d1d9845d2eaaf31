CREATE TABLE `subject_changes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`subject_id` integer NOT NULL,
	`at` text NOT NULL,
	`actor_name` text NOT NULL,
	`source` text NOT NULL,
	`changes` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`subject_id`) REFERENCES `subjects`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `subject_changes_subject_idx` ON `subject_changes` (`subject_id`,`id`);--> statement-breakpoint
CREATE TABLE `subject_departments` (
	`subject_id` integer NOT NULL,
	`department_id` integer NOT NULL,
	PRIMARY KEY(`subject_id`, `department_id`),
	FOREIGN KEY (`subject_id`) REFERENCES `subjects`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`department_id`) REFERENCES `departments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `subject_labels` (
	`subject_id` integer NOT NULL,
	`kind` text NOT NULL,
	`value` text NOT NULL,
	PRIMARY KEY(`subject_id`, `kind`, `value`),
	FOREIGN KEY (`subject_id`) REFERENCES `subjects`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `subjects` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`type` text NOT NULL,
	`uscc` text,
	`name` text NOT NULL,
	`name_initials` text NOT NULL,
	`legal_rep` text DEFAULT '' NOT NULL,
	`address` text DEFAULT '' NOT NULL,
	`region_code` text DEFAULT '' NOT NULL,
	`industry_code` text DEFAULT '' NOT NULL,
	`licences` text DEFAULT '' NOT NULL,
	`reg_status` text DEFAULT '存续' NOT NULL,
	`established_on` text,
	`risk_class` text DEFAULT 'B' NOT NULL,
	`abnormal` integer DEFAULT false NOT NULL,
	`serious_illegal` integer DEFAULT false NOT NULL,
	`penalized_3y` integer DEFAULT false NOT NULL,
	`tags` text DEFAULT '' NOT NULL,
	`department_ids` text DEFAULT '' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `subjects_uscc_uq` ON `subjects` (`uscc`) WHERE "subjects"."uscc" IS NOT NULL;