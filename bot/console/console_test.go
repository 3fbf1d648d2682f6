package console_test

import (
	"bufio"
	"bytes"
	"context"
	"log/slog"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/checkin-bot/checkin/bot"
	"github.com/checkin-bot/checkin/bot/console"
	"github.com/checkin-bot/checkin/store"
)

// recorder stands between the adapter and the core and notes every
// response that said nothing.
type recorder struct {
	b      *bot.Bot
	mu     sync.Mutex
	calls  int
	silent []string
}

func (r *recorder) Handle(ctx context.Context, in bot.Inbound) (bot.Response, error) {
	resp, err := r.b.Handle(ctx, in)
	r.mu.Lock()
	defer r.mu.Unlock()
	r.calls++
	said := strings.TrimSpace(resp.Ack) != ""
	for _, x := range resp.Replies {
		if strings.TrimSpace(x.Text) != "" || x.File != nil || x.Image != nil {
			said = true
		}
	}
	if err == nil && !said {
		s := in.Text + in.Data
		if len(s) > 60 {
			s = s[:60] + "…"
		}
		r.silent = append(r.silent, strconv.Quote(s))
	}
	return resp, err
}

// corpusLines reads bot/testdata/hostile.txt as terminal lines: escapes
// decoded, button data typed as text, 64 KB texts generated, line breaks
// inside a message turned into spaces (a terminal line cannot hold them).
func corpusLines(t *testing.T) []string {
	t.Helper()
	f, err := os.Open(filepath.Join("..", "testdata", "hostile.txt"))
	if err != nil {
		t.Fatalf("open corpus: %v", err)
	}
	defer f.Close()
	const size = 64 * 1024
	fill := func(unit string) string { return strings.Repeat(unit, size/len(unit)+1)[:size] }
	gen := map[string]string{
		"64k-a": fill("a"), "64k-emoji": strings.Repeat("😀", size/4), "64k-words": fill("lorem ipsum dolor "),
		"64k-digits": fill("9"), "64k-mood": fill("mood 5, slept 7h, "), "64k-invalid": fill("\xff\xfe"),
		"64k-nul": fill("\x00"), "64k-zero-width": strings.Repeat("\u200b", size/3), "64k-newlines": fill("mood 6\n"),
		"64k-rtl": strings.Repeat("\u202eמצב רוח ", size/16),
	}
	var out []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
			continue
		case strings.HasPrefix(line, "q:"), strings.HasPrefix(line, "dq:"):
			_, quoted, _ := strings.Cut(line, ":")
			s, err := strconv.Unquote(quoted)
			if err != nil {
				t.Fatalf("corpus: %q: %v", line, err)
			}
			line = s
		case strings.HasPrefix(line, "d:"):
			line = line[2:]
		case strings.HasPrefix(line, "gen:"):
			g, ok := gen[line[4:]]
			if !ok {
				t.Fatalf("corpus: no generator for %q", line)
			}
			line = g
		}
		out = append(out, strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ").Replace(line))
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("read corpus: %v", err)
	}
	if len(out) < 200 {
		t.Fatalf("corpus has %d lines", len(out))
	}
	return out
}

