// Command memory measures the resident memory (VmRSS) of the built
// `checkin run` with many people in its database: idle, and during a
// fan-out to a fake Bot API that enforces Telegram's limits.
//
//	go run ./bench/memory -people 100000 -due 20000 -rate 1000
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"time"

	"github.com/checkin-bot/checkin/bench/internal/benchkit"
	"github.com/checkin-bot/checkin/bench/tglimit"
	"github.com/checkin-bot/checkin/store"
)

const token = "123456:memory-bench"

type options struct {
	bin    string
	people int
	due    int
	rate   float64
	idle   time.Duration
}

func main() {
	var o options
	flag.StringVar(&o.bin, "bin", "", "the checkin binary (default: build ./cmd/checkin)")
	flag.IntVar(&o.people, "people", 100000, "onboarded people in the database")
	flag.IntVar(&o.due, "due", 20000, "of whom this many fall due at once after the idle phase (0: none)")
	flag.Float64Var(&o.rate, "rate", 1000, "telegram.rate.global of the bot and the fake")
	flag.DurationVar(&o.idle, "idle", 20*time.Second, "how long to watch the idle bot")
	flag.Parse()
	fmt.Println("machine:", benchkit.Machine(time.Now()))
	if err := run(context.Background(), o); err != nil {
		fmt.Fprintln(os.Stderr, "memory:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, o options) error {
	dir, err := os.MkdirTemp("", "checkin-memory-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	if o.bin == "" {
		o.bin = filepath.Join(dir, "checkin")
		if out, err := exec.Command("go", "build", "-o", o.bin, "github.com/checkin-bot/checkin/cmd/checkin").CombinedOutput(); err != nil {
			return fmt.Errorf("go build: %w\n%s", err, out)
		}
	}
	path := filepath.Join(dir, "checkin.db")
	if err := fill(ctx, path, o.people); err != nil {
		return err
	}
	fake := tglimit.New(tglimit.Config{Token: token, Global: o.rate, PerChat: 1})
	defer fake.Close()
	listen, err := freePort()
	if err != nil {
		return err
	}
	config := filepath.Join(dir, "config.yaml")
	cfg := fmt.Sprintf("database:\n  path: %s\nlog:\n  level: warn\nhttp:\n  listen: %s\ntelegram:\n  token: %s\n  api_url: %s\n  rate:\n    global: %g\n    per_chat: 1\n",
		path, listen, token, fake.URL, o.rate)
	if err := os.WriteFile(config, []byte(cfg), 0o600); err != nil {
		return err
	}
	cmd := exec.Command(o.bin, "run", "-config", config)
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	if err := cmd.Start(); err != nil {
		return err
	}
	defer cmd.Process.Kill()
	pid := cmd.Process.Pid
	if err := waitHealthy(listen, time.Minute); err != nil {
		return err
	}

	idle := watch(pid, o.idle, func() bool { return false })
	fmt.Printf("idle with %d people: RSS %s at the end of %s (max %s, VmHWM %s)\n",
		o.people, benchkit.MB(idle.last.RSS), o.idle, benchkit.MB(idle.max), benchkit.MB(idle.last.HWM))
	verdict := "PASS"
	if idle.last.RSS >= 60<<20 {
		verdict = "FAIL"
	}
	fmt.Printf("  target: under 60 MB idle: %s\n", verdict)

	if o.due > 0 {
		if err := makeDue(ctx, path, o.due); err != nil {
			return err
		}
		start := time.Now()
		limit := time.Duration(float64(o.due)/o.rate*3*float64(time.Second)) + 2*time.Minute
		during := watch(pid, limit, func() bool { return fake.Stats().Sends >= int64(o.due) })
		st := fake.Stats()
		fmt.Printf("fan-out of %d at %.0f/s (picked up by the next minute's sweep): delivered %d in %s, %.0f/s, 429s %d, repeats %d\n",
			o.due, o.rate, st.Sends, time.Since(start).Round(time.Second), st.Rate(), st.Limited, st.Repeats)
		fmt.Printf("  RSS during the fan-out: max %s, at the end %s (VmHWM %s)\n",
			benchkit.MB(during.max), benchkit.MB(during.last.RSS), benchkit.MB(during.last.HWM))
	}
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		return err
	}
	return cmd.Wait()
}

// fill creates the database with n onboarded people due tomorrow.
func fill(ctx context.Context, path string, n int) error {
	s, err := store.Open(ctx, path)
	if err != nil {
		return err
	}
	s.Close()
	db, err := benchkit.Open(path)
	if err != nil {
		return err
	}
	defer db.Close()
	now := time.Now().UTC()
	start := time.Now()
	_, err = benchkit.People{First: 1, N: n, Due: now.Add(22 * time.Hour).Truncate(time.Minute), Now: now.AddDate(0, 0, -3)}.Create(ctx, db)
	fmt.Printf("setup: %d people in %s\n", n, time.Since(start).Round(time.Millisecond))
	return err
}

// makeDue makes the first n people due half a minute ago, as if their
// check-in time had just come; the running bot's minute sweep finds them.
func makeDue(ctx context.Context, path string, n int) error {
	db, err := benchkit.Open(path)
	if err != nil {
		return err
	}
	defer db.Close()
	due := time.Now().UTC().Add(-30 * time.Second).Truncate(time.Minute)
	_, err = db.ExecContext(ctx, `UPDATE users SET next_checkin = ?, checkin_time = ? WHERE id <= ?`,
		due.Unix(), due.Format("15:04"), n)
	return err
}

type watched struct {
	last benchkit.Mem
	max  int64
}

// watch samples pid's memory every 250 ms for d or until done.
func watch(pid int, d time.Duration, done func() bool) watched {
	var w watched
	deadline := time.Now().Add(d)
	for time.Now().Before(deadline) && !done() {
		if m, err := benchkit.ProcMem(pid); err == nil {
			w.last, w.max = m, max(w.max, m.RSS)
		}
		time.Sleep(250 * time.Millisecond)
	}
	if m, err := benchkit.ProcMem(pid); err == nil {
		w.last, w.max = m, max(w.max, m.RSS)
	}
	return w
}

func waitHealthy(listen string, d time.Duration) error {
	deadline := time.Now().Add(d)
	for time.Now().Before(deadline) {
		if resp, err := http.Get("http://" + listen + "/healthz"); err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return nil
			}
		}
		time.Sleep(100 * time.Millisecond)
	}
	return errors.New("the bot never answered /healthz with 200")
}

func freePort() (string, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", err
	}
	defer ln.Close()
	return ln.Addr().String(), nil
}
