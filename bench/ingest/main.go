// Command ingest measures how many replies a second the core takes in:
// replies handed to bot.Handle exactly as an adapter hands them over
// (platform, user, chat, text or button data, message id), for many
// onboarded people with weeks of history, against a real SQLite file in WAL
// mode. Replies are in flight 64 at a time by default (-workers), as the
// adapters hand them over: Telegram's runs a goroutine per chat with
// updates waiting (it fetches up to 100 more while fewer than 50 are in
// hand), Discord's a goroutine per person with events queued. In
// the same run it measures bare single-row inserts with the store's
// durability settings (one INSERT per autocommit, same pragmas, the same
// number of goroutines; through a pool and through one connection, the
// faster is the reference), so the ratio shows the core's overhead.
//
//	go run ./bench/ingest -duration 30s
//	go run ./bench/ingest -duration 30s -workers 2
//	go run ./bench/ingest -duration 30s -cpuprofile /tmp/ingest.prof && go tool pprof -top /tmp/ingest.prof
package main

import (
	"context"
	"database/sql"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"runtime/pprof"
	"sync/atomic"
	"time"

	"github.com/checkin-bot/checkin/bench/internal/benchkit"
	"github.com/checkin-bot/checkin/bot"
	"github.com/checkin-bot/checkin/store"
)

type options struct {
	duration time.Duration
	baseline time.Duration
	people   int
	history  int
	workers  int
	rounds   int
	profile  string
	dir      string
}

func main() {
	var o options
	flag.DurationVar(&o.duration, "duration", 30*time.Second, "how long to feed replies to the core")
	flag.DurationVar(&o.baseline, "baseline", 0, "how long to run bare inserts (default: -duration)")
	flag.IntVar(&o.people, "people", 10000, "onboarded people replying")
	flag.IntVar(&o.history, "history", 28, "days of past check-ins per person, read by the trend rules")
	flag.IntVar(&o.rounds, "rounds", 6, "the phases take turns this many times, sharing the durations")
	flag.IntVar(&o.workers, "workers", 64, "replies in flight at once, as the adapters hand them over (both phases)")
	flag.StringVar(&o.profile, "cpuprofile", "", "write a CPU profile of the ingest phase to this file")
	flag.StringVar(&o.dir, "dir", "", "where to put the database (default: a new temporary folder)")
	flag.Parse()
	if o.baseline == 0 {
		o.baseline = o.duration
	}
	fmt.Println("machine:", benchkit.Machine(time.Now()))
	if err := run(context.Background(), o); err != nil {
		fmt.Fprintln(os.Stderr, "ingest:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, o options) error {
	dir := o.dir
	if dir == "" {
		d, err := os.MkdirTemp("", "checkin-ingest-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(d)
		dir = d
	}
	path := filepath.Join(dir, "checkin.db")
	db, err := store.Open(ctx, path)
	if err != nil {
		return err
	}
	defer db.Close()
	raw, err := benchkit.Open(path)
	if err != nil {
		return err
	}
	defer raw.Close()

	now := time.Now().UTC()
	today := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, time.UTC)
	setup := time.Now()
	ids, err := benchkit.People{First: 1, N: o.people, Due: today.AddDate(0, 0, 1).Add(20 * time.Hour),
		Now: today.AddDate(0, 0, -o.history-1)}.Create(ctx, raw)
	if err != nil {
		return err
	}
	if err := benchkit.AddHistory(ctx, raw, ids, o.history, today); err != nil {
		return err
	}
	fmt.Printf("setup: %d people with %d days of history in %s\n", o.people, o.history, time.Since(setup).Round(time.Millisecond))

	core := bot.New(db, bot.DefaultConfig(), slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn})), time.Now)
	w := newWorkload(o.people)
	if _, err := raw.ExecContext(ctx, `CREATE TABLE bench_bare (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL,
		day TEXT NOT NULL, value INTEGER NOT NULL, at INTEGER NOT NULL)`); err != nil {
		return err
	}
	day := today.Format("2006-01-02")
	// Bare inserts two ways, and the faster is the reference: through a
	// pool of connections (writers that collide wait in SQLite's busy
	// handler) and through one connection (writers wait in line in
	// database/sql, as the store's own writes do).
	one, err := benchkit.Open(path)
	if err != nil {
		return err
	}
	defer one.Close()
	one.SetMaxOpenConns(1)
	insert := func(db *sql.DB) func(context.Context, int64) error {
		return func(ctx context.Context, seq int64) error {
			_, err := db.ExecContext(ctx, `INSERT INTO bench_bare (user_id, day, value, at) VALUES (?, ?, ?, ?)`,
				seq%int64(o.people)+1, day, seq%11, time.Now().Unix())
			return err
		}
	}
	handle := func(ctx context.Context, seq int64) error {
		_, err := core.Handle(ctx, w.inbound(seq))
		return err
	}

	// The phases take turns, round after round, so that a machine that
	// speeds up or slows down part way (other work, the page cache) weighs
	// on both alike. A CPU profile is of the replies alone: one round.
	rounds := max(o.rounds, 1)
	if o.profile != "" {
		rounds = 1
	}
	var replies, pool, single phase
	var replySeq, poolSeq, singleSeq atomic.Int64
	for range rounds {
		stop, err := startProfile(o.profile)
		if err != nil {
			return err
		}
		replies.add(measure(ctx, o.workers, o.duration/time.Duration(rounds), &replySeq, handle))
		stop()
		if replies.err != nil {
			return fmt.Errorf("handle: %w", replies.err)
		}
		pool.add(measure(ctx, o.workers, o.baseline/time.Duration(rounds), &poolSeq, insert(raw)))
		single.add(measure(ctx, o.workers, o.baseline/time.Duration(rounds), &singleSeq, insert(one)))
		if err := errors.Join(pool.err, single.err); err != nil {
			return fmt.Errorf("bare insert: %w", err)
		}
	}
	fmt.Printf("replies through bot.Handle: %s\n", replies)
	fmt.Printf("  mix per person, in turn: %s\n", w)
	fmt.Printf("bare single-row inserts, autocommit, same pragmas, a pool of connections: %s\n", pool)
	fmt.Printf("bare single-row inserts, autocommit, same pragmas, one connection: %s\n", single)
	inserts := pool
	if single.rate() > pool.rate() {
		inserts = single
	}
	ratio := replies.rate() / inserts.rate()
	fmt.Printf("reference: the faster bare inserts, %.0f/s (phases in turn, rounds: %d)\n", inserts.rate(), rounds)
	verdict := "PASS"
	if replies.rate() < 2000 || ratio < 0.5 {
		verdict = "FAIL"
	}
	fmt.Printf("ratio replies/inserts: %.2f (targets: >= 2000 replies/s on 2 cores, ratio >= 0.5): %s\n", ratio, verdict)
	return nil
}

// startProfile starts a CPU profile into path, when one is asked for.
func startProfile(path string) (stop func(), err error) {
	if path == "" {
		return func() {}, nil
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, err
	}
	return func() { pprof.StopCPUProfile(); f.Close() }, nil
}
