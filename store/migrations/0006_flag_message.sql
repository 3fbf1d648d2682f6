-- The message a flag answered (the platform's message id; '' for flags
-- not raised by one message, such as trend rules). A message delivered
-- again, or edited, is answered again but flagged once per rule: the
-- partial unique index lets ON CONFLICT skip the second row.
ALTER TABLE flags ADD COLUMN message TEXT NOT NULL DEFAULT '';
CREATE UNIQUE INDEX flags_message ON flags (user_id, rule, message) WHERE message <> '';
