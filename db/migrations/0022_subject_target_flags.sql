-- 投诉举报经核实: the third targeting flag beside 经营异常名录 and 严重违法失信 (SH: 提高抽查比例和频次). Which flags
-- form a task's targeted (重点) stratum is the task's setting, recorded in the draw.
ALTER TABLE `subjects` ADD `complaint_verified` integer DEFAULT false NOT NULL;
--> statement-breakpoint
-- The pool index covers every targeting flag, so freezing a pool still reads class, flags and id from it alone.
-- The flags follow the id, so the index keeps the order the pool was read in before (industry, status, class,
-- penalty flag, id).
DROP INDEX IF EXISTS `subjects_pool_idx`;
--> statement-breakpoint
CREATE INDEX `subjects_pool_idx` ON `subjects` (`industry_code`,`reg_status`,`risk_class`,`penalized_3y`,`id`,`abnormal`,`serious_illegal`,`complaint_verified`);
