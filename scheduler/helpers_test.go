package scheduler

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"path/filepath"
	"sort"
	"sync"
	"testing"
	"time"

	"github.com/checkin-bot/checkin/bot"
	"github.com/checkin-bot/checkin/scheduler/next"
	"github.com/checkin-bot/checkin/store"
)

// clock is a fake clock tests move by hand.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) Now() time.Time      { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) Set(t time.Time)     { c.mu.Lock(); defer c.mu.Unlock(); c.t = t }
func (c *clock) Add(d time.Duration) { c.mu.Lock(); defer c.mu.Unlock(); c.t = c.t.Add(d) }
func utc(y int, mo time.Month, d, h, m int) time.Time {
	return time.Date(y, mo, d, h, m, 0, 0, time.UTC)
}

// prompts is a fake core: each prompt is one reply whose text names the kind.
type prompts struct {
	mu   sync.Mutex
	err  error
	none bool // answer with no replies
}

func (p *prompts) Prompt(_ context.Context, u store.User, kind string) ([]bot.Reply, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.err != nil {
		return nil, p.err
	}
	if p.none {
		return nil, nil
	}
	return []bot.Reply{{Text: kind, Buttons: [][]bot.Button{{{Label: "ok", Data: "x"}}}}}, nil
}

// delivery is one message a fake platform took.
type delivery struct {
	Chat, Kind string
	At         time.Time
}

// outbox records what every fake platform took, shared by schedulers.
type outbox struct {
	mu   sync.Mutex
	sent []delivery
	n    int
}

func (o *outbox) add(chat, kind string, at time.Time) string {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.n++
	o.sent = append(o.sent, delivery{chat, kind, at})
	return fmt.Sprintf("m%d", o.n)
}

func (o *outbox) all() []delivery {
	o.mu.Lock()
	defer o.mu.Unlock()
	return append([]delivery(nil), o.sent...)
}

// of lists the deliveries of one kind to one chat.
func (o *outbox) of(chat, kind string) []delivery {
	var ds []delivery
	for _, d := range o.all() {
		if d.Chat == chat && d.Kind == kind {
			ds = append(ds, d)
		}
	}
	return ds
}

// sender is a fake platform adapter.
type sender struct {
	out   *outbox
	clock *clock
	mu    sync.Mutex
	err   error         // every send fails with it
	block chan struct{} // when set, sends wait for it (or ctx) after taking the message
	wait  chan struct{} // when set, sends wait for it (or ctx) before taking the message
	taken chan string   // when set, gets the chat of each message taken
	calls int
}

func (s *sender) Send(ctx context.Context, chatID string, r bot.Reply) (string, error) {
	s.mu.Lock()
	s.calls++
	err, block, wait, taken := s.err, s.block, s.wait, s.taken
	s.mu.Unlock()
	if wait != nil {
		select {
		case <-wait:
		case <-ctx.Done():
			return "", ctx.Err()
		}
	}
	if err != nil {
		return "", err
	}
	id := s.out.add(chatID, r.Text, s.clock.Now())
	if taken != nil {
		taken <- chatID
	}
	if block != nil {
		select {
		case <-block:
		case <-ctx.Done():
			return "", ctx.Err()
		}
	}
	return id, nil
}

// env is a scheduler on a real SQLite file with a fake clock and core.
type env struct {
	t       *testing.T
	path    string
	db      *store.DB
	clock   *clock
	out     *outbox
	prompts *prompts
	senders map[string]*sender
	cfg     Config
	s       *Scheduler
	logs    *logBuffer
}

func newEnv(t *testing.T, start time.Time) *env {
	t.Helper()
	e := &env{t: t, path: filepath.Join(t.TempDir(), "checkin.db"), clock: &clock{t: start}, out: &outbox{},
		prompts: &prompts{}, cfg: DefaultConfig(), logs: &logBuffer{}}
	e.senders = map[string]*sender{"console": {out: e.out, clock: e.clock}, "telegram": {out: e.out, clock: e.clock}}
	e.db = e.open()
	e.s = e.scheduler(e.db)
	return e
}

func (e *env) open() *store.DB {
	e.t.Helper()
	db, err := store.Open(context.Background(), e.path)
	if err != nil {
		e.t.Fatal(err)
	}
	db.Now = e.clock.Now
	e.t.Cleanup(func() { db.Close() })
	return db
}

