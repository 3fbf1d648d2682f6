package telegram

import (
	"bytes"
	"context"
	"log/slog"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/checkin-bot/checkin/bot"
	"github.com/checkin-bot/checkin/bot/telegram/tgfake"
	"github.com/checkin-bot/checkin/store"
)

// The real core and store fit the adapter's small interfaces.
var (
	_ handler     = (*bot.Bot)(nil)
	_ marker      = (*bot.Bot)(nil)
	_ cursorStore = (*store.DB)(nil)
)

// testToken looks like a real token, so a leak would show in any log line.
const testToken = "123456789:AAH-secret_TOKEN-value"

// fakeCore stands in for the conversation core.
type fakeCore struct {
	mu      sync.Mutex
	got     []bot.Inbound
	respond func(bot.Inbound) (bot.Response, error)
}

func (c *fakeCore) Handle(_ context.Context, in bot.Inbound) (bot.Response, error) {
	c.mu.Lock()
	c.got = append(c.got, in)
	respond := c.respond
	c.mu.Unlock()
	if respond == nil {
		return bot.Response{Replies: []bot.Reply{{Text: "ok"}}}, nil
	}
	return respond(in)
}

func (c *fakeCore) inbounds() []bot.Inbound {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]bot.Inbound(nil), c.got...)
}

// fakeMarker records who was marked unreachable.
type fakeMarker struct {
	mu     sync.Mutex
	marked []string
}

func (m *fakeMarker) MarkUnreachable(_ context.Context, platform, userID string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.marked = append(m.marked, platform+":"+userID)
	return nil
}

func (m *fakeMarker) list() []string {
	m.mu.Lock()
	defer m.mu.Unlock()
	return append([]string(nil), m.marked...)
}

// logBuffer collects log output safely from many goroutines.
type logBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *logBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *logBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// env is one adapter wired to a fake Bot API, a fake core and a real store.
type env struct {
	fake   *tgfake.Server
	core   *fakeCore
	marker *fakeMarker
	db     *store.DB
	logs   *logBuffer
	a      *Adapter
}

// newEnv starts a fake and an adapter on it with short retry waits; mod
// may change the config first.
func newEnv(t *testing.T, mod func(*Config)) *env {
	t.Helper()
	fake := tgfake.New(testToken)
	t.Cleanup(fake.Close)
	db, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "checkin.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	e := &env{fake: fake, core: &fakeCore{}, marker: &fakeMarker{}, db: db, logs: &logBuffer{}}
	e.a = e.newAdapter(t, mod)
	return e
}

func (e *env) newAdapter(t *testing.T, mod func(*Config)) *Adapter {
	t.Helper()
	cfg := DefaultConfig()
	cfg.Token = testToken
	cfg.APIURL = e.fake.URL
	cfg.PollTimeout = 2 * time.Second
	cfg.Timeout = 2 * time.Second
	cfg.Rate = RateConfig{Global: 1000, PerChat: 1000}
	if mod != nil {
		mod(&cfg)
	}
	logger := slog.New(slog.NewTextHandler(e.logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	a, err := New(context.Background(), cfg, e.core, e.db, e.marker, logger)
	if err != nil {
		t.Fatal(err)
	}
	a.retryBase = 10 * time.Millisecond
	a.pollRetry = 20 * time.Millisecond
	a.emptyPoll = 20 * time.Millisecond
	t.Cleanup(func() {
		if strings.Contains(e.logs.String(), testToken) {
			t.Errorf("the token appears in the logs:\n%s", e.logs)
		}
	})
	return a
}

// run runs a until the test ends; the returned stop cancels it and waits
// until Run returned nil (it may be called early, and more than once).
func run(t *testing.T, a *Adapter) (stop func()) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- a.Run(ctx) }()
	var once sync.Once
	stop = func() {
		once.Do(func() {
			cancel()
			select {
			case err := <-done:
				if err != nil {
					t.Errorf("Run returned %v after cancel, want nil", err)
				}
			case <-time.After(15 * time.Second):
				t.Error("Run did not return after cancel")
			}
		})
	}
	t.Cleanup(stop)
	return stop
}

// eventually waits up to 5 s for cond.
func eventually(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}
