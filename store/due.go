package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"
)

// The store answers "who is due?" and records claims; when something is
// due and what comes next is the scheduler's to decide, through a plan
// callback run inside the claiming transaction. The callback must not
// touch the store.

// DueAction is what a sweep does with one due person.
type DueAction int

const (
	// DueAdvance only moves the person's next instant on: nothing is sent
	// or recorded (paused, unreachable, no sender for their platform).
	DueAdvance DueAction = iota
	// DueClaim claims (person, kind, period) in the ledger for sending.
	DueClaim
	// DueSkip records the period as skipped (it fell due too long ago).
	DueSkip
)

// DuePlan is the scheduler's decision for one due person.
type DuePlan struct {
	Action DueAction
	Period string
	DueAt  time.Time
	// Next is the person's new next instant for the kind: after now, or
	// zero to leave nothing scheduled. Ignored for follow-ups.
	Next time.Time
}

// Claim is a prompt claimed for sending by the caller.
type Claim struct {
	SendKey
	Platform string
	DueAt    time.Time
	Attempts int // sends tried so far, this one included
}

// dueColumns maps a kind to the users column holding its next instant.
var dueColumns = map[string]string{"checkin": "next_checkin", "summary": "next_summary", "phq9": "next_phq9"}

// ledger holds the statements a claiming transaction runs per person.
type ledger struct {
	claim, skip *sql.Stmt
}

func prepareLedger(ctx context.Context, tx *sql.Tx) (*ledger, error) {
	claim, err := tx.PrepareContext(ctx, `INSERT INTO sends (user_id, kind, period, state, claimed_at, due_at, owner, attempts)
		VALUES (?, ?, ?, 'claimed', ?, ?, ?, 1)
		ON CONFLICT (user_id, kind, period) DO UPDATE SET state = 'claimed', claimed_at = excluded.claimed_at,
			due_at = excluded.due_at, owner = excluded.owner, attempts = sends.attempts + 1, retry_at = 0
		WHERE sends.state IN ('skipped', 'failed')`)
	if err != nil {
		return nil, err
	}
	skip, err := tx.PrepareContext(ctx, `INSERT INTO sends (user_id, kind, period, state, claimed_at, due_at, owner)
		VALUES (?, ?, ?, 'skipped', ?, ?, ?) ON CONFLICT (user_id, kind, period) DO NOTHING`)
	if err != nil {
		claim.Close()
		return nil, err
	}
	return &ledger{claim: claim, skip: skip}, nil
}

func (l *ledger) Close() { l.claim.Close(); l.skip.Close() }

// apply records p for (u, kind) and returns the claim when one was made.
// A period already claimed or sent yields no claim: it is nobody's to send again.
func (l *ledger) apply(ctx context.Context, u User, kind, owner string, now time.Time, p DuePlan) (*Claim, error) {
	switch p.Action {
	case DueClaim:
		res, err := l.claim.ExecContext(ctx, u.ID, kind, p.Period, unix(now), unix(p.DueAt), owner)
		if err != nil {
			return nil, err
		}
		if n, _ := res.RowsAffected(); n == 1 {
			return &Claim{SendKey: SendKey{u.ID, kind, p.Period}, Platform: u.Platform, DueAt: p.DueAt, Attempts: 1}, nil
		}
	case DueSkip:
		if _, err := l.skip.ExecContext(ctx, u.ID, kind, p.Period, unix(now), unix(p.DueAt), owner); err != nil {
			return nil, err
		}
	}
	return nil, nil
}

