-- PostgreSQL twin of ../0002_scheduler.sql.
-- The scheduler's side of the send ledger. due_at: the instant the prompt
-- fell due (a retry or a recovered claim gives up once it is older than the
-- catch-up window); retry_at: when a failed send is tried again; remind_at:
-- when the one reminder for an unanswered check-in is due (0 = none);
-- owner: which scheduler process holds a claim, so each renews only its own.
ALTER TABLE sends ADD COLUMN due_at BIGINT NOT NULL DEFAULT 0;
ALTER TABLE sends ADD COLUMN retry_at BIGINT NOT NULL DEFAULT 0;
ALTER TABLE sends ADD COLUMN remind_at BIGINT NOT NULL DEFAULT 0;
ALTER TABLE sends ADD COLUMN owner TEXT NOT NULL DEFAULT '';

-- Each sweep asks for due retries and due reminders: index range scans.
CREATE INDEX sends_retry ON sends (retry_at) WHERE state = 'retry';
CREATE INDEX sends_remind ON sends (remind_at) WHERE remind_at > 0;
-- Old ledger rows are purged by age.
CREATE INDEX sends_claimed_at ON sends (claimed_at);

-- Who is due for a PHQ-9, like next_checkin and next_summary.
CREATE INDEX users_next_phq9 ON users (next_phq9) WHERE next_phq9 > 0;
-- Onboarded people with nothing scheduled (a safety net the scheduler
-- repairs hourly); both sets are normally empty or tiny.
CREATE INDEX users_unscheduled ON users (id) WHERE onboarded_at > 0 AND (next_checkin = 0 OR next_summary = 0);
CREATE INDEX users_phq9_unscheduled ON users (id) WHERE onboarded_at > 0 AND next_phq9 = 0;
