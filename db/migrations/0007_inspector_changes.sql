CREATE TABLE `inspector_changes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`inspector_id` integer NOT NULL,
	`at` text NOT NULL,
	`actor_name` text NOT NULL,
	`source` text NOT NULL,
	`changes` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`inspector_id`) REFERENCES `inspectors`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `inspector_changes_inspector_idx` ON `inspector_changes` (`inspector_id`,`id`);