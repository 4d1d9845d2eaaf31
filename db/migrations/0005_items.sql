CREATE TABLE `check_item_versions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`item_id` integer NOT NULL,
	`version_no` integer NOT NULL,
	`effective_from` text NOT NULL,
	`status` text NOT NULL,
	`name` text NOT NULL,
	`basis` text NOT NULL,
	`content` text DEFAULT '' NOT NULL,
	`object_type` text DEFAULT '' NOT NULL,
	`methods` text NOT NULL,
	`category` text NOT NULL,
	`ratio_cap` real,
	`frequency_cap` integer,
	`scope` text DEFAULT '{}' NOT NULL,
	`reason` text NOT NULL,
	`actor_name` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`item_id`) REFERENCES `check_items`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `item_versions_uq` ON `check_item_versions` (`item_id`,`version_no`);--> statement-breakpoint
CREATE INDEX `item_versions_effective_idx` ON `check_item_versions` (`item_id`,`effective_from`);--> statement-breakpoint
CREATE TABLE `check_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`department_id` integer NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`department_id`) REFERENCES `departments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `check_items_code_uq` ON `check_items` (`code`);--> statement-breakpoint
CREATE INDEX `check_items_department_idx` ON `check_items` (`department_id`);--> statement-breakpoint
CREATE TABLE `joint_item_members` (
	`joint_item_id` integer NOT NULL,
	`item_id` integer NOT NULL,
	PRIMARY KEY(`joint_item_id`, `item_id`),
	FOREIGN KEY (`joint_item_id`) REFERENCES `joint_items`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`item_id`) REFERENCES `check_items`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `joint_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`scene` text DEFAULT '' NOT NULL,
	`lead_department_id` integer NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`lead_department_id`) REFERENCES `departments`(`id`) ON UPDATE no action ON DELETE no action
);
