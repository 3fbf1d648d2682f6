package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// Send ledger states. A row is claimed before the send and settled after
// it; skipped and failed rows may be claimed again for the same period
// (a person resumed or came back the same day), sent ones never.
const (
	SendClaimed = "claimed" // a process is sending it now (or crashed doing so)
	SendSent    = "sent"    // delivered; message_id is the platform's id
	SendRetry   = "retry"   // a send failed or was put back; tried again at retry_at
	SendSkipped = "skipped" // deliberately not sent (too late, answered, paused)
	SendFailed  = "failed"  // given up: unreachable, or retries ran out
)

// ErrClaimLost is returned when settling a send this process no longer
// holds: its claim expired and another process took it over, so both may
// have sent it.
var ErrClaimLost = errors.New("store: the send is no longer claimed by this process")

// SendKey names one prompt: the ledger's primary key.
type SendKey struct {
	UserID int64
	Kind   string // "checkin", "reminder", "summary", "phq9"
	Period string // local day "2026-11-25" or ISO week "2026-W48"
}

// Send is one ledger row.
type Send struct {
	SendKey
	State     string
	MessageID string
	Owner     string
	Attempts  int
	ClaimedAt time.Time
	SentAt    time.Time
	DueAt     time.Time
	RetryAt   time.Time
	RemindAt  time.Time
}

// Send reads one ledger row.
func (s *DB) Send(ctx context.Context, k SendKey) (Send, error) {
	var r Send
	var claimed, sent, due, retry, remind int64
	err := s.db.QueryRowContext(ctx, `SELECT state, message_id, owner, attempts, claimed_at, sent_at, due_at,
		retry_at, remind_at FROM sends WHERE user_id = ? AND kind = ? AND period = ?`, k.UserID, k.Kind, k.Period).
		Scan(&r.State, &r.MessageID, &r.Owner, &r.Attempts, &claimed, &sent, &due, &retry, &remind)
	if errors.Is(err, sql.ErrNoRows) {
		return Send{}, ErrNotFound
	}
	if err != nil {
		return Send{}, fmt.Errorf("store: read send %s/%s: %w", k.Kind, k.Period, err)
	}
	r.SendKey = k
	r.ClaimedAt, r.SentAt, r.DueAt = fromUnix(claimed), fromUnix(sent), fromUnix(due)
	r.RetryAt, r.RemindAt = fromUnix(retry), fromUnix(remind)
	return r, nil
}

// MarkSent confirms a claimed send with the platform's message id. remindAt
// is when its one reminder falls due (zero for none).
func (s *DB) MarkSent(ctx context.Context, k SendKey, owner, messageID string, sentAt, remindAt time.Time) error {
	return s.settle(ctx, k, owner, `state = 'sent', message_id = ?, sent_at = ?, remind_at = ?, retry_at = 0`,
		messageID, unix(sentAt), unix(remindAt))
}

// MarkRetry puts a claimed send back to be tried again at at.
func (s *DB) MarkRetry(ctx context.Context, k SendKey, owner string, at time.Time) error {
	return s.settle(ctx, k, owner, `state = 'retry', retry_at = ?, owner = ''`, unix(at))
}

// MarkSkipped records that a claimed send was deliberately not sent.
func (s *DB) MarkSkipped(ctx context.Context, k SendKey, owner string) error {
	return s.settle(ctx, k, owner, `state = 'skipped', retry_at = 0`)
}

// MarkFailed records that a claimed send was given up.
func (s *DB) MarkFailed(ctx context.Context, k SendKey, owner string) error {
	return s.settle(ctx, k, owner, `state = 'failed', retry_at = 0`)
}

// settle updates a row only while owner still holds its claim.
func (s *DB) settle(ctx context.Context, k SendKey, owner, set string, args ...any) error {
	args = append(args, k.UserID, k.Kind, k.Period, owner)
	res, err := s.w.ExecContext(ctx, `UPDATE sends SET `+set+`
		WHERE user_id = ? AND kind = ? AND period = ? AND state = 'claimed' AND owner = ?`, args...)
	if err != nil {
		return fmt.Errorf("store: settle send %s/%s: %w", k.Kind, k.Period, err)
	}
	if n, _ := res.RowsAffected(); n == 1 {
		return nil
	}
	if _, err := s.Send(ctx, k); err != nil {
		return err // ErrNotFound: the person was deleted meanwhile
	}
	return fmt.Errorf("store: settle send %s/%s: %w", k.Kind, k.Period, ErrClaimLost)
}

