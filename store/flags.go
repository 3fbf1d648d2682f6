package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// Flag records that a safety rule fired. It never holds what the person
// wrote: only the rule, when, and a plain-words detail built from numbers.
type Flag struct {
	ID           int64
	UserID       int64
	Rule         string // e.g. "acute.active", "trend.sleep", "phq9.band"
	Severity     string // "acute" or "trend"
	Day          string // the person's local day it fired
	Detail       string // e.g. "sleep under 6 h on 5 of the last 7 nights"; never message text
	CreatedAt    time.Time
	Acknowledged bool
	ClearedAt    time.Time
	// Message is the platform's id of the message that raised the flag, or
	// "" for none. A person has at most one flag per rule and message.
	Message string
}

const flagCols = `id, user_id, rule, severity, day, detail, created_at, acknowledged, cleared_at, message`

// AddFlag stores a flag and sets its ID. A flag for a message that already
// raised one under the same rule (the message delivered again, or edited)
// is not stored twice: f.ID is then left 0 and the error is nil.
func (s *DB) AddFlag(ctx context.Context, f *Flag) error {
	if f.CreatedAt.IsZero() {
		f.CreatedAt = s.Now().UTC().Truncate(time.Second)
	}
	f.ID = 0
	err := s.w.QueryRowContext(ctx, `INSERT INTO flags (user_id, rule, severity, day, detail, created_at, acknowledged, cleared_at, message)
		VALUES (?,?,?,?,?,?,?,?,?)
		ON CONFLICT (user_id, rule, message) WHERE message <> '' DO NOTHING
		RETURNING id`, f.UserID, f.Rule, f.Severity, f.Day, f.Detail, unix(f.CreatedAt), f.Acknowledged, unix(f.ClearedAt), f.Message).Scan(&f.ID)
	if errors.Is(err, sql.ErrNoRows) {
		return nil // already flagged for this message
	}
	if err != nil {
		return fmt.Errorf("store: add flag %s: %w", f.Rule, err)
	}
	return nil
}

// ClearFlag marks a flag as cleared (the measure came back in range).
func (s *DB) ClearFlag(ctx context.Context, id int64, at time.Time) error {
	if _, err := s.w.ExecContext(ctx, `UPDATE flags SET cleared_at = ? WHERE id = ?`, unix(at), id); err != nil {
		return fmt.Errorf("store: clear flag %d: %w", id, err)
	}
	return nil
}

// Flags lists a person's flags raised at or after since, oldest first.
func (s *DB) Flags(ctx context.Context, userID int64, since time.Time) ([]Flag, error) {
	rows, err := s.query(ctx, `SELECT `+flagCols+` FROM flags WHERE user_id = ? AND created_at >= ?
		ORDER BY created_at, id`, userID, unix(since))
	if err != nil {
		return nil, fmt.Errorf("store: list flags: %w", err)
	}
	defer rows.Close()
	var fs []Flag
	for rows.Next() {
		var f Flag
		var created, cleared int64
		if err := rows.Scan(&f.ID, &f.UserID, &f.Rule, &f.Severity, &f.Day, &f.Detail, &created, &f.Acknowledged, &cleared, &f.Message); err != nil {
			return nil, fmt.Errorf("store: list flags: %w", err)
		}
		f.CreatedAt, f.ClearedAt = fromUnix(created), fromUnix(cleared)
		fs = append(fs, f)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: list flags: %w", err)
	}
	return fs, nil
}
