-- PostgreSQL twin of ../0006_flag_message.sql.
ALTER TABLE flags ADD COLUMN message TEXT NOT NULL DEFAULT '';
CREATE UNIQUE INDEX flags_message ON flags (user_id, rule, message) WHERE message <> '';
