-- The first schema of checkin. Times are stored as Unix seconds (UTC); local
-- calendar days as 'YYYY-MM-DD' text in the person's own time zone.

CREATE TABLE users (
    id            INTEGER PRIMARY KEY,
    platform      TEXT    NOT NULL,
    platform_id   TEXT    NOT NULL,
    chat_id       TEXT    NOT NULL DEFAULT '',
    name          TEXT    NOT NULL DEFAULT '',
    tz            TEXT    NOT NULL DEFAULT 'UTC',
    checkin_time  TEXT    NOT NULL DEFAULT '20:00',
    summary_day   INTEGER NOT NULL DEFAULT 0,
    summary_time  TEXT    NOT NULL DEFAULT '18:00',
    quiet_start   TEXT    NOT NULL DEFAULT '22:30',
    quiet_end     TEXT    NOT NULL DEFAULT '08:00',
    country       TEXT    NOT NULL DEFAULT '',
    paused_until  INTEGER NOT NULL DEFAULT 0,
    consent_at    INTEGER NOT NULL DEFAULT 0,
    onboarded_at  INTEGER NOT NULL DEFAULT 0,
    inactive      INTEGER NOT NULL DEFAULT 0,
    next_checkin  INTEGER NOT NULL DEFAULT 0,
    next_summary  INTEGER NOT NULL DEFAULT 0,
    next_phq9     INTEGER NOT NULL DEFAULT 0,
    created_at    INTEGER NOT NULL,
    UNIQUE (platform, platform_id)
);
-- The sweep asks "who is due?" once a minute; these make that an index range scan.
CREATE INDEX users_next_checkin ON users (next_checkin) WHERE next_checkin > 0;
CREATE INDEX users_next_summary ON users (next_summary) WHERE next_summary > 0;

CREATE TABLE checkins (
    user_id        INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    day            TEXT    NOT NULL,
    mood           INTEGER CHECK (mood BETWEEN 0 AND 10),
    sleep_hours    REAL    CHECK (sleep_hours BETWEEN 0 AND 24),
    sleep_quality  INTEGER CHECK (sleep_quality BETWEEN 1 AND 5),
    energy         INTEGER CHECK (energy BETWEEN 0 AND 10),
    interest       INTEGER CHECK (interest BETWEEN 0 AND 10),
    med_taken      INTEGER CHECK (med_taken IN (0, 1)),
    note           TEXT    NOT NULL DEFAULT '',
    created_at     INTEGER NOT NULL,
    updated_at     INTEGER NOT NULL,
    PRIMARY KEY (user_id, day)
) WITHOUT ROWID;

CREATE TABLE questionnaires (
    id          INTEGER PRIMARY KEY,
    user_id     INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind        TEXT    NOT NULL DEFAULT 'phq9',
    day         TEXT    NOT NULL,
    items       TEXT    NOT NULL,
    difficulty  INTEGER NOT NULL DEFAULT -1,
    total       INTEGER NOT NULL,
    taken_at    INTEGER NOT NULL
);
CREATE INDEX questionnaires_user ON questionnaires (user_id, taken_at);

CREATE TABLE flags (
    id            INTEGER PRIMARY KEY,
    user_id       INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    rule          TEXT    NOT NULL,
    severity      TEXT    NOT NULL,
    day           TEXT    NOT NULL,
    detail        TEXT    NOT NULL DEFAULT '',
    created_at    INTEGER NOT NULL,
    acknowledged  INTEGER NOT NULL DEFAULT 0,
    cleared_at    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX flags_user ON flags (user_id, created_at);

CREATE TABLE medications (
    id          INTEGER PRIMARY KEY,
    user_id     INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name        TEXT    NOT NULL,
    dose        TEXT    NOT NULL DEFAULT '',
    start_day   TEXT    NOT NULL,
    created_at  INTEGER NOT NULL
);
CREATE INDEX medications_user ON medications (user_id, start_day);

-- The idempotency ledger: one row per (person, kind, period). A row is
-- claimed before the send and confirmed after it.
CREATE TABLE sends (
    user_id      INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind         TEXT    NOT NULL,
    period       TEXT    NOT NULL,
    state        TEXT    NOT NULL DEFAULT 'claimed',
    message_id   TEXT    NOT NULL DEFAULT '',
    claimed_at   INTEGER NOT NULL,
    sent_at      INTEGER NOT NULL DEFAULT 0,
    attempts     INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (user_id, kind, period)
) WITHOUT ROWID;
CREATE INDEX sends_state ON sends (state, claimed_at) WHERE state = 'claimed';

-- What the person is being asked now, so a restart mid-check-in loses nothing.
CREATE TABLE dialogues (
    user_id     INTEGER PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    state       TEXT    NOT NULL,
    updated_at  INTEGER NOT NULL
);

-- Per-platform cursors, such as Telegram's last handled update id.
CREATE TABLE cursors (
    name   TEXT PRIMARY KEY,
    value  INTEGER NOT NULL
);