// RenewClaims marks every claim owner holds as fresh, so other processes
// do not take them for orphans while they wait in a send queue.
func (s *DB) RenewClaims(ctx context.Context, owner string, now time.Time) (int64, error) {
	res, err := s.w.ExecContext(ctx, `UPDATE sends SET claimed_at = ? WHERE state = 'claimed' AND owner = ?`,
		unix(now), owner)
	if err != nil {
		return 0, fmt.Errorf("store: renew claims: %w", err)
	}
	n, _ := res.RowsAffected()
	return n, nil
}

// RecoverClaims puts claims not renewed since staleBefore (their process
// died between claim and confirm) back as retries due at now. Each may
// already have been delivered: the caller counts them as possible repeats.
func (s *DB) RecoverClaims(ctx context.Context, staleBefore, now time.Time) (int64, error) {
	res, err := s.w.ExecContext(ctx, `UPDATE sends SET state = 'retry', retry_at = ?, owner = ''
		WHERE state = 'claimed' AND claimed_at < ?`, unix(now), unix(staleBefore))
	if err != nil {
		return 0, fmt.Errorf("store: recover claims: %w", err)
	}
	n, _ := res.RowsAffected()
	return n, nil
}

// PurgeSends deletes up to limit settled rows of the given kinds claimed
// before before, oldest first, and returns how many it deleted. Callers
// loop until fewer than limit come back, so no single delete holds the
// write lock for long.
func (s *DB) PurgeSends(ctx context.Context, kinds []string, before time.Time, limit int) (int64, error) {
	if len(kinds) == 0 {
		return 0, nil
	}
	args := []any{unix(before)}
	in := ""
	for i, k := range kinds {
		if i > 0 {
			in += ","
		}
		in += "?"
		args = append(args, k)
	}
	args = append(args, limit)
	res, err := s.w.ExecContext(ctx, `DELETE FROM sends WHERE (user_id, kind, period) IN (
		SELECT user_id, kind, period FROM sends WHERE claimed_at < ? AND kind IN (`+in+`)
		AND state <> 'claimed' AND state <> 'retry' ORDER BY claimed_at LIMIT ?)`, args...)
	if err != nil {
		return 0, fmt.Errorf("store: purge sends: %w", err)
	}
	n, _ := res.RowsAffected()
	return n, nil
}

