-- 一般事项 caps bind every credit-risk class; an office that wants a different cap for a class writes it on the item
-- (per-class caps, versioned and published with the list). Null: the item's ratio cap applies to that class.
ALTER TABLE `check_item_versions` ADD `ratio_cap_a` real;
--> statement-breakpoint
ALTER TABLE `check_item_versions` ADD `ratio_cap_b` real;
--> statement-breakpoint
ALTER TABLE `check_item_versions` ADD `ratio_cap_c` real;
--> statement-breakpoint
ALTER TABLE `check_item_versions` ADD `ratio_cap_d` real;
--> statement-breakpoint
-- Differentiated ratios rise with the risk (A ≤ B ≤ C ≤ D, the penalised stratum not below its classes); a planned
-- task that breaks this records why, and the printed plan shows it. Empty: the ratios follow the risk.
ALTER TABLE `plan_tasks` ADD `ratio_order_reason` text DEFAULT '' NOT NULL;
