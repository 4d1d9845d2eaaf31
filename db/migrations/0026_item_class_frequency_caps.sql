-- 一般事项 frequency caps (年度抽查频次上限) bind every credit-risk class; an office that wants a different yearly
-- frequency for a class writes it on the item, like the per-class ratio caps of 0021 (versioned and published with
-- the list). Null: the item's frequency cap applies to that class.
ALTER TABLE `check_item_versions` ADD `frequency_cap_a` integer;
--> statement-breakpoint
ALTER TABLE `check_item_versions` ADD `frequency_cap_b` integer;
--> statement-breakpoint
ALTER TABLE `check_item_versions` ADD `frequency_cap_c` integer;
--> statement-breakpoint
ALTER TABLE `check_item_versions` ADD `frequency_cap_d` integer;
