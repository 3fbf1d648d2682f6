package store

import (
	"context"
	"fmt"
)

// LastPeriod is the newest period key of a kind claimed or sent to a person
// ("" when none), so a change of time or zone can tell whether today's
// prompt already went out.
func (s *DB) LastPeriod(ctx context.Context, userID int64, kind string) (string, error) {
	var p string
	err := s.db.QueryRowContext(ctx, `SELECT COALESCE(MAX(period), '') FROM sends WHERE user_id = ? AND kind = ?`,
		userID, kind).Scan(&p)
	if err != nil {
		return "", fmt.Errorf("store: last %s send: %w", kind, err)
	}
	return p, nil
}
