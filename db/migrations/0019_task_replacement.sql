-- 作废 (cancelling) a task, with its reason and approver, and the task that replaces it: a planned task has at most
-- one live (not cancelled) task, so a second draw for it is never silent.
ALTER TABLE `tasks` ADD `cancelled_at` text;
--> statement-breakpoint
ALTER TABLE `tasks` ADD `cancel_reason` text;
--> statement-breakpoint
ALTER TABLE `tasks` ADD `cancel_approver` text;
--> statement-breakpoint
ALTER TABLE `tasks` ADD `cancelled_by` text;
--> statement-breakpoint
ALTER TABLE `tasks` ADD `replaces_task_id` integer REFERENCES `tasks`(`id`);
--> statement-breakpoint
-- Databases made before this may hold several tasks of one planned task (tasks.createFromPlan did not refuse a
-- second). One stays live — the one with the most results, then one whose list is locked, then the earliest — and
-- the others are marked cancelled, so the unique index below can be built; nothing is deleted.
UPDATE `tasks` SET
	`cancelled_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now'),
	`cancel_reason` = '升级时发现的重复任务',
	`cancel_approver` = '系统升级',
	`cancelled_by` = '系统升级'
WHERE `id` IN (
	SELECT `id` FROM (
		SELECT t.`id`, row_number() OVER (
			PARTITION BY t.`plan_task_id`
			ORDER BY (SELECT count(*) FROM `results` r WHERE r.`task_id` = t.`id`) DESC,
				(t.`status` = 'locked') DESC,
				t.`id`
		) AS `rank`
		FROM `tasks` t
		WHERE t.`plan_task_id` IS NOT NULL
	)
	WHERE `rank` > 1
);
--> statement-breakpoint
CREATE UNIQUE INDEX `tasks_plan_task_live_uq` ON `tasks` (`plan_task_id`) WHERE `cancelled_at` IS NULL;