// ClaimRetries takes up to limit ledger rows waiting for a retry at or
// before now: those that fell due before tooOld are marked skipped (nobody
// gets a prompt hours late), the rest are claimed for owner again.
func (s *DB) ClaimRetries(ctx context.Context, now, tooOld time.Time, owner string, limit int) (claims []Claim, skipped, scanned int, err error) {
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return nil, 0, 0, fmt.Errorf("store: claim retries: %w", err)
	}
	defer tx.Rollback()
	rows, err := tx.QueryContext(ctx, `SELECT s.user_id, s.kind, s.period, s.due_at, s.attempts, u.platform
		FROM sends s JOIN users u ON u.id = s.user_id
		WHERE s.state = 'retry' AND s.retry_at <= ? ORDER BY s.retry_at LIMIT ?`+s.d.skipLocked("s"), unix(now), limit)
	if err != nil {
		return nil, 0, 0, fmt.Errorf("store: claim retries: %w", err)
	}
	var found []Claim
	for rows.Next() {
		var c Claim
		var due int64
		if err := rows.Scan(&c.UserID, &c.Kind, &c.Period, &due, &c.Attempts, &c.Platform); err != nil {
			rows.Close()
			return nil, 0, 0, fmt.Errorf("store: claim retries: %w", err)
		}
		c.DueAt = fromUnix(due)
		found = append(found, c)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, 0, 0, fmt.Errorf("store: claim retries: %w", err)
	}
	if len(found) == 0 {
		return nil, 0, 0, nil
	}
	for _, c := range found {
		k := []any{c.UserID, c.Kind, c.Period}
		if c.DueAt.Before(tooOld) {
			_, err = tx.ExecContext(ctx, `UPDATE sends SET state = 'skipped', retry_at = 0
				WHERE user_id = ? AND kind = ? AND period = ?`, k...)
			skipped++
		} else {
			_, err = tx.ExecContext(ctx, `UPDATE sends SET state = 'claimed', retry_at = 0, owner = ?, claimed_at = ?,
				attempts = attempts + 1 WHERE user_id = ? AND kind = ? AND period = ?`, append([]any{owner, unix(now)}, k...)...)
			c.Attempts++
			claims = append(claims, c)
		}
		if err != nil {
			return nil, 0, 0, fmt.Errorf("store: claim retries: %w", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return nil, 0, 0, fmt.Errorf("store: claim retries: %w", err)
	}
	return claims, skipped, len(found), nil
}

// ClaimFollowUps takes up to limit sent rows whose follow-up (remind_at) is
// at or before now and, in one transaction, applies plan(u, sent row) to
// each: claims or skips (person, kind, the sent row's period) and clears
// the sent row's remind_at, so each follow-up is decided once.
func (s *DB) ClaimFollowUps(ctx context.Context, kind string, now time.Time, owner string, limit int,
	plan func(u User, sent SendKey, remindAt time.Time) DuePlan) (claims []Claim, scanned int, err error) {
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return nil, 0, fmt.Errorf("store: claim %s: %w", kind, err)
	}
	defer tx.Rollback()
	type due struct {
		u    User
		sent SendKey
		at   time.Time
	}
	var dues []due
	rows, err := tx.QueryContext(ctx, `SELECT s.kind, s.period, s.remind_at, `+prefixed("u.", userCols)+`
		FROM sends s JOIN users u ON u.id = s.user_id
		WHERE s.remind_at > 0 AND s.remind_at <= ? ORDER BY s.remind_at LIMIT ?`+s.d.skipLocked("s"), unix(now), limit)
	if err != nil {
		return nil, 0, fmt.Errorf("store: claim %s: %w", kind, err)
	}
	for rows.Next() {
		var d due
		var at int64
		u, err := scanUser(prefixScanner{rows, []any{&d.sent.Kind, &d.sent.Period, &at}})
		if err != nil {
			rows.Close()
			return nil, 0, fmt.Errorf("store: claim %s: %w", kind, err)
		}
		d.u, d.sent.UserID, d.at = u, u.ID, fromUnix(at)
		dues = append(dues, d)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, 0, fmt.Errorf("store: claim %s: %w", kind, err)
	}
	if len(dues) == 0 {
		return nil, 0, nil
	}
	l, err := prepareLedger(ctx, tx)
	if err != nil {
		return nil, 0, fmt.Errorf("store: claim %s: %w", kind, err)
	}
	defer l.Close()
	clear, err := tx.PrepareContext(ctx, `UPDATE sends SET remind_at = 0 WHERE user_id = ? AND kind = ? AND period = ?`)
	if err != nil {
		return nil, 0, fmt.Errorf("store: claim %s: %w", kind, err)
	}
	defer clear.Close()
	for _, d := range dues {
		p := plan(d.u, d.sent, d.at)
		p.Period = d.sent.Period
		c, err := l.apply(ctx, d.u, kind, owner, now, p)
		if err != nil {
			return nil, 0, fmt.Errorf("store: claim %s: %w", kind, err)
		}
		if c != nil {
			claims = append(claims, *c)
		}
		if _, err := clear.ExecContext(ctx, d.sent.UserID, d.sent.Kind, d.sent.Period); err != nil {
			return nil, 0, fmt.Errorf("store: claim %s: %w", kind, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return nil, 0, fmt.Errorf("store: claim %s: %w", kind, err)
	}
	return claims, len(dues), nil
}