// TestConsoleHostileCorpus drives the hostile corpus through the terminal
// adapter and the real core: Run ends cleanly, every line that reaches the
// core gets an answer, and the store keeps its invariants.
func TestConsoleHostileCorpus(t *testing.T) {
	t.Parallel()
	for _, mode := range []string{"idle", "mid-check-in"} {
		t.Run(mode, func(t *testing.T) {
			t.Parallel()
			ctx := context.Background()
			db, err := store.Open(ctx, filepath.Join(t.TempDir(), "checkin.db"))
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			now := time.Date(2026, 11, 25, 18, 0, 0, 0, time.UTC)
			var mu sync.Mutex
			clock := func() time.Time { mu.Lock(); defer mu.Unlock(); return now }
			db.Now = clock
			rec := &recorder{b: bot.New(db, bot.DefaultConfig(), slog.New(slog.DiscardHandler), clock)}

			lines := corpusLines(t)
			rng := rand.New(rand.NewPCG(20261125, 11))
			rng.Shuffle(len(lines), func(i, j int) { lines[i], lines[j] = lines[j], lines[i] })
			script := []string{"/start", "yes", "skip", "skip", "GB"}
			for _, l := range lines {
				if strings.HasPrefix(strings.TrimSpace(l), "/delete") {
					continue // keep the one person for the whole run; erasing is tested in package bot
				}
				if mode == "mid-check-in" {
					script = append(script, "/checkin")
				}
				script = append(script, l)
			}
			var in bytes.Buffer
			for _, l := range script {
				in.WriteString(l + "\n")
			}
			var out bytes.Buffer
			a := console.New(rec, &in, &out, "tester", t.TempDir())
			if err := a.Run(ctx); err != nil {
				t.Fatalf("Run: %v", err)
			}
			sent := 0
			for _, l := range script {
				if strings.TrimSpace(l) != "" {
					sent++
				}
			}
			if rec.calls != sent {
				t.Errorf("core saw %d messages, want %d", rec.calls, sent)
			}
			if len(rec.silent) > 0 {
				t.Errorf("%d lines got no answer: %s", len(rec.silent), strings.Join(rec.silent, ", "))
			}
			if strings.Contains(out.String(), "something went wrong") {
				t.Errorf("the adapter reported an error")
			}
			us, err := db.Users(ctx)
			if err != nil {
				t.Fatal(err)
			}
			for _, u := range us {
				cs, err := db.Checkins(ctx, u.ID, "", "")
				if err != nil {
					t.Fatal(err)
				}
				seen := map[string]bool{}
				for _, c := range cs {
					if _, err := time.Parse("2006-01-02", c.Day); err != nil || seen[c.Day] {
						t.Errorf("bad or repeated day %q", c.Day)
					}
					seen[c.Day] = true
					bad := func(p *int, lo, hi int) bool { return p != nil && (*p < lo || *p > hi) }
					if bad(c.Mood, 0, 10) || bad(c.SleepQuality, 1, 5) || bad(c.Energy, 0, 10) || bad(c.Interest, 0, 10) ||
						c.SleepHours != nil && !(*c.SleepHours >= 0 && *c.SleepHours <= 24) {
						t.Errorf("value out of range on %s", c.Day)
					}
				}
			}
		})
	}
}

// TestConsoleButtonsByNumber: a numbered option is sent as the button's
// data, and a numeric scale is typed as text.
func TestConsoleButtonsByNumber(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	db, err := store.Open(ctx, filepath.Join(t.TempDir(), "checkin.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	now := func() time.Time { return time.Date(2026, 11, 25, 18, 0, 0, 0, time.UTC) }
	core := bot.New(db, bot.DefaultConfig(), nil, now)
	in := strings.NewReader("/start\n1\nskip\nskip\nskip\n/checkin\n6\n7.5\n")
	var out bytes.Buffer
	if err := console.New(core, in, &out, "tester", t.TempDir()).Run(ctx); err != nil {
		t.Fatalf("Run: %v", err)
	}
	u, err := db.UserByPlatform(ctx, bot.Console, "tester")
	if err != nil {
		t.Fatalf("person not stored (option 1 is consent): %v\n%s", err, out.String())
	}
	c, err := db.Checkin(ctx, u.ID, "2026-11-25")
	if err != nil || c.Mood == nil || *c.Mood != 6 || c.SleepHours == nil || *c.SleepHours != 7.5 {
		t.Errorf("check-in = %+v, %v\n%s", c, err, out.String())
	}
	if !strings.Contains(out.String(), "\nThank you.\n") {
		t.Errorf("the press's Ack is not shown:\n%s", out.String())
	}
}

// ids notes the message id of every inbound.
type ids struct {
	mu  sync.Mutex
	ids []string
}

func (h *ids) Handle(_ context.Context, in bot.Inbound) (bot.Response, error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.ids = append(h.ids, in.MessageID)
	return bot.Response{Replies: []bot.Reply{{Text: "ok"}}}, nil
}

// A chat started again must not reuse the message ids of the last one:
// the core takes an id it has recorded for a repeated delivery.
func TestConsoleMessageIDsDifferAcrossRuns(t *testing.T) {
	h := &ids{}
	for range 2 {
		var out strings.Builder
		if err := console.New(h, strings.NewReader("mood 5\nslept 7\n"), &out, "tester", t.TempDir()).Run(context.Background()); err != nil {
			t.Fatal(err)
		}
	}
	seen := map[string]bool{}
	for _, id := range h.ids {
		if id == "" || seen[id] {
			t.Fatalf("message ids %q: empty or repeated", h.ids)
		}
		seen[id] = true
	}
	if len(h.ids) != 4 {
		t.Fatalf("%d messages handled, want 4", len(h.ids))
	}
}
