-- PostgreSQL twin of ../0003_functioning.sql.
ALTER TABLE checkins ADD COLUMN functioning BIGINT CHECK (functioning BETWEEN 0 AND 10);
