-- The stretch a person marked with /baseline as a time they were doing
-- well ("I was doing well then"): the trend engine compares with it in
-- place of the well stretch it would find. Days are 'YYYY-MM-DD'.
CREATE TABLE well_stretches (
    user_id    INTEGER PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    from_day   TEXT    NOT NULL,
    to_day     TEXT    NOT NULL,
    marked_at  INTEGER NOT NULL
);
