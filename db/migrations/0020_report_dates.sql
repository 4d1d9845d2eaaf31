-- 不予公示 counts as dealt with from the day the result was withheld, so a report of an earlier month keeps its figures.
-- Rows withheld before this column: the day of the first successful results.withhold in the audit log, on the office's
-- default clock (Asia/Shanghai: UTC+8 all year), never before the result's date; with no such entry, the result's date.
ALTER TABLE `results` ADD `withheld_on` text;
--> statement-breakpoint
UPDATE `results` SET `withheld_on` = max(`result_date`, coalesce(
  (SELECT date(min(a.`at`), '+8 hours') FROM `audit_log` a
   WHERE a.`method` = 'results.withhold' AND a.`outcome` = 'ok' AND a.`entity_type` = 'result'
     AND a.`entity_id` = CAST(`results`.`id` AS TEXT)),
  `result_date`))
WHERE `withheld_reason` IS NOT NULL;
--> statement-breakpoint
-- A follow-up counts in the month it was decided, which may be before it was typed in. Rows from before this column:
-- the day they were registered, on the office's default clock (UTC+8).
-- The rows filled here have no row digest for `audit verify --deep` to miss: the previous release (0017) had none,
-- and 0018, which starts them and counts older rows as 未登记, ships in the same release as this migration.
ALTER TABLE `follow_ups` ADD `decided_on` text;
--> statement-breakpoint
UPDATE `follow_ups` SET `decided_on` = date(`created_at`, '+8 hours');