// ClaimDue takes up to limit people whose next instant for kind ("checkin",
// "summary", "phq9") is at or before now, oldest first, and in one
// transaction applies plan(u) to each: claims or skips the period in the
// ledger and moves the next instant on. It returns the claims made and how
// many people it looked at; fewer than limit means none are left.
func (s *DB) ClaimDue(ctx context.Context, kind string, now time.Time, owner string, limit int,
	plan func(User) DuePlan) (claims []Claim, scanned int, err error) {
	col, ok := dueColumns[kind]
	if !ok {
		return nil, 0, fmt.Errorf("store: claim due: unknown kind %q", kind)
	}
	s.mirror.Lock()
	defer s.mirror.Unlock()
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return nil, 0, fmt.Errorf("store: claim due %s: %w", kind, err)
	}
	defer tx.Rollback()
	var advanced []advance
	committed := false
	defer func() {
		// Mirror what committed; otherwise forget who was touched.
		for _, a := range advanced {
			if !committed {
				s.rows.forget(a.id)
				continue
			}
			s.rows.update(a.id, func(e *cached) { setDueAt(&e.user, kind, asStored(a.next)) })
		}
	}()
	users, err := queryUsers(ctx, tx, `SELECT `+userCols+` FROM users WHERE `+col+` > 0 AND `+col+` <= ?
		ORDER BY `+col+` LIMIT ?`+s.d.skipLocked(""), unix(now), limit)
	if err != nil {
		return nil, 0, fmt.Errorf("store: claim due %s: %w", kind, err)
	}
	if len(users) == 0 {
		return nil, 0, nil // the usual minute: nobody due, nothing written
	}
	if s.d.batchClaims {
		ps := make([]planned, 0, len(users))
		for _, u := range users {
			p := plan(u)
			if !p.Next.IsZero() && !p.Next.After(now) {
				return nil, 0, fmt.Errorf("store: claim due %s: next instant %s for user %d is not after now", kind, p.Next, u.ID)
			}
			ps = append(ps, planned{u, p})
			advanced = append(advanced, advance{u.ID, p.Next})
		}
		if claims, err = applyBatch(ctx, tx, kind, col, owner, now, ps); err != nil {
			return nil, 0, fmt.Errorf("store: claim due %s: %w", kind, err)
		}
		if err := tx.Commit(); err != nil {
			return nil, 0, fmt.Errorf("store: claim due %s: %w", kind, err)
		}
		committed = true
		return claims, len(users), nil
	}
	l, err := prepareLedger(ctx, tx)
	if err != nil {
		return nil, 0, fmt.Errorf("store: claim due %s: %w", kind, err)
	}
	defer l.Close()
	move, err := tx.PrepareContext(ctx, `UPDATE users SET `+col+` = ? WHERE id = ? AND `+col+` = ?`)
	if err != nil {
		return nil, 0, fmt.Errorf("store: claim due %s: %w", kind, err)
	}
	defer move.Close()
	for _, u := range users {
		p := plan(u)
		if !p.Next.IsZero() && !p.Next.After(now) {
			return nil, 0, fmt.Errorf("store: claim due %s: next instant %s for user %d is not after now", kind, p.Next, u.ID)
		}
		c, err := l.apply(ctx, u, kind, owner, now, p)
		if err != nil {
			return nil, 0, fmt.Errorf("store: claim due %s: %w", kind, err)
		}
		if c != nil {
			claims = append(claims, *c)
		}
		advanced = append(advanced, advance{u.ID, p.Next})
		if _, err := move.ExecContext(ctx, unix(p.Next), u.ID, unix(dueAt(u, kind))); err != nil {
			return nil, 0, fmt.Errorf("store: claim due %s: advance user %d: %w", kind, u.ID, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return nil, 0, fmt.Errorf("store: claim due %s: %w", kind, err)
	}
	committed = true
	return claims, len(users), nil
}

// advance is one person's next instant moved by a sweep.
type advance struct {
	id   int64
	next time.Time
}

func setDueAt(u *User, kind string, t time.Time) {
	switch kind {
	case "summary":
		u.NextSummary = t
	case "phq9":
		u.NextPHQ9 = t
	default:
		u.NextCheckin = t
	}
}

func dueAt(u User, kind string) time.Time {
	switch kind {
	case "summary":
		return u.NextSummary
	case "phq9":
		return u.NextPHQ9
	}
	return u.NextCheckin
}

// EarliestDue is the earliest instant at which a sweep has work: a next
// instant (next_phq9 only when phq9), a follow-up, a retry, or a claim
// turning orphan (claimed_at + lease). Zero when there is none. One cheap
// read lets the usual minute, when nothing is due, skip every write.
func (s *DB) EarliestDue(ctx context.Context, lease time.Duration, phq9 bool) (time.Time, error) {
	q := `SELECT COALESCE(MIN(t), 0) FROM (
		SELECT MIN(next_checkin) AS t FROM users WHERE next_checkin > 0
		UNION ALL SELECT MIN(next_summary) FROM users WHERE next_summary > 0
		UNION ALL SELECT MIN(remind_at) FROM sends WHERE remind_at > 0
		UNION ALL SELECT MIN(retry_at) FROM sends WHERE state = 'retry'
		UNION ALL SELECT MIN(claimed_at) + ? FROM sends WHERE state = 'claimed'`
	if phq9 {
		q += `
		UNION ALL SELECT MIN(next_phq9) FROM users WHERE next_phq9 > 0`
	}
	q += `) AS due`
	var t int64
	if err := s.db.QueryRowContext(ctx, q, int64(lease/time.Second)).Scan(&t); err != nil {
		return time.Time{}, fmt.Errorf("store: earliest due: %w", err)
	}
	return fromUnix(t), nil
}

// UsersAfter lists up to limit people with id > afterID in id order, so a
// caller can walk everyone in pages with flat memory.
func (s *DB) UsersAfter(ctx context.Context, afterID int64, limit int) ([]User, error) {
	us, err := queryUsers(ctx, s.db, `SELECT `+userCols+` FROM users WHERE id > ? ORDER BY id LIMIT ?`, afterID, limit)
	if err != nil {
		return nil, fmt.Errorf("store: list users: %w", err)
	}
	return us, nil
}

// Unscheduled lists up to limit onboarded people with id > afterID that
// have no next check-in or summary instant (phq9 false) or no next PHQ-9
// instant (phq9 true).
func (s *DB) Unscheduled(ctx context.Context, phq9 bool, afterID int64, limit int) ([]User, error) {
	where := `onboarded_at > 0 AND (next_checkin = 0 OR next_summary = 0)`
	if phq9 {
		where = `onboarded_at > 0 AND next_phq9 = 0`
	}
	us, err := queryUsers(ctx, s.db, `SELECT `+userCols+` FROM users WHERE `+where+` AND id > ? ORDER BY id LIMIT ?`,
		afterID, limit)
	if err != nil {
		return nil, fmt.Errorf("store: list unscheduled users: %w", err)
	}
	return us, nil
}

// SetNextDue sets a person's next instant for kind to next, only if it is
// still old (a settings change since the caller read it wins). It reports
// whether it changed the row.
func (s *DB) SetNextDue(ctx context.Context, userID int64, kind string, old, next time.Time) (bool, error) {
	s.mirror.Lock()
	defer s.mirror.Unlock()
	col, ok := dueColumns[kind]
	if !ok {
		return false, fmt.Errorf("store: set next due: unknown kind %q", kind)
	}
	res, err := s.w.ExecContext(ctx, `UPDATE users SET `+col+` = ? WHERE id = ? AND `+col+` = ?`,
		unix(next), userID, unix(old))
	if err != nil {
		s.rows.forget(userID)
		return false, fmt.Errorf("store: set next %s for user %d: %w", kind, userID, err)
	}
	n, _ := res.RowsAffected()
	if n == 1 {
		s.rows.update(userID, func(e *cached) { setDueAt(&e.user, kind, asStored(next)) })
	}
	return n == 1, nil
}

type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

func queryUsers(ctx context.Context, q querier, query string, args ...any) ([]User, error) {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var us []User
	for rows.Next() {
		u, err := scanUser(rows)
		if err != nil {
			return nil, err
		}
		us = append(us, u)
	}
	return us, rows.Err()
}

// prefixScanner scans some leading columns before a user's columns.
type prefixScanner struct {
	r   scanner
	pre []any
}

func (p prefixScanner) Scan(dest ...any) error { return p.r.Scan(append(p.pre, dest...)...) }

// prefixed qualifies each column of a column list with a table alias.
func prefixed(alias, cols string) string {
	parts := strings.Split(cols, ",")
	for i, c := range parts {
		parts[i] = alias + strings.TrimSpace(c)
	}
	return strings.Join(parts, ", ")
}
