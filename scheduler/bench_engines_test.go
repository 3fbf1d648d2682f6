package scheduler

import (
	"context"
	"fmt"
	"log/slog"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/checkin-bot/checkin/bot"
	"github.com/checkin-bot/checkin/store"
	"github.com/checkin-bot/checkin/store/pgtest"
)

// pgBench is the durable PostgreSQL cluster of the engine benchmarks and
// its filled template databases, by people; started on first use and
// stopped by TestMain.
var pgBench struct {
	mu    sync.Mutex
	srv   *pgtest.Server
	tmpls map[int]string
}

// pgTemplate is a PostgreSQL database holding the same people as the
// SQLite template, copied in once; each run gets a copy of it.
func pgTemplate(b *testing.B, persons int) (*pgtest.Server, string) {
	b.Helper()
	pgBench.mu.Lock()
	defer pgBench.mu.Unlock()
	ctx := context.Background()
	if pgBench.srv == nil {
		if _, err := pgtest.BinDir(); err != nil {
			b.Skipf("PostgreSQL: %v", err)
		}
		srv, err := pgtest.StartDurable(ctx)
		if err != nil {
			b.Fatal(err)
		}
		pgBench.srv, pgBench.tmpls = srv, map[int]string{}
	}
	if dsn, ok := pgBench.tmpls[persons]; ok {
		return pgBench.srv, dsn
	}
	src, err := store.Open(ctx, template(b, persons))
	if err != nil {
		b.Fatal(err)
	}
	defer src.Close()
	dsn, err := pgBench.srv.NewDatabase(ctx)
	if err != nil {
		b.Fatal(err)
	}
	dst, err := store.OpenPostgres(ctx, dsn)
	if err != nil {
		b.Fatal(err)
	}
	start := time.Now()
	if _, err := src.CopyTo(ctx, dst, false); err != nil {
		b.Fatal(err)
	}
	dst.Close()
	b.Logf("copied %d people to PostgreSQL in %s", persons, time.Since(start).Round(time.Millisecond))
	pgBench.tmpls[persons] = dsn
	return pgBench.srv, dsn
}

func stopPGBench() {
	if pgBench.srv != nil {
		pgBench.srv.Stop()
	}
}

// BenchmarkSweepEngines is BenchmarkSweep's 100,000 people (10,000 due a
// minute) on each engine, and on PostgreSQL by one instance and by three
// sweeping the same minute at once (each its own store and scheduler, as
// separate processes would be; their claims skip rows another holds). One
// op is one minute's sweep by every instance; the instances' claims add
// up to everyone due, each claimed once (the ledger's key). PostgreSQL is
// a local durable cluster (fsync on, synchronous_commit off, as SQLite's
// WAL with synchronous=NORMAL); cpu-ms/op is this process's CPU, not the
// server's.
func BenchmarkSweepEngines(b *testing.B) {
	const persons = 100_000
	for _, tc := range []struct {
		engine    string
		instances int
	}{{"sqlite", 1}, {"postgres", 1}, {"postgres", 3}} {
		b.Run(fmt.Sprintf("%s/instances=%d", tc.engine, tc.instances), func(b *testing.B) {
			if b.N > 10 {
				b.Fatalf("at most 10 sweeps (ten due minutes): run with -benchtime=10x")
			}
			ctx := context.Background()
			var dbs []*store.DB
			if tc.engine == "sqlite" {
				path := filepath.Join(b.TempDir(), "checkin.db")
				copyFile(b, template(b, persons), path)
				db, err := store.Open(ctx, path)
				if err != nil {
					b.Fatal(err)
				}
				dbs = append(dbs, db)
			} else {
				srv, tmpl := pgTemplate(b, persons)
				dsn, err := srv.CopyDatabase(ctx, tmpl)
				if err != nil {
					b.Fatal(err)
				}
				b.Cleanup(func() { srv.DropDatabase(context.Background(), dsn) })
				for range tc.instances {
					db, err := store.OpenPostgres(ctx, dsn)
					if err != nil {
						b.Fatal(err)
					}
					dbs = append(dbs, db)
				}
			}
			clk := &clock{t: benchStart}
			senders := map[string]bot.Sender{}
			for _, p := range benchPlatforms {
				senders[p] = nopSender{}
			}
			var scheds []*Scheduler
			for _, db := range dbs {
				defer db.Close()
				scheds = append(scheds, New(db, &prompts{}, senders, DefaultConfig(), slog.New(slog.DiscardHandler), clk.Now))
			}
			var cpu time.Duration
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				clk.Set(benchStart.Add(time.Duration(i)*time.Minute + 30*time.Second))
				b.StopTimer()
				cpu0 := cpuTime(b)
				b.StartTimer()
				claimed := make([]int, len(scheds))
				errs := make([]error, len(scheds))
				var wg sync.WaitGroup
				for j, s := range scheds {
					wg.Add(1)
					go func() {
						defer wg.Done()
						st, err := s.Sweep(ctx)
						claimed[j], errs[j] = st.Claimed, err
					}()
				}
				wg.Wait()
				b.StopTimer()
				cpu += cpuTime(b) - cpu0
				total := 0
				for j := range scheds {
					if errs[j] != nil {
						b.Fatal(errs[j])
					}
					total += claimed[j]
				}
				if want := persons / 10; total != want {
					b.Fatalf("claimed %d (%v by instance), want %d", total, claimed, want)
				}
				for _, s := range scheds {
					confirmQueued(b, s)
				}
				b.StartTimer()
			}
			b.ReportMetric(float64(persons/10), "due/op")
			b.ReportMetric(float64(cpu.Microseconds())/1000/float64(b.N), "cpu-ms/op")
		})
	}
}
