// Command fanout measures the daily fan-out: N people all due in the same
// minute, claimed by the real scheduler (Start's catch-up sweep, with a
// fake clock), built by the real core and sent through the real Telegram
// adapter to a fake Bot API that enforces a global and a per-chat limit
// and answers 429 when either is broken. It reports the achieved rate
// against the limit, 429s, repeats, and heap and resident memory.
//
//	go run ./bench/fanout -n 300 -rate 30
//	go run ./bench/fanout -n 5000,20000 -rate 1000   # each N in its own process
package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"runtime/trace"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/checkin-bot/checkin/bench/internal/benchkit"
	"github.com/checkin-bot/checkin/bench/tglimit"
	"github.com/checkin-bot/checkin/bot"
	"github.com/checkin-bot/checkin/bot/telegram"
	"github.com/checkin-bot/checkin/scheduler"
	"github.com/checkin-bot/checkin/store"
)

const token = "123456:fanout-bench"

// due is when everyone's check-in falls due; the fake clock starts just after.
var due = time.Date(2026, 3, 2, 20, 0, 0, 0, time.UTC)

type options struct {
	n        int
	rate     float64
	perChat  float64
	workers  int
	queue    int
	jitter   time.Duration
	logLevel string
	profile  string
	trace    string
	direct   bool
}

func main() {
	var o options
	ns := flag.String("n", "300", "people due at once; a comma list runs each in its own process")
	flag.Float64Var(&o.rate, "rate", 30, "global limit, messages a second, for both the fake and the adapter")
	flag.Float64Var(&o.perChat, "per-chat", 1, "per-chat limit, messages a second")
	flag.IntVar(&o.workers, "workers", scheduler.DefaultConfig().Workers, "scheduler.workers")
	flag.IntVar(&o.queue, "queue", scheduler.DefaultConfig().Queue, "the scheduler's send queue per platform")
	flag.DurationVar(&o.jitter, "jitter", tglimit.DefaultJitter, "arrival jitter the fake forgives")
	flag.StringVar(&o.logLevel, "log", "error", "log level of the bot (debug, info, warn, error)")
	flag.StringVar(&o.profile, "cpuprofile", "", "write a CPU profile of the fan-out to this file")
	flag.BoolVar(&o.direct, "direct", false, "send through the adapter from a pool of -workers goroutines, without the scheduler, core and store")
	flag.StringVar(&o.trace, "trace", "", "write an execution trace of the fan-out to this file (go tool trace -pprof=syscall|sync|net)")
	flag.Parse()

	if strings.Contains(*ns, ",") {
		os.Exit(each(*ns))
	}
	n, err := strconv.Atoi(*ns)
	if err != nil || n < 1 {
		fmt.Fprintln(os.Stderr, "fanout: -n must be a positive number or a comma list")
		os.Exit(2)
	}
	o.n = n
	fmt.Println("machine:", benchkit.Machine(time.Now()))
	res, err := run(context.Background(), o)
	if err != nil {
		fmt.Fprintln(os.Stderr, "fanout:", err)
		os.Exit(1)
	}
	fmt.Println(res)
	if !res.ok() {
		os.Exit(1)
	}
}

// each runs this program once per N, each in a fresh process so resident
// memory is not carried from one run to the next.
func each(list string) int {
	code := 0
	for _, n := range strings.Split(list, ",") {
		var args []string
		for _, a := range os.Args[1:] {
			if !strings.HasPrefix(a, "-n=") && a != "-n" && a != list {
				args = append(args, a)
			}
		}
		cmd := exec.Command(os.Args[0], append(args, "-n", strings.TrimSpace(n))...)
		cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
		if err := cmd.Run(); err != nil {
			code = 1
		}
	}
	return code
}

// clock runs from start at the pace of real time.
type clock struct {
	start time.Time
	real  time.Time
}

func (c clock) now() time.Time { return c.start.Add(time.Since(c.real)) }

