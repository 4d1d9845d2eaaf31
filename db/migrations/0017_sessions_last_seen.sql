-- A session also ends after the office's idle time without a call; its last activity is kept on the session row.
-- Rows from before this have none and count from their creation.
ALTER TABLE `sessions` ADD `last_seen_at` text;
