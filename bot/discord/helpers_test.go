package discord

import (
	"bytes"
	"context"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/checkin-bot/checkin/bot"
	"github.com/checkin-bot/checkin/bot/discord/dcfake"
)

// fakeCore is a hand-written core: it records what it was given and
// answers with fn.
type fakeCore struct {
	mu  sync.Mutex
	got []bot.Inbound
	fn  func(in bot.Inbound) (bot.Response, error)
}

func (c *fakeCore) Handle(_ context.Context, in bot.Inbound) (bot.Response, error) {
	c.mu.Lock()
	c.got = append(c.got, in)
	fn := c.fn
	c.mu.Unlock()
	if fn == nil {
		return bot.Response{}, nil
	}
	return fn(in)
}

func (c *fakeCore) inbound() []bot.Inbound {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]bot.Inbound(nil), c.got...)
}

// fakeMarker records MarkUnreachable calls as "platform/user".
type fakeMarker struct {
	mu    sync.Mutex
	calls []string
}

func (m *fakeMarker) MarkUnreachable(_ context.Context, platform, userID string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.calls = append(m.calls, platform+"/"+userID)
	return nil
}

func (m *fakeMarker) marked() []string {
	m.mu.Lock()
	defer m.mu.Unlock()
	return append([]string(nil), m.calls...)
}

// syncBuffer is a log sink safe for the adapter's goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// harness is a running adapter against a fake Discord.
type harness struct {
	fake *dcfake.Server
	a    *Adapter
	logs *syncBuffer
	stop func() error
}

// newAdapter builds an adapter for the fake with fast retries.
func newAdapter(t *testing.T, fake *dcfake.Server, h handler, m marker, edit func(*Config)) (*Adapter, *syncBuffer) {
	t.Helper()
	cfg := DefaultConfig()
	cfg.Token, cfg.APIURL, cfg.Rate = fake.Token(), fake.URL, 50
	if edit != nil {
		edit(&cfg)
	}
	logs := &syncBuffer{}
	a, err := New(cfg, h, m, slog.New(slog.NewJSONHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug, ReplaceAttr: noTime})))
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	a.retry = retryPolicy{attempts: 4, base: 10 * time.Millisecond, max: 50 * time.Millisecond, rateLimits: 5}
	return a, logs
}

// run starts a.Run and waits until it is connected with commands
// registered. The returned stop cancels Run and returns its error.
func run(t *testing.T, fake *dcfake.Server, a *Adapter) func() error {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- a.Run(ctx) }()
	var once sync.Once
	var runErr error
	stop := func() error {
		once.Do(func() {
			cancel()
			runErr = <-done
		})
		return runErr
	}
	t.Cleanup(func() { _ = stop() })
	scope := ""
	if len(a.cfg.GuildIDs) > 0 {
		scope = a.cfg.GuildIDs[0]
	}
	waitFor(t, fake, "connected with commands", func() bool {
		return a.Connected() && len(fake.Commands(scope)) > 0
	})
	return stop
}

// start runs an adapter with core and marker against a new fake.
func start(t *testing.T, core handler, m marker, edit func(*Config)) *harness {
	t.Helper()
	fake := dcfake.New(dcfake.Options{})
	t.Cleanup(fake.Close)
	a, logs := newAdapter(t, fake, core, m, edit)
	h := &harness{fake: fake, a: a, logs: logs}
	h.stop = run(t, fake, a)
	t.Cleanup(func() { assertCleanLogs(t, logs.String(), fake.Token()) })
	return h
}

// waitFor waits (at most 10 s) until cond holds. It wakes on every change
// the fake sees and, for state outside the fake (the core's), every 20 ms.
func waitFor(t *testing.T, fake *dcfake.Server, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
		err := fake.Wait(ctx, cond)
		cancel()
		if err == nil {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("waiting for %s: timed out", what)
		}
	}
}

// waitInteraction waits until the interaction has n callbacks and
// m follow-ups, and returns it.
func waitInteraction(t *testing.T, fake *dcfake.Server, id string, callbacks, followups int) dcfake.Interaction {
	t.Helper()
	var in dcfake.Interaction
	waitFor(t, fake, "interaction answer", func() bool {
		in, _ = fake.Interaction(id)
		return len(in.Callbacks) >= callbacks && len(in.Followups) >= followups
	})
	return in
}

// message returns a message the fake holds or fails the test.
func message(t *testing.T, fake *dcfake.Server, id string) dcfake.Message {
	t.Helper()
	m, ok := fake.Message(id)
	if !ok {
		t.Fatalf("no message %q", id)
	}
	return m
}

// secretWords are texts the tests send; none may ever reach a log.
var secretWords = []string{"mood today", "6.75", "slept badly", "Thanks, saved", "hours did you sleep", "private chart"}

// noTime leaves the time out of test logs: its digits ("…:56.756…") could
// hold a secret word such as "6.75" by chance.
func noTime(groups []string, a slog.Attr) slog.Attr {
	if a.Key == slog.TimeKey && len(groups) == 0 {
		return slog.Attr{}
	}
	return a
}

func assertCleanLogs(t *testing.T, logs, token string) {
	t.Helper()
	for _, w := range append([]string{token, "itok-"}, secretWords...) {
		if strings.Contains(logs, w) {
			t.Errorf("log contains %q:\n%s", w, logs)
		}
	}
}

func labels(rows [][]dcfake.Button) [][]string {
	var out [][]string
	for _, r := range rows {
		var l []string
		for _, b := range r {
			l = append(l, b.Label)
		}
		out = append(out, l)
	}
	return out
}
