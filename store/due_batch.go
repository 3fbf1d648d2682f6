package store

import (
	"context"
	"database/sql"
	"strings"
	"time"
)

// On PostgreSQL every statement is a round trip to the server, so the
// sweep writes one batch of due people in three statements (the claims,
// the skips, the moved instants) rather than two per person. SQLite,
// in-process, runs the per-person statements (ledger.apply), which it
// prepares once and runs in microseconds.

// planned is one due person and the scheduler's plan for them.
type planned struct {
	u User
	p DuePlan
}

// applyBatch records every plan of one kind in tx and moves each person's
// next instant for col on, and returns the claims made, in order.
func applyBatch(ctx context.Context, tx *sql.Tx, kind, col, owner string, now time.Time, ps []planned) ([]Claim, error) {
	var claimArgs, skipArgs, moveArgs []any
	for _, x := range ps {
		switch x.p.Action {
		case DueClaim:
			claimArgs = append(claimArgs, x.u.ID, kind, x.p.Period, unix(now), unix(x.p.DueAt), owner)
		case DueSkip:
			skipArgs = append(skipArgs, x.u.ID, kind, x.p.Period, unix(now), unix(x.p.DueAt), owner)
		}
		moveArgs = append(moveArgs, x.u.ID, unix(x.p.Next), unix(dueAt(x.u, kind)))
	}
	claimed := map[int64]bool{}
	if len(claimArgs) > 0 {
		rows, err := tx.QueryContext(ctx, `INSERT INTO sends (user_id, kind, period, state, claimed_at, due_at, owner, attempts)
			VALUES `+tuples(len(claimArgs)/6, "(?, ?, ?, 'claimed', ?, ?, ?, 1)")+`
			ON CONFLICT (user_id, kind, period) DO UPDATE SET state = 'claimed', claimed_at = excluded.claimed_at,
				due_at = excluded.due_at, owner = excluded.owner, attempts = sends.attempts + 1, retry_at = 0
			WHERE sends.state IN ('skipped', 'failed') RETURNING user_id`, claimArgs...)
		if err != nil {
			return nil, err
		}
		for rows.Next() {
			var id int64
			if err := rows.Scan(&id); err != nil {
				rows.Close()
				return nil, err
			}
			claimed[id] = true
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, err
		}
	}
	if len(skipArgs) > 0 {
		if _, err := tx.ExecContext(ctx, `INSERT INTO sends (user_id, kind, period, state, claimed_at, due_at, owner)
			VALUES `+tuples(len(skipArgs)/6, "(?, ?, ?, 'skipped', ?, ?, ?)")+`
			ON CONFLICT (user_id, kind, period) DO NOTHING`, skipArgs...); err != nil {
			return nil, err
		}
	}
	if _, err := tx.ExecContext(ctx, `UPDATE users SET `+col+` = v.next FROM (VALUES `+
		tuples(len(moveArgs)/3, "(CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS BIGINT))")+`) AS v (id, next, old)
		WHERE users.id = v.id AND users.`+col+` = v.old`, moveArgs...); err != nil {
		return nil, err
	}
	var claims []Claim
	for _, x := range ps {
		if claimed[x.u.ID] {
			claims = append(claims, Claim{SendKey: SendKey{x.u.ID, kind, x.p.Period}, Platform: x.u.Platform, DueAt: x.p.DueAt, Attempts: 1})
		}
	}
	return claims, nil
}

// tuples is n copies of one, comma-separated.
func tuples(n int, one string) string {
	return strings.TrimSuffix(strings.Repeat(one+", ", n), ", ")
}
