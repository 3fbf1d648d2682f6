package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// Checkin is one person's answers for one local day. Nil means not answered:
// a missed item stays empty and is never filled in.
type Checkin struct {
	UserID       int64
	Day          string   // the person's local day, "YYYY-MM-DD"
	Mood         *int     // 0–10, 0 the worst
	SleepHours   *float64 // 0–24
	SleepQuality *int     // 1–5
	Energy       *int     // 0–10
	Interest     *int     // 0–10, interest or enjoyment
	MedTaken     *bool
	Functioning  *int // 0–10, how much of what was meant got done (work, plans, people)
	Note         string
	CreatedAt    time.Time
	UpdatedAt    time.Time
}

// Answered reports whether any item of the day has a value.
func (c Checkin) Answered() bool {
	return c.Mood != nil || c.SleepHours != nil || c.SleepQuality != nil || c.Energy != nil ||
		c.Interest != nil || c.MedTaken != nil || c.Functioning != nil || c.Note != ""
}

const checkinCols = `user_id, day, mood, sleep_hours, sleep_quality, energy, interest, med_taken, note, created_at, updated_at, functioning`

func scanCheckin(r scanner) (Checkin, error) {
	var c Checkin
	var mood, quality, energy, interest, med, functioning sql.NullInt64
	var sleep sql.NullFloat64
	var created, updated int64
	if err := r.Scan(&c.UserID, &c.Day, &mood, &sleep, &quality, &energy, &interest, &med, &c.Note, &created, &updated, &functioning); err != nil {
		return Checkin{}, err
	}
	c.Mood, c.SleepQuality, c.Energy, c.Interest = intPtr(mood), intPtr(quality), intPtr(energy), intPtr(interest)
	c.Functioning = intPtr(functioning)
	if sleep.Valid {
		v := sleep.Float64
		c.SleepHours = &v
	}
	if med.Valid {
		v := med.Int64 == 1
		c.MedTaken = &v
	}
	c.CreatedAt, c.UpdatedAt = fromUnix(created), fromUnix(updated)
	return c, nil
}

func intPtr(v sql.NullInt64) *int {
	if !v.Valid {
		return nil
	}
	i := int(v.Int64)
	return &i
}

func nullInt(p *int) any {
	if p == nil {
		return nil
	}
	return *p
}

func nullFloat(p *float64) any {
	if p == nil {
		return nil
	}
	return *p
}

func nullBool(p *bool) any {
	if p == nil {
		return nil
	}
	if *p {
		return 1
	}
	return 0
}

// Checkin returns one day's row.
func (s *DB) Checkin(ctx context.Context, userID int64, day string) (Checkin, error) {
	if c, found, ok := s.rows.checkin(userID, day); ok {
		if !found {
			return Checkin{}, ErrNotFound
		}
		return c, nil
	}
	since := s.rows.stamp()
	row := s.queryRow(ctx, `SELECT `+checkinCols+` FROM checkins WHERE user_id = ? AND day = ?`, userID, day)
	c, err := scanCheckin(row)
	if errors.Is(err, sql.ErrNoRows) {
		s.rows.keepCheckin(userID, day, Checkin{}, false, since)
		return Checkin{}, ErrNotFound
	}
	if err != nil {
		return Checkin{}, fmt.Errorf("store: read checkin: %w", err)
	}
	s.rows.keepCheckin(userID, day, c, true, since)
	return c, nil
}

const upsertCheckin = `INSERT INTO checkins (` + checkinCols + `) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)
	ON CONFLICT (user_id, day) DO UPDATE SET mood=excluded.mood, sleep_hours=excluded.sleep_hours,
	sleep_quality=excluded.sleep_quality, energy=excluded.energy, interest=excluded.interest,
	med_taken=excluded.med_taken, note=excluded.note, updated_at=excluded.updated_at,
	functioning=excluded.functioning
	RETURNING created_at`

func (s *DB) saveCheckin(ctx context.Context, tx *sql.Tx, c *Checkin) error {
	now := s.Now().UTC().Truncate(time.Second)
	if c.CreatedAt.IsZero() {
		c.CreatedAt = now
	}
	c.UpdatedAt = now
	// An existing row keeps its created_at; RETURNING tells c which it is.
	var created int64
	err := s.writeRow(ctx, tx, upsertCheckin,
		c.UserID, c.Day, nullInt(c.Mood), nullFloat(c.SleepHours), nullInt(c.SleepQuality), nullInt(c.Energy),
		nullInt(c.Interest), nullBool(c.MedTaken), c.Note, unix(c.CreatedAt), unix(c.UpdatedAt),
		nullInt(c.Functioning)).Scan(&created)
	if err != nil {
		return fmt.Errorf("store: save checkin for %s: %w", c.Day, err)
	}
	c.CreatedAt = fromUnix(created)
	return nil
}

// SaveCheckin writes a whole day's row (insert or replace its values).
func (s *DB) SaveCheckin(ctx context.Context, c *Checkin) error {
	return s.mirrored(c.UserID, func() error { return s.saveCheckin(ctx, nil, c) },
		func(e *cached) { e.setCheckin(c) })
}

// Checkins returns the rows with from <= day <= to, oldest first. Days are
// "YYYY-MM-DD"; empty bounds are open.
func (s *DB) Checkins(ctx context.Context, userID int64, from, to string) ([]Checkin, error) {
	if to == "" {
		to = "9999-12-31"
	}
	rows, err := s.query(ctx, `SELECT `+checkinCols+` FROM checkins
		WHERE user_id = ? AND day >= ? AND day <= ? ORDER BY day`, userID, from, to)
	if err != nil {
		return nil, fmt.Errorf("store: list checkins: %w", err)
	}
	defer rows.Close()
	var cs []Checkin
	for rows.Next() {
		c, err := scanCheckin(rows)
		if err != nil {
			return nil, fmt.Errorf("store: list checkins: %w", err)
		}
		cs = append(cs, c)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: list checkins: %w", err)
	}
	return cs, nil
}
