package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"
)

// User is one person on one platform, with their settings.
type User struct {
	ID          int64
	Platform    string // "telegram", "discord", "console"
	PlatformID  string // the platform's user id
	ChatID      string // where prompts go (Telegram chat, Discord DM channel)
	Name        string // the name the person chose for reports; may be empty
	TZ          string // IANA name, or a fixed offset such as "UTC+05:30"
	CheckinTime string // local "HH:MM"
	SummaryDay  time.Weekday
	SummaryTime string // local "HH:MM"
	QuietStart  string // local "HH:MM"
	QuietEnd    string // local "HH:MM"
	Country     string // ISO 3166-1 alpha-2, or "" when unknown
	PausedUntil time.Time
	ConsentAt   time.Time
	OnboardedAt time.Time
	Inactive    bool // the platform refused delivery (blocked, DMs closed)
	NextCheckin time.Time
	NextSummary time.Time
	NextPHQ9    time.Time
	CreatedAt   time.Time
}

// Paused reports whether prompts are paused at now.
func (u User) Paused(now time.Time) bool { return now.Before(u.PausedUntil) }

const userCols = `id, platform, platform_id, chat_id, name, tz, checkin_time, summary_day, summary_time,
	quiet_start, quiet_end, country, paused_until, consent_at, onboarded_at, inactive,
	next_checkin, next_summary, next_phq9, created_at`

// userColsQualified is userCols for a query that joins other tables.
var userColsQualified = "u." + strings.ReplaceAll(strings.Join(strings.Fields(userCols), " "), ", ", ", u.")

type scanner interface{ Scan(dest ...any) error }

// scanUser reads a user row; extra receives any columns after the user's.
func scanUser(r scanner, extra ...any) (User, error) {
	var u User
	var day int
	var paused, consent, onboarded, next, nextSum, nextPHQ, created int64
	dest := []any{&u.ID, &u.Platform, &u.PlatformID, &u.ChatID, &u.Name, &u.TZ, &u.CheckinTime, &day,
		&u.SummaryTime, &u.QuietStart, &u.QuietEnd, &u.Country, &paused, &consent, &onboarded, &u.Inactive,
		&next, &nextSum, &nextPHQ, &created}
	err := r.Scan(append(dest, extra...)...)
	if err != nil {
		return User{}, err
	}
	u.SummaryDay = time.Weekday(day)
	u.PausedUntil, u.ConsentAt, u.OnboardedAt = fromUnix(paused), fromUnix(consent), fromUnix(onboarded)
	u.NextCheckin, u.NextSummary, u.NextPHQ9, u.CreatedAt = fromUnix(next), fromUnix(nextSum), fromUnix(nextPHQ), fromUnix(created)
	return u, nil
}

// UserByPlatform finds a person by platform and platform user id.
func (s *DB) UserByPlatform(ctx context.Context, platform, platformID string) (User, error) {
	row := s.queryRow(ctx, `SELECT `+userCols+` FROM users WHERE platform = ? AND platform_id = ?`, platform, platformID)
	u, err := scanUser(row)
	if errors.Is(err, sql.ErrNoRows) {
		return User{}, ErrNotFound
	}
	if err != nil {
		return User{}, fmt.Errorf("store: find user: %w", err)
	}
	return u, nil
}

// UserByID finds a person by their id.
func (s *DB) UserByID(ctx context.Context, id int64) (User, error) {
	row := s.db.QueryRowContext(ctx, `SELECT `+userCols+` FROM users WHERE id = ?`, id)
	u, err := scanUser(row)
	if errors.Is(err, sql.ErrNoRows) {
		return User{}, ErrNotFound
	}
	if err != nil {
		return User{}, fmt.Errorf("store: find user %d: %w", id, err)
	}
	return u, nil
}

// CreateUser inserts u and sets its ID and CreatedAt.
func (s *DB) CreateUser(ctx context.Context, u *User) error {
	s.mirror.Lock()
	defer s.mirror.Unlock()
	u.CreatedAt = s.Now().UTC().Truncate(time.Second)
	err := s.w.QueryRowContext(ctx, `INSERT INTO users (platform, platform_id, chat_id, name, tz, checkin_time,
		summary_day, summary_time, quiet_start, quiet_end, country, paused_until, consent_at, onboarded_at, inactive,
		next_checkin, next_summary, next_phq9, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id`,
		u.Platform, u.PlatformID, u.ChatID, u.Name, u.TZ, u.CheckinTime, int(u.SummaryDay), u.SummaryTime,
		u.QuietStart, u.QuietEnd, u.Country, unix(u.PausedUntil), unix(u.ConsentAt), unix(u.OnboardedAt), u.Inactive,
		unix(u.NextCheckin), unix(u.NextSummary), unix(u.NextPHQ9), unix(u.CreatedAt)).Scan(&u.ID)
	if err != nil {
		return fmt.Errorf("store: create user: %w", err)
	}
	s.rows.forget(u.ID)
	return nil
}

