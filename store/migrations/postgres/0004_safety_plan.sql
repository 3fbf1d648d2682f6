-- PostgreSQL twin of ../0004_safety_plan.sql.
-- A personal safety plan (Stanley and Brown's six steps), in the person's
-- own words: one row per person per step, a step they skipped has no row.
CREATE TABLE safety_plan_steps (
    user_id     BIGINT  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    step        BIGINT  NOT NULL CHECK (step BETWEEN 1 AND 6),
    text        TEXT    NOT NULL,
    updated_at  BIGINT  NOT NULL,
    PRIMARY KEY (user_id, step)
);

-- When checkin last offered the plan after a trend flag or a low day, and
-- when a weekly summary last mentioned it, so each stays rare.
CREATE TABLE safety_plan_nudges (
    user_id       BIGINT  PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    offered_at    BIGINT  NOT NULL DEFAULT 0,
    mentioned_at  BIGINT  NOT NULL DEFAULT 0
);

-- A person's trusted person: someone on the same platform who accepted an
-- invitation the person passed on themselves. name is what the person
-- calls them; person_name what they are told the person is called. code is
-- the invitation (kept after acceptance, so a repeat is recognised); once
-- accepted, trusted_id and trusted_chat say where the one fixed message goes, and trusted_name (their display
-- name) lets the person see who accepted. The trusted person is not a
-- tracked user: nothing else about them is stored. offer_key names the last "shall I tell them?"
-- question, so a forged or old Yes cannot send anything.
CREATE TABLE trusted_links (
    user_id       BIGINT  PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    name          TEXT    NOT NULL,
    person_name   TEXT    NOT NULL DEFAULT '',
    code          TEXT    NOT NULL DEFAULT '',
    code_expires  BIGINT  NOT NULL DEFAULT 0,
    platform      TEXT    NOT NULL,
    trusted_id    TEXT    NOT NULL DEFAULT '',
    trusted_chat  TEXT    NOT NULL DEFAULT '',
    trusted_name  TEXT    NOT NULL DEFAULT '',
    accepted_at   BIGINT  NOT NULL DEFAULT 0,
    offer_key     TEXT    NOT NULL DEFAULT '',
    offered_at    BIGINT  NOT NULL DEFAULT 0,
    created_at    BIGINT  NOT NULL
);
CREATE UNIQUE INDEX trusted_links_code ON trusted_links (code) WHERE code <> '';
CREATE INDEX trusted_links_trusted ON trusted_links (platform, trusted_id) WHERE trusted_id <> '';