// scheduler builds another scheduler (another process) on db.
func (e *env) scheduler(db *store.DB) *Scheduler {
	senders := map[string]bot.Sender{}
	for p, s := range e.senders {
		senders[p] = s
	}
	logger := slog.New(slog.NewTextHandler(io.MultiWriter(e.logs), &slog.HandlerOptions{Level: slog.LevelDebug}))
	return New(db, e.prompts, senders, e.cfg, logger, e.clock.Now)
}

// person is the settings of a test person; zero fields take defaults.
type person struct {
	platform, tz, at string
	quietStart       string
	quietEnd         string
}

// add creates an onboarded person and schedules them as the core would.
func (e *env) add(chat string, p person) store.User {
	e.t.Helper()
	u := store.User{Platform: p.platform, PlatformID: chat, ChatID: chat, TZ: p.tz, CheckinTime: p.at,
		SummaryDay: time.Sunday, SummaryTime: "18:00", QuietStart: p.quietStart, QuietEnd: p.quietEnd,
		OnboardedAt: e.clock.Now().Add(-time.Hour)}
	if u.Platform == "" {
		u.Platform = "console"
	}
	if u.TZ == "" {
		u.TZ = "UTC"
	}
	if u.CheckinTime == "" {
		u.CheckinTime = "20:00"
	}
	if u.QuietStart == "" {
		u.QuietStart, u.QuietEnd = "22:30", "08:00"
	}
	next.RescheduleWithin(&u, e.clock.Now(), "", e.cfg.CatchUp)
	if err := e.db.CreateUser(context.Background(), &u); err != nil {
		e.t.Fatal(err)
	}
	return u
}

// change applies a settings change as the core does: edit, reschedule, save.
func (e *env) change(id int64, edit func(*store.User)) {
	e.t.Helper()
	ctx := context.Background()
	u, err := e.db.UserByID(ctx, id)
	if err != nil {
		e.t.Fatal(err)
	}
	edit(&u)
	last, err := e.db.LastPeriod(ctx, id, "checkin")
	if err != nil {
		e.t.Fatal(err)
	}
	next.RescheduleWithin(&u, e.clock.Now(), last, e.cfg.CatchUp)
	if err := e.db.UpdateUser(ctx, u); err != nil {
		e.t.Fatal(err)
	}
}

// sweep runs one sweep on s and sends what it queued, synchronously.
func (e *env) sweep(s *Scheduler) Stats {
	e.t.Helper()
	st, err := s.Sweep(context.Background())
	if err != nil {
		e.t.Fatal(err)
	}
	s.drain(context.Background())
	return st
}

// run sweeps from now until to, at least every step and also exactly at
// each instant something falls due: what a sweep every minute would do,
// without 1,440 sweeps a simulated day.
func (e *env) run(to time.Time, step time.Duration) {
	e.t.Helper()
	for now := e.clock.Now(); !now.After(to); now = e.clock.Now() {
		e.sweep(e.s)
		next := now.Add(step)
		at, err := e.db.EarliestDue(context.Background(), claimLease, e.cfg.PHQ9Enabled)
		if err != nil {
			e.t.Fatal(err)
		}
		if at.After(now) && at.Before(next) {
			next = at
		}
		e.clock.Set(next)
	}
}

// drain sends every queued claim in this goroutine (no workers in tests
// that do not call Start).
func (s *Scheduler) drain(ctx context.Context) {
	platforms := make([]string, 0, len(s.queues))
	for p := range s.queues {
		platforms = append(platforms, p)
	}
	sort.Strings(platforms)
	for _, p := range platforms {
		for {
			select {
			case c := <-s.queues[p]:
				s.deliver(ctx, c)
				continue
			default:
			}
			break
		}
	}
}

func (e *env) send(id int64, kind, period string) store.Send {
	e.t.Helper()
	r, err := e.db.Send(context.Background(), store.SendKey{UserID: id, Kind: kind, Period: period})
	if err != nil && !errors.Is(err, store.ErrNotFound) {
		e.t.Fatal(err)
	}
	return r
}

// logBuffer collects log output for assertions.
type logBuffer struct {
	mu sync.Mutex
	b  []byte
}

func (l *logBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.b = append(l.b, p...)
	return len(p), nil
}

func (l *logBuffer) String() string { l.mu.Lock(); defer l.mu.Unlock(); return string(l.b) }