// UpdateUser saves every setting of u.
func (s *DB) UpdateUser(ctx context.Context, u User) error {
	return s.mirrored(u.ID, func() error {
		res, err := s.w.ExecContext(ctx, `UPDATE users SET chat_id=?, name=?, tz=?, checkin_time=?, summary_day=?,
		summary_time=?, quiet_start=?, quiet_end=?, country=?, paused_until=?, consent_at=?, onboarded_at=?,
		inactive=?, next_checkin=?, next_summary=?, next_phq9=? WHERE id=?`,
			u.ChatID, u.Name, u.TZ, u.CheckinTime, int(u.SummaryDay), u.SummaryTime, u.QuietStart, u.QuietEnd,
			u.Country, unix(u.PausedUntil), unix(u.ConsentAt), unix(u.OnboardedAt), u.Inactive,
			unix(u.NextCheckin), unix(u.NextSummary), unix(u.NextPHQ9), u.ID)
		if err != nil {
			return fmt.Errorf("store: update user %d: %w", u.ID, err)
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return ErrNotFound
		}
		return nil
	}, func(e *cached) {
		// UpdateUser does not write who the person is or when they came.
		u.Platform, u.PlatformID, u.CreatedAt = e.user.Platform, e.user.PlatformID, e.user.CreatedAt
		e.setUser(u)
	})
}

// SetInactive marks a person as unreachable (or reachable again).
func (s *DB) SetInactive(ctx context.Context, id int64, inactive bool) error {
	return s.mirrored(id, func() error {
		if _, err := s.w.ExecContext(ctx, `UPDATE users SET inactive = ? WHERE id = ?`, inactive, id); err != nil {
			return fmt.Errorf("store: mark user %d inactive=%v: %w", id, inactive, err)
		}
		return nil
	}, func(e *cached) { e.user.Inactive = inactive })
}

// DeleteUser erases a person and, through foreign keys, every row of theirs.
func (s *DB) DeleteUser(ctx context.Context, id int64) error {
	s.mirror.Lock()
	defer s.mirror.Unlock()
	res, err := s.w.ExecContext(ctx, `DELETE FROM users WHERE id = ?`, id)
	s.rows.forget(id)
	if err != nil {
		return fmt.Errorf("store: delete user %d: %w", id, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return ErrNotFound
	}
	return nil
}

// Users lists every person, ordered by platform and id, for operator exports.
func (s *DB) Users(ctx context.Context) ([]User, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+userCols+` FROM users ORDER BY platform, platform_id`)
	if err != nil {
		return nil, fmt.Errorf("store: list users: %w", err)
	}
	defer rows.Close()
	var us []User
	for rows.Next() {
		u, err := scanUser(rows)
		if err != nil {
			return nil, fmt.Errorf("store: list users: %w", err)
		}
		us = append(us, u)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: list users: %w", err)
	}
	return us, nil
}

// UserAndDialogue finds a person and their dialogue state (nil when none)
// in one query: the two are read together on every message.
func (s *DB) UserAndDialogue(ctx context.Context, platform, platformID string) (User, []byte, error) {
	if u, d, ok := s.rows.person(platform, platformID); ok {
		return u, d, nil
	}
	since := s.rows.stamp()
	row := s.queryRow(ctx, `SELECT `+userColsQualified+`, d.state FROM users u
		LEFT JOIN dialogues d ON d.user_id = u.id WHERE u.platform = ? AND u.platform_id = ?`, platform, platformID)
	var state sql.NullString
	u, err := scanUser(row, &state)
	if errors.Is(err, sql.ErrNoRows) {
		return User{}, nil, ErrNotFound
	}
	if err != nil {
		return User{}, nil, fmt.Errorf("store: find user: %w", err)
	}
	var d []byte
	if state.Valid {
		d = []byte(state.String)
	}
	s.rows.keepPerson(u, d, since)
	return u, d, nil
}
