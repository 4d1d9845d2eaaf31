-- A region recusal may name a township or street (乡镇/街道) by name, matched against the subject's registered
-- address (inspectors/recusal.shared.ts); codes may now also be 9 (township) or 12 (village) digits. Existing
-- recusals keep their code and meaning.
ALTER TABLE `inspector_recusals` ADD `region_name` text;
