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
//	go run ./bench/ingest -duration 30s -postgres   (SQLite and PostgreSQL in turn, with the ratio)
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
	"github.com/checkin-bot/checkin/store/pgtest"
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
	postgres bool
	dsn      string
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
	flag.BoolVar(&o.postgres, "postgres", false, "also measure PostgreSQL in the same run, each phase taking turns with SQLite's")
	flag.StringVar(&o.dsn, "dsn", "", "the PostgreSQL database for -postgres (default: a throwaway cluster, initdb and pg_ctl from postgresql)")
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
	engines := []*engine{{name: "sqlite", source: filepath.Join(dir, "checkin.db")}}
	if o.postgres {
		dsn := o.dsn
		if dsn == "" {
			srv, err := pgtest.StartDurable(ctx)
			if err != nil {
				return err
			}
			defer srv.Stop()
			if dsn, err = srv.NewDatabase(ctx); err != nil {
				return err
			}
		}
		engines = append(engines, &engine{name: "postgres", source: dsn})
	}
	for _, e := range engines {
		if err := e.setup(ctx, o); err != nil {
			return fmt.Errorf("%s: %w", e.name, err)
		}
		defer e.close()
	}

	// The phases take turns, round after round, so that a machine that
	// speeds up or slows down part way (other work, the page cache) weighs
	// on both alike. A CPU profile is of the replies alone: one round.
	rounds := max(o.rounds, 1)
	if o.profile != "" {
		rounds = 1
	}
	for range rounds {
		for _, e := range engines {
			stop, err := startProfile(o.profile)
			if err != nil {
				return err
			}
			e.replies.add(measure(ctx, o.workers, o.duration/time.Duration(rounds), &e.replySeq, e.handle))
			stop()
			if e.replies.err != nil {
				return fmt.Errorf("%s: handle: %w", e.name, e.replies.err)
			}
			e.pool.add(measure(ctx, o.workers, o.baseline/time.Duration(rounds), &e.poolSeq, e.insert(e.raw)))
			e.single.add(measure(ctx, o.workers, o.baseline/time.Duration(rounds), &e.singleSeq, e.insert(e.one)))
			if err := errors.Join(e.pool.err, e.single.err); err != nil {
				return fmt.Errorf("%s: bare insert: %w", e.name, err)
			}
		}
	}
	verdict := "PASS"
	for _, e := range engines {
		fmt.Printf("== %s\n", e.name)
		fmt.Printf("replies through bot.Handle: %s\n", e.replies)
		fmt.Printf("  mix per person, in turn: %s\n", e.w)
		fmt.Printf("bare single-row inserts, autocommit, same settings, a pool of connections: %s\n", e.pool)
		fmt.Printf("bare single-row inserts, autocommit, same settings, one connection: %s\n", e.single)
		inserts := e.pool
		if e.single.rate() > e.pool.rate() {
			inserts = e.single
		}
		ratio := e.replies.rate() / inserts.rate()
		fmt.Printf("reference: the faster bare inserts, %.0f/s (phases in turn, rounds: %d)\n", inserts.rate(), rounds)
		if e.name == "sqlite" {
			if e.replies.rate() < 2000 || ratio < 0.5 {
				verdict = "FAIL"
			}
			fmt.Printf("ratio replies/inserts: %.2f (targets: >= 2000 replies/s on 2 cores, ratio >= 0.5)\n", ratio)
		} else {
			fmt.Printf("ratio replies/inserts: %.2f\n", ratio)
		}
	}
	if len(engines) == 2 {
		fmt.Printf("postgres/sqlite: replies %.2f, bare inserts %.2f\n",
			engines[1].replies.rate()/engines[0].replies.rate(), engines[1].pool.rate()/engines[0].pool.rate())
	}
	fmt.Printf("SQLite targets: %s\n", verdict)
	return nil
}

// engine is one store measured: its core, its tables for bare inserts,
// and its phases.
type engine struct {
	name, source string
	db           *store.DB
	raw, one     *sql.DB
	core         *bot.Bot
	w            *workload
	day          string
	people       int

	replies, pool, single        phase
	replySeq, poolSeq, singleSeq atomic.Int64
}

func (e *engine) setup(ctx context.Context, o options) error {
	db, err := store.OpenDriver(ctx, e.name, e.source)
	if err != nil {
		return err
	}
	e.db = db
	if e.raw, err = store.OpenSQL(e.name, e.source); err != nil {
		return err
	}
	// Bare inserts two ways, and the faster is the reference: through a
	// pool of connections (on SQLite writers that collide wait in its busy
	// handler) and through one connection (writers wait in line in
	// database/sql, as the store's own writes do).
	if e.one, err = store.OpenSQL(e.name, e.source); err != nil {
		return err
	}
	e.one.SetMaxOpenConns(1)
	e.raw.SetMaxOpenConns(o.workers)

	now := time.Now().UTC()
	today := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, time.UTC)
	setup := time.Now()
	ids, err := benchkit.People{First: 1, N: o.people, Due: today.AddDate(0, 0, 1).Add(20 * time.Hour),
		Now: today.AddDate(0, 0, -o.history-1)}.Create(ctx, e.raw)
	if err != nil {
		return err
	}
	if err := benchkit.AddHistory(ctx, e.raw, ids, o.history, today); err != nil {
		return err
	}
	fmt.Printf("setup %s: %d people with %d days of history in %s\n", e.name, o.people, o.history, time.Since(setup).Round(time.Millisecond))
	e.core = bot.New(db, bot.DefaultConfig(), slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn})), time.Now)
	e.w = newWorkload(o.people)
	id := "id INTEGER PRIMARY KEY"
	if e.name == "postgres" {
		id = "id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"
	}
	if _, err := e.raw.ExecContext(ctx, `CREATE TABLE bench_bare (`+id+`, user_id INTEGER NOT NULL,
		day TEXT NOT NULL, value INTEGER NOT NULL, at INTEGER NOT NULL)`); err != nil {
		return err
	}
	e.day, e.people = today.Format("2006-01-02"), o.people
	return nil
}

func (e *engine) insert(db *sql.DB) func(context.Context, int64) error {
	return func(ctx context.Context, seq int64) error {
		_, err := db.ExecContext(ctx, `INSERT INTO bench_bare (user_id, day, value, at) VALUES (?, ?, ?, ?)`,
			seq%int64(e.people)+1, e.day, seq%11, time.Now().Unix())
		return err
	}
}

func (e *engine) handle(ctx context.Context, seq int64) error {
	_, err := e.core.Handle(ctx, e.w.inbound(seq))
	return err
}

func (e *engine) close() {
	for _, c := range []interface{ Close() error }{e.one, e.raw, e.db} {
		if c != nil {
			c.Close()
		}
	}
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
