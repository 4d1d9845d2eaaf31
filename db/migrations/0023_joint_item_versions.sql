-- 立改废释 for the joint item list (一业一查) as for items: each edit or retirement of a joint item is a version
-- effective from a date, with its reason and actor, and carries its own member items.
CREATE TABLE `joint_item_versions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`joint_item_id` integer NOT NULL,
	`version_no` integer NOT NULL,
	`effective_from` text NOT NULL,
	`status` text NOT NULL,
	`name` text NOT NULL,
	`scene` text DEFAULT '' NOT NULL,
	`lead_department_id` integer NOT NULL,
	`reason` text NOT NULL,
	`actor_name` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`joint_item_id`) REFERENCES `joint_items`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`lead_department_id`) REFERENCES `departments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `joint_item_versions_uq` ON `joint_item_versions` (`joint_item_id`,`version_no`);
--> statement-breakpoint
CREATE INDEX `joint_item_versions_effective_idx` ON `joint_item_versions` (`joint_item_id`,`effective_from`);
--> statement-breakpoint
CREATE TABLE `joint_item_version_members` (
	`version_id` integer NOT NULL,
	`item_id` integer NOT NULL,
	PRIMARY KEY(`version_id`, `item_id`),
	FOREIGN KEY (`version_id`) REFERENCES `joint_item_versions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`item_id`) REFERENCES `check_items`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
-- Joint items made before versions become version 1, effective from the day they were created on the office's default
-- clock (Asia/Shanghai: UTC+8 all year), by whoever the audit log says created them. Their rows are left as they were.
INSERT INTO `joint_item_versions` (`joint_item_id`, `version_no`, `effective_from`, `status`, `name`, `scene`,
	`lead_department_id`, `reason`, `actor_name`, `created_at`, `updated_at`)
SELECT j.`id`, 1, date(j.`created_at`, '+8 hours'), 'active', j.`name`, j.`scene`, j.`lead_department_id`, '新增',
	coalesce((SELECT a.`actor_name` FROM `audit_log` a
		WHERE a.`method` = 'items.jointCreate' AND a.`outcome` = 'ok' AND a.`entity_type` = 'jointItem'
			AND a.`entity_id` = CAST(j.`id` AS TEXT) ORDER BY a.`id` LIMIT 1), '系统升级'),
	j.`created_at`, j.`created_at`
FROM `joint_items` j ORDER BY j.`id`;
--> statement-breakpoint
INSERT INTO `joint_item_version_members` (`version_id`, `item_id`)
SELECT v.`id`, m.`item_id` FROM `joint_item_members` m
INNER JOIN `joint_item_versions` v ON v.`joint_item_id` = m.`joint_item_id` AND v.`version_no` = 1;
--> statement-breakpoint
-- 公布: each publication of the item list or the joint list as of a date, numbered per list, with its version
-- identifier (count, SHA-256 of the canonical content, the highest version recorded then).
CREATE TABLE `item_list_publications` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`seq` integer NOT NULL,
	`as_of` text NOT NULL,
	`published_on` text NOT NULL,
	`count` integer NOT NULL,
	`sha256` text NOT NULL,
	`last_version_id` integer NOT NULL,
	`actor_name` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `item_list_publications_uq` ON `item_list_publications` (`kind`,`seq`);
