-- The inbound ledger: one row per platform update (Telegram's update_id),
-- claimed by the instance handling it and marked done after its replies
-- are out, so that with several instances behind one webhook URL each
-- update is handled once, by whichever instance Telegram reached, and one
-- a dead instance held is taken over when its lease runs out.
CREATE TABLE updates (
    source      TEXT    NOT NULL,
    id          INTEGER NOT NULL,
    owner       TEXT    NOT NULL,
    claimed_at  INTEGER NOT NULL,
    done_at     INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (source, id)
) WITHOUT ROWID;
-- Old rows are purged by age.
CREATE INDEX updates_claimed_at ON updates (claimed_at);
