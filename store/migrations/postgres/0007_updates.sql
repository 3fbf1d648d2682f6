-- PostgreSQL twin of ../0007_updates.sql.
CREATE TABLE updates (
    source      TEXT    NOT NULL,
    id          BIGINT  NOT NULL,
    owner       TEXT    NOT NULL,
    claimed_at  BIGINT  NOT NULL,
    done_at     BIGINT  NOT NULL DEFAULT 0,
    PRIMARY KEY (source, id)
);
CREATE INDEX updates_claimed_at ON updates (claimed_at);
