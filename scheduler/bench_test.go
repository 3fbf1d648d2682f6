package scheduler

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/checkin-bot/checkin/bot"
	"github.com/checkin-bot/checkin/scheduler/next"
	"github.com/checkin-bot/checkin/store"
)

// benchStart is the first due minute; person i is due at benchStart + i%10
// minutes, so every one of ten consecutive sweeps finds 10% of everyone
// due (those of earlier minutes have moved on to tomorrow).
var benchStart = time.Date(2026, 11, 25, 20, 0, 0, 0, time.UTC)

var benchZones = []string{"UTC", "Europe/London", "Europe/Berlin", "America/New_York", "America/Los_Angeles",
	"Asia/Kolkata", "Asia/Kathmandu", "Australia/Lord_Howe", "Pacific/Auckland", "Asia/Tokyo"}

var benchPlatforms = []string{"telegram", "discord", "console"}

var (
	templates   sync.Map // persons → path of a prepared database file
	templateDir string
	templateMu  sync.Mutex
)

func TestMain(m *testing.M) {
	code := m.Run()
	stopPGBench()
	if templateDir != "" {
		os.RemoveAll(templateDir)
	}
	os.Exit(code)
}

// template returns a database file with persons people, built once per run.
func template(b *testing.B, persons int) string {
	b.Helper()
	templateMu.Lock()
	defer templateMu.Unlock()
	if p, ok := templates.Load(persons); ok {
		return p.(string)
	}
	if templateDir == "" {
		d, err := os.MkdirTemp("", "checkin-bench-")
		if err != nil {
			b.Fatal(err)
		}
		templateDir = d
	}
	path := filepath.Join(templateDir, fmt.Sprintf("people-%d.db", persons))
	ctx := context.Background()
	db, err := store.Open(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	start := time.Now()
	for i := 0; i < persons; i++ {
		due := benchStart.Add(time.Duration(i%10) * time.Minute)
		loc, err := next.Location(benchZones[i%len(benchZones)])
		if err != nil {
			b.Fatal(err)
		}
		u := store.User{Platform: benchPlatforms[i%len(benchPlatforms)], PlatformID: fmt.Sprint(i), ChatID: fmt.Sprint(i),
			TZ: loc.String(), CheckinTime: due.In(loc).Format("15:04"), SummaryDay: time.Sunday, SummaryTime: "18:00",
			QuietStart: "22:30", QuietEnd: "08:00", OnboardedAt: benchStart.AddDate(0, -1, 0), NextCheckin: due}
		u.NextSummary = next.Weekly(loc, u.SummaryDay, u.SummaryTime, benchStart)
		u.NextPHQ9 = benchStart.AddDate(0, 0, 7)
		if err := db.CreateUser(ctx, &u); err != nil {
			b.Fatal(err)
		}
	}
	if err := db.Close(); err != nil {
		b.Fatal(err)
	}
	b.Logf("built %d people in %s", persons, time.Since(start).Round(time.Millisecond))
	templates.Store(persons, path)
	return path
}

func copyFile(b *testing.B, from, to string) {
	b.Helper()
	src, err := os.Open(from)
	if err != nil {
		b.Fatal(err)
	}
	defer src.Close()
	dst, err := os.OpenFile(to, os.O_CREATE|os.O_WRONLY|os.O_EXCL, 0o600)
	if err != nil {
		b.Fatal(err)
	}
	if _, err := io.Copy(dst, src); err != nil {
		b.Fatal(err)
	}
	if err := dst.Close(); err != nil {
		b.Fatal(err)
	}
}

// nopSender never gets called: the benchmark measures find, claim and hand over.
type nopSender struct{}

func (nopSender) Send(context.Context, string, bot.Reply) (string, error) { return "", nil }

// BenchmarkSweep: people in a real SQLite file, 10% due in the swept
// minute. One op is one Sweep: find the due people, claim each in the
// ledger while advancing their next check-in, and hand the claims to the
// per-platform queues. Sending is not part of it (adapters pace
// themselves); between sweeps the claims are confirmed off the clock, as
// workers would. heap-peak-MB is the live heap's rise during the sweep;
// cpu-ms/op the process's CPU time during it.
func BenchmarkSweep(b *testing.B) {
	for _, persons := range []int{10_000, 100_000} {
		b.Run(fmt.Sprintf("people=%d", persons), func(b *testing.B) {
			if b.N > 10 {
				b.Fatalf("at most 10 sweeps (ten due minutes): run with -benchtime=10x")
			}
			path := filepath.Join(b.TempDir(), "checkin.db")
			copyFile(b, template(b, persons), path)
			ctx := context.Background()
			db, err := store.Open(ctx, path)
			if err != nil {
				b.Fatal(err)
			}
			defer db.Close()
			clk := &clock{t: benchStart}
			senders := map[string]bot.Sender{}
			for _, p := range benchPlatforms {
				senders[p] = nopSender{}
			}
			s := New(db, &prompts{}, senders, DefaultConfig(), slog.New(slog.DiscardHandler), clk.Now)
			var peak float64
			var cpu time.Duration
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				clk.Set(benchStart.Add(time.Duration(i)*time.Minute + 30*time.Second))
				b.StopTimer()
				runtime.GC()
				base := heapLive()
				stop := sampleHeap()
				cpu0 := cpuTime(b)
				b.StartTimer()
				st, err := s.Sweep(ctx)
				b.StopTimer()
				cpu += cpuTime(b) - cpu0
				if p := float64(stop()-base) / 1e6; p > peak {
					peak = p
				}
				if err != nil {
					b.Fatal(err)
				}
				if want := persons / 10; st.Claimed != want {
					b.Fatalf("claimed %d, want %d (stats %+v)", st.Claimed, want, st)
				}
				confirmQueued(b, s)
				b.StartTimer()
			}
			b.ReportMetric(float64(persons/10), "due/op")
			b.ReportMetric(peak, "heap-peak-MB")
			b.ReportMetric(float64(cpu.Microseconds())/1000/float64(b.N), "cpu-ms/op")
		})
	}
}

// confirmQueued empties the queues and confirms each claim, as the
// workers would, so the next sweep sees a settled ledger.
func confirmQueued(b *testing.B, s *Scheduler) {
	b.Helper()
	for _, q := range s.queues {
		for len(q) > 0 {
			c := <-q
			if err := s.db.MarkSent(context.Background(), c.SendKey, s.owner, "m", s.now(), time.Time{}); err != nil {
				b.Fatal(err)
			}
			s.outstanding.Add(-1)
		}
	}
}

// cpuTime is the process's user and system CPU time: on a shared machine
// it is steadier than wall time.
func cpuTime(b *testing.B) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		b.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

var heapSample = []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}

func heapLive() uint64 {
	metrics.Read(heapSample)
	return heapSample[0].Value.Uint64()
}

// sampleHeap samples the live heap every 2 ms until the returned
// function is called, which reports the highest sample.
func sampleHeap() func() uint64 {
	done := make(chan struct{})
	result := make(chan uint64)
	go func() {
		s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
		var peak uint64
		t := time.NewTicker(2 * time.Millisecond)
		defer t.Stop()
		for {
			metrics.Read(s)
			peak = max(peak, s[0].Value.Uint64())
			select {
			case <-done:
				result <- peak
				return
			case <-t.C:
			}
		}
	}()
	return func() uint64 { close(done); return <-result }
}
