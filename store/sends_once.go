package store

import (
	"context"
	"fmt"
	"time"
)

// ClaimOnce claims the ledger row k for a send the core makes itself (a
// message to a trusted person): true when this call may send, false when
// the row was already claimed or sent, so a repeated request sends
// nothing. A failed row may be claimed again.
func (s *DB) ClaimOnce(ctx context.Context, k SendKey, owner string, now time.Time) (bool, error) {
	res, err := s.w.ExecContext(ctx, `INSERT INTO sends (user_id, kind, period, state, owner, claimed_at, due_at, attempts)
		VALUES (?,?,?,'claimed',?,?,?,1)
		ON CONFLICT (user_id, kind, period) DO UPDATE SET state = 'claimed', owner = excluded.owner,
			claimed_at = excluded.claimed_at, attempts = sends.attempts + 1
		WHERE sends.state = 'failed'`, k.UserID, k.Kind, k.Period, owner, unix(now), unix(now))
	if err != nil {
		return false, fmt.Errorf("store: claim send %s/%s: %w", k.Kind, k.Period, err)
	}
	n, _ := res.RowsAffected()
	return n == 1, nil
}
