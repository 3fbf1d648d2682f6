-- PostgreSQL twin of ../0005_baseline.sql.
CREATE TABLE well_stretches (
    user_id    BIGINT  PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    from_day   TEXT    NOT NULL,
    to_day     TEXT    NOT NULL,
    marked_at  BIGINT  NOT NULL
);
