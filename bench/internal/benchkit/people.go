// Package benchkit holds what checkin's benchmarks and reliability tests
// share: filling a database with many onboarded people fast, the store's
// SQLite settings for baseline measurements, and reading memory figures
// and the machine's description for reports.
package benchkit

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"strconv"
	"time"

	_ "modernc.org/sqlite" // the store's driver
)

// DSN is the connection string store.Open uses for path: WAL,
// synchronous NORMAL, busy_timeout and foreign keys on every connection,
// and BEGIN IMMEDIATE. Baselines must run with the same durability as the
// store, or the ratio means nothing; TestDSN reads the pragmas back.
func DSN(path string) string {
	q := url.Values{}
	for _, p := range []string{"busy_timeout(5000)", "journal_mode(WAL)", "synchronous(NORMAL)", "foreign_keys(1)"} {
		q.Add("_pragma", p)
	}
	q.Set("_txlock", "immediate")
	return "file:" + path + "?" + q.Encode()
}

// Open opens the database file at path with the store's settings. Call it
// after store.Open has created and migrated the file.
func Open(path string) (*sql.DB, error) {
	db, err := sql.Open("sqlite", DSN(path))
	if err != nil {
		return nil, fmt.Errorf("benchkit: open %s: %w", path, err)
	}
	return db, nil
}

// People describes a block of onboarded Telegram people, all in UTC.
type People struct {
	First int64 // platform user id (= private chat id) of the first; the rest follow
	N     int
	// Due is each person's next check-in instant; their daily check-in
	// time is its UTC hour and minute.
	Due time.Time
	// Now is when they onboarded; summaries fall due a week later and the
	// PHQ-9 two weeks after Due, so only check-ins are due near Due.
	Now time.Time
}

// Create inserts the people in one transaction, as store.CreateUser would
// one by one (the same columns and values), and returns their store ids in
// order.
func (p People) Create(ctx context.Context, db *sql.DB) ([]int64, error) {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("benchkit: create people: %w", err)
	}
	defer tx.Rollback()
	st, err := tx.PrepareContext(ctx, `INSERT INTO users (platform, platform_id, chat_id, name, tz, checkin_time,
		summary_day, summary_time, quiet_start, quiet_end, country, paused_until, consent_at, onboarded_at, inactive,
		next_checkin, next_summary, next_phq9, created_at) VALUES ('telegram',?,?,'','UTC',?,?,'18:00','22:30','08:00','GB',0,?,?,0,?,?,?,?) RETURNING id`)
	if err != nil {
		return nil, fmt.Errorf("benchkit: create people: %w", err)
	}
	defer st.Close()
	now := p.Now.UTC().Unix()
	due := p.Due.UTC()
	summary := p.Now.AddDate(0, 0, 7).UTC()
	ids := make([]int64, 0, p.N)
	for i := 0; i < p.N; i++ {
		id := strconv.FormatInt(p.First+int64(i), 10)
		var uid int64
		err := st.QueryRowContext(ctx, id, id, due.Format("15:04"), int(summary.Weekday()),
			now, now, due.Unix(), summary.Unix(), due.AddDate(0, 0, 14).Unix(), now).Scan(&uid)
		if err != nil {
			return nil, fmt.Errorf("benchkit: create person %s: %w", id, err)
		}
		ids = append(ids, uid)
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("benchkit: create people: %w", err)
	}
	return ids, nil
}

// AddHistory gives each person days of past check-ins (mood, sleep,
// quality) before today, in one transaction, so trend rules read real
// history.
func AddHistory(ctx context.Context, db *sql.DB, userIDs []int64, days int, today time.Time) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("benchkit: add history: %w", err)
	}
	defer tx.Rollback()
	st, err := tx.PrepareContext(ctx, `INSERT INTO checkins (user_id, day, mood, sleep_hours, sleep_quality,
		created_at, updated_at) VALUES (?,?,?,?,?,?,?)`)
	if err != nil {
		return fmt.Errorf("benchkit: add history: %w", err)
	}
	defer st.Close()
	for i, uid := range userIDs {
		for d := 1; d <= days; d++ {
			day := today.AddDate(0, 0, -d)
			at := day.Unix()
			if _, err := st.ExecContext(ctx, uid, day.Format("2006-01-02"), 4+(i+d)%5, 6+float64((i+d)%4)/2,
				2+(i+d)%3, at, at); err != nil {
				return fmt.Errorf("benchkit: add history: %w", err)
			}
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("benchkit: add history: %w", err)
	}
	return nil
}
