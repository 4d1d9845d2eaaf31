CREATE TABLE `plan_adjustments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`plan_id` integer NOT NULL,
	`plan_task_id` integer NOT NULL,
	`kind` text NOT NULL,
	`reason` text NOT NULL,
	`filed_on` text NOT NULL,
	`version` integer,
	`published_on` text,
	`before` text,
	`after` text NOT NULL,
	`actor_name` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `plans`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`plan_task_id`) REFERENCES `plan_tasks`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `plan_adjustments_plan_idx` ON `plan_adjustments` (`plan_id`,`id`);--> statement-breakpoint
CREATE TABLE `plan_tasks` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`plan_id` integer NOT NULL,
	`name` text NOT NULL,
	`item_ids` text NOT NULL,
	`lead_department_id` integer NOT NULL,
	`department_ids` text NOT NULL,
	`scope` text DEFAULT '{}' NOT NULL,
	`ratios` text NOT NULL,
	`frequency` integer DEFAULT 1 NOT NULL,
	`period_start` text NOT NULL,
	`period_end` text NOT NULL,
	`mode` text NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`status` text DEFAULT 'active' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `plans`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`lead_department_id`) REFERENCES `departments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `plan_tasks_plan_idx` ON `plan_tasks` (`plan_id`);--> statement-breakpoint
CREATE TABLE `plans` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`year` integer NOT NULL,
	`department_id` integer,
	`name` text NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`approved_on` text,
	`published_on` text,
	`version` integer DEFAULT 0 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`department_id`) REFERENCES `departments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `plans_year_department_uq` ON `plans` (`year`,`department_id`);--> statement-breakpoint
CREATE TABLE `tasks` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`plan_task_id` integer,
	`kind` text NOT NULL,
	`reason` text DEFAULT '' NOT NULL,
	`name` text NOT NULL,
	`year` integer NOT NULL,
	`item_ids` text NOT NULL,
	`lead_department_id` integer NOT NULL,
	`department_ids` text NOT NULL,
	`scope` text DEFAULT '{}' NOT NULL,
	`ratios` text NOT NULL,
	`period_start` text NOT NULL,
	`period_end` text NOT NULL,
	`mode` text NOT NULL,
	`team_size` integer DEFAULT 2 NOT NULL,
	`experts_per_team` integer DEFAULT 0 NOT NULL,
	`expertise` text,
	`batch_size` integer,
	`status` text DEFAULT 'open' NOT NULL,
	`created_by` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`plan_task_id`) REFERENCES `plan_tasks`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`lead_department_id`) REFERENCES `departments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `tasks_year_idx` ON `tasks` (`year`);--> statement-breakpoint
CREATE TABLE `draw_subjects` (
	`draw_id` integer NOT NULL,
	`seq` integer NOT NULL,
	`subject_id` integer NOT NULL,
	`risk_class` text NOT NULL,
	`batch` integer,
	`item_ids` text NOT NULL,
	PRIMARY KEY(`draw_id`, `seq`),
	FOREIGN KEY (`draw_id`) REFERENCES `draws`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`subject_id`) REFERENCES `subjects`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `draw_subjects_subject_idx` ON `draw_subjects` (`subject_id`);--> statement-breakpoint
CREATE TABLE `draws` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`task_id` integer NOT NULL,
	`attempt` integer NOT NULL,
	`status` text NOT NULL,
	`reason` text DEFAULT '' NOT NULL,
	`approver` text DEFAULT '' NOT NULL,
	`operator_name` text NOT NULL,
	`nonce` text NOT NULL,
	`nonce_hash` text NOT NULL,
	`pool_hash` text NOT NULL,
	`pool_size` integer NOT NULL,
	`record` text NOT NULL,
	`counting` text NOT NULL,
	`excluded` integer DEFAULT 0 NOT NULL,
	`witnesses` text DEFAULT '[]' NOT NULL,
	`seed` text,
	`drawn_at` text,
	`locked_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`task_id`) REFERENCES `tasks`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `draws_task_attempt_uq` ON `draws` (`task_id`,`attempt`);--> statement-breakpoint
CREATE TABLE `matches` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`task_id` integer NOT NULL,
	`draw_id` integer NOT NULL,
	`attempt` integer NOT NULL,
	`status` text NOT NULL,
	`reason` text DEFAULT '' NOT NULL,
	`record` text NOT NULL,
	`operator_name` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`task_id`) REFERENCES `tasks`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`draw_id`) REFERENCES `draws`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `matches_task_attempt_uq` ON `matches` (`task_id`,`attempt`);--> statement-breakpoint
CREATE TABLE `team_changes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`task_id` integer NOT NULL,
	`subject_id` integer NOT NULL,
	`removed_inspector_id` integer NOT NULL,
	`added_inspector_id` integer NOT NULL,
	`reason` text NOT NULL,
	`actor_name` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`task_id`) REFERENCES `tasks`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`subject_id`) REFERENCES `subjects`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`removed_inspector_id`) REFERENCES `inspectors`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`added_inspector_id`) REFERENCES `inspectors`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `team_changes_task_idx` ON `team_changes` (`task_id`);--> statement-breakpoint
CREATE TABLE `team_members` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`task_id` integer NOT NULL,
	`subject_id` integer NOT NULL,
	`inspector_id` integer,
	`expert_id` integer,
	`match_id` integer NOT NULL,
	`ended_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`task_id`) REFERENCES `tasks`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`subject_id`) REFERENCES `subjects`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`inspector_id`) REFERENCES `inspectors`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`expert_id`) REFERENCES `experts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`match_id`) REFERENCES `matches`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `team_members_task_idx` ON `team_members` (`task_id`,`subject_id`);