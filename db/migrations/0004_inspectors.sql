CREATE TABLE `experts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`organisation` text NOT NULL,
	`org_type` text NOT NULL,
	`field` text DEFAULT '' NOT NULL,
	`phone` text DEFAULT '' NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `inspector_recusals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`inspector_id` integer NOT NULL,
	`kind` text NOT NULL,
	`subject_id` integer,
	`region_code` text,
	`relation` text NOT NULL,
	`reason` text NOT NULL,
	`ended_at` text,
	`end_reason` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`inspector_id`) REFERENCES `inspectors`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`subject_id`) REFERENCES `subjects`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `recusals_inspector_idx` ON `inspector_recusals` (`inspector_id`);--> statement-breakpoint
CREATE INDEX `recusals_subject_idx` ON `inspector_recusals` (`subject_id`);--> statement-breakpoint
CREATE TABLE `inspectors` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`department_id` integer NOT NULL,
	`cert_no` text,
	`cert_valid_from` text,
	`cert_valid_to` text,
	`position` text DEFAULT '' NOT NULL,
	`qualifications` text DEFAULT '' NOT NULL,
	`expertise` text DEFAULT '' NOT NULL,
	`region_code` text DEFAULT '' NOT NULL,
	`phone` text DEFAULT '' NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`department_id`) REFERENCES `departments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `inspectors_cert_uq` ON `inspectors` (`cert_no`) WHERE "inspectors"."cert_no" IS NOT NULL;--> statement-breakpoint
CREATE INDEX `inspectors_department_idx` ON `inspectors` (`department_id`);