package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// ClaimUpdate claims the inbound update (source, id) for owner: claimed
// means the caller now holds it and must handle it, then FinishUpdate;
// done means it was handled already (answer the platform, drop it);
// neither means another delivery holds it now (ask for it again later).
// An update held by a claim older than lease (its instance died mid-way)
// is taken over.
func (s *DB) ClaimUpdate(ctx context.Context, source string, id int64, owner string, now time.Time,
	lease time.Duration) (claimed, done bool, err error) {
	var got string
	err = s.w.QueryRowContext(ctx, `INSERT INTO updates (source, id, owner, claimed_at) VALUES (?, ?, ?, ?)
		ON CONFLICT (source, id) DO UPDATE SET owner = excluded.owner, claimed_at = excluded.claimed_at
		WHERE updates.done_at = 0 AND updates.claimed_at < ? RETURNING owner`,
		source, id, owner, unix(now), unix(now.Add(-lease))).Scan(&got)
	if err == nil {
		return true, false, nil
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return false, false, fmt.Errorf("store: claim update %s/%d: %w", source, id, err)
	}
	var doneAt int64
	if err := s.w.QueryRowContext(ctx, `SELECT done_at FROM updates WHERE source = ? AND id = ?`, source, id).Scan(&doneAt); err != nil {
		return false, false, fmt.Errorf("store: claim update %s/%d: %w", source, id, err)
	}
	return false, doneAt > 0, nil
}

// FinishUpdate marks an update owner claimed as handled.
func (s *DB) FinishUpdate(ctx context.Context, source string, id int64, owner string, now time.Time) error {
	if _, err := s.w.ExecContext(ctx, `UPDATE updates SET done_at = ? WHERE source = ? AND id = ? AND owner = ?`,
		unix(now), source, id, owner); err != nil {
		return fmt.Errorf("store: finish update %s/%d: %w", source, id, err)
	}
	return nil
}

// PurgeUpdates deletes up to limit rows claimed before before and returns
// how many it deleted; callers loop while limit come back.
func (s *DB) PurgeUpdates(ctx context.Context, before time.Time, limit int) (int64, error) {
	res, err := s.w.ExecContext(ctx, `DELETE FROM updates WHERE (source, id) IN (
		SELECT source, id FROM updates WHERE claimed_at < ? ORDER BY claimed_at LIMIT ?)`, unix(before), limit)
	if err != nil {
		return 0, fmt.Errorf("store: purge updates: %w", err)
	}
	n, _ := res.RowsAffected()
	return n, nil
}