func run(ctx context.Context, o options) (result, error) {
	res := result{o: o}
	dir, err := os.MkdirTemp("", "checkin-fanout-")
	if err != nil {
		return res, err
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "checkin.db")
	clk := clock{start: due.Add(30 * time.Second), real: time.Now()}

	db, err := store.Open(ctx, path)
	if err != nil {
		return res, err
	}
	defer db.Close()
	db.Now = clk.now
	raw, err := benchkit.Open(path)
	if err != nil {
		return res, err
	}
	_, err = benchkit.People{First: 1, N: o.n, Due: due, Now: due.AddDate(0, 0, -2)}.Create(ctx, raw)
	raw.Close()
	if err != nil {
		return res, err
	}

	fake := tglimit.New(tglimit.Config{Token: token, Global: o.rate, PerChat: o.perChat, Jitter: o.jitter})
	defer fake.Close()
	var level slog.Level
	_ = level.UnmarshalText([]byte(o.logLevel))
	logger := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: level}))

	core := bot.New(db, bot.DefaultConfig(), logger, clk.now)
	tc := telegram.DefaultConfig()
	tc.Token, tc.APIURL = token, fake.URL
	tc.Rate = telegram.RateConfig{Global: o.rate, PerChat: o.perChat}
	tg, err := telegram.New(ctx, tc, core, db, core, logger)
	if err != nil {
		return res, err
	}
	sc := scheduler.DefaultConfig()
	sc.Workers, sc.Queue = o.workers, o.queue
	st := &stages{core: core, sender: tg}
	sched := scheduler.New(db, st, map[string]bot.Sender{bot.Telegram: st}, sc, logger, clk.now)

	runtime.GC()
	res.base = sample()
	var peak memPeak
	stopSampling := peak.watch(100 * time.Millisecond)

	if o.profile != "" {
		f, err := os.Create(o.profile)
		if err != nil {
			return res, err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return res, err
		}
		defer pprof.StopCPUProfile()
	}
	if o.trace != "" {
		f, err := os.Create(o.trace)
		if err != nil {
			return res, err
		}
		defer f.Close()
		if err := trace.Start(f); err != nil {
			return res, err
		}
		defer trace.Stop()
	}
	start := time.Now()
	if o.direct {
		if err := direct(ctx, st, o.n, o.workers); err != nil {
			return res, err
		}
	} else if err := sched.Start(ctx); err != nil {
		return res, err
	}
	// Twice the time the limit allows, plus two sweeps for any overflow.
	wait := time.Duration(float64(o.n)/o.rate*2*float64(time.Second)) + 2*time.Minute
	fake.WaitSends(wait, int64(o.n))
	res.wall = time.Since(start)
	stopSampling()
	stopCtx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	if err := sched.Stop(stopCtx); err != nil {
		return res, err
	}
	res.peak = peak.get()
	res.fake = fake.Stats()
	res.totals = sched.Totals()
	res.stages = st.String()
	if o.direct {
		res.ledger = int(st.sends.Load())
		return res, nil
	}
	res.ledger, err = sentRows(ctx, path)
	return res, err
}

func sentRows(ctx context.Context, path string) (int, error) {
	db, err := benchkit.Open(path)
	if err != nil {
		return 0, err
	}
	defer db.Close()
	var n int
	err = db.QueryRowContext(ctx, `SELECT COUNT(*) FROM sends WHERE kind = 'checkin' AND state = 'sent'`).Scan(&n)
	return n, err
}

// mem is one memory sample: Go heap in use and resident set.
type mem struct{ heap, rss int64 }

func sample() mem {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	m, _ := benchkit.ProcMem(0)
	return mem{heap: int64(ms.HeapInuse), rss: m.RSS}
}

// memPeak keeps the largest samples seen while the fan-out runs.
type memPeak struct {
	mu sync.Mutex
	m  mem
}

func (p *memPeak) watch(every time.Duration) (stop func()) {
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		t := time.NewTicker(every)
		defer t.Stop()
		for {
			s := sample()
			p.mu.Lock()
			p.m.heap, p.m.rss = max(p.m.heap, s.heap), max(p.m.rss, s.rss)
			p.mu.Unlock()
			select {
			case <-done:
				return
			case <-t.C:
			}
		}
	}()
	return func() { close(done); wg.Wait() }
}

func (p *memPeak) get() mem {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.m
}
