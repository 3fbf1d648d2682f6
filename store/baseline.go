package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// WellStretch is the stretch of days a person marked with /baseline as a
// time they were doing well.
type WellStretch struct {
	From, To string // "YYYY-MM-DD", inclusive
	MarkedAt time.Time
}

// SetWellStretch keeps the person's marked stretch, replacing any before.
func (s *DB) SetWellStretch(ctx context.Context, userID int64, from, to string) error {
	if from == "" || to == "" || from > to {
		return fmt.Errorf("store: set well stretch: %q to %q is not a stretch of days", from, to)
	}
	_, err := s.w.ExecContext(ctx, `INSERT INTO well_stretches (user_id, from_day, to_day, marked_at) VALUES (?,?,?,?)
		ON CONFLICT (user_id) DO UPDATE SET from_day = excluded.from_day, to_day = excluded.to_day, marked_at = excluded.marked_at`,
		userID, from, to, s.Now().Unix())
	if err != nil {
		return fmt.Errorf("store: set well stretch: %w", err)
	}
	return nil
}

// GetWellStretch reads the person's marked stretch; ErrNotFound when none.
func (s *DB) GetWellStretch(ctx context.Context, userID int64) (WellStretch, error) {
	var w WellStretch
	var at int64
	err := s.db.QueryRowContext(ctx, `SELECT from_day, to_day, marked_at FROM well_stretches WHERE user_id = ?`, userID).
		Scan(&w.From, &w.To, &at)
	if errors.Is(err, sql.ErrNoRows) {
		return WellStretch{}, ErrNotFound
	}
	if err != nil {
		return WellStretch{}, fmt.Errorf("store: read well stretch: %w", err)
	}
	w.MarkedAt = fromUnix(at)
	return w, nil
}

// ClearWellStretch forgets the marked stretch, so the engine finds one again.
func (s *DB) ClearWellStretch(ctx context.Context, userID int64) error {
	if _, err := s.w.ExecContext(ctx, `DELETE FROM well_stretches WHERE user_id = ?`, userID); err != nil {
		return fmt.Errorf("store: clear well stretch: %w", err)
	}
	return nil
}
