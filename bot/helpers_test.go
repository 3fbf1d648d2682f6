package bot_test

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

// clock is a fake time source the tests move by hand; it is safe for the
// concurrent use the race detector watches for.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func newClock(t time.Time) *clock { return &clock{t: t} }

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *clock) Set(t time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = t
}

func (c *clock) Add(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

// start is the tests' "now": Wednesday 25 November 2026, 18:00 UTC.
var start = time.Date(2026, 11, 25, 18, 0, 0, 0, time.UTC)

// harness is one bot over one real SQLite file, or a PostgreSQL database
// (onPostgres).
type harness struct {
	t      testing.TB
	ctx    context.Context
	driver string
	path   string // the file, or the connection string
	db     *store.DB
	clk    *clock
	cfg    bot.Config
	log    *slog.Logger
	b      *bot.Bot
}

type option func(*harness)

func withLogger(l *slog.Logger) option { return func(h *harness) { h.log = l } }

func withConfig(f func(*bot.Config)) option { return func(h *harness) { f(&h.cfg) } }

// onPostgres puts the store in a fresh PostgreSQL database.
func onPostgres() option {
	return func(h *harness) { h.driver, h.path = "postgres", pgtest.NewDSN(h.t) }
}

// backends runs f once per engine, with the option that picks it.
func backends(t *testing.T, f func(t *testing.T, engine option)) {
	t.Helper()
	for _, b := range []struct {
		name string
		opt  option
	}{{"sqlite", func(*harness) {}}, {"postgres", onPostgres()}} {
		t.Run(b.name, func(t *testing.T) { f(t, b.opt) })
	}
}

func TestMain(m *testing.M) { pgtest.Main(m) }

func newHarness(t testing.TB, opts ...option) *harness {
	t.Helper()
	h := &harness{
		t: t, ctx: context.Background(), path: filepath.Join(t.TempDir(), "checkin.db"),
		clk: newClock(start), cfg: bot.DefaultConfig(), log: slog.New(slog.DiscardHandler),
	}
	for _, o := range opts {
		o(h)
	}
	h.open()
	t.Cleanup(func() {
		if err := h.db.Close(); err != nil {
			t.Errorf("close store: %v", err)
		}
	})
	return h
}

func (h *harness) open() {
	h.t.Helper()
	db, err := store.OpenDriver(h.ctx, h.driver, h.path)
	if err != nil {
		h.t.Fatalf("store.Open: %v", err)
	}
	db.Now = h.clk.Now
	h.db = db
	h.b = bot.New(db, h.cfg, h.log, h.clk.Now)
}

// restart closes the store and makes a new core over the same file, as a
// process restart would.
func (h *harness) restart() {
	h.t.Helper()
	if err := h.db.Close(); err != nil {
		h.t.Fatalf("close store: %v", err)
	}
	h.open()
}

// conv is one person talking to the bot.
type conv struct {
	h        *harness
	platform string
	id       string
	msg      int
	last     bot.Response
	buttons  bot.Response      // the last response that carried buttons
	lastID   map[string]string // button data -> id of the message that carried it
}

func (h *harness) person(id string) *conv {
	return &conv{h: h, platform: bot.Telegram, id: id, lastID: map[string]string{}}
}

func (c *conv) nextID() string {
	c.msg++
	return fmt.Sprintf("%s-%d", c.id, c.msg)
}

// handle sends one inbound and fails the test on an error.
func (c *conv) handle(in bot.Inbound) bot.Response {
	c.h.t.Helper()
	in.Platform, in.UserID, in.ChatID = c.platform, c.id, "chat-"+c.id
	resp, err := c.h.b.Handle(c.h.ctx, in)
	if err != nil {
		c.h.t.Fatalf("Handle(%+q): %v", in.Text+in.Data, err)
	}
	c.remember(resp.Replies)
	c.last = resp
	if _, ok := anyButton(resp); ok {
		c.buttons = resp
	}
	return resp
}

// remember gives each reply with buttons a message id, as an adapter would.
func (c *conv) remember(rs []bot.Reply) {
	for _, r := range rs {
		if len(r.Buttons) == 0 {
			continue
		}
		id := c.nextID()
		for _, row := range r.Buttons {
			for _, b := range row {
				c.lastID[b.Data] = id
			}
		}
	}
}

// send types a message and returns the response.
func (c *conv) send(text string) bot.Response {
	c.h.t.Helper()
	return c.handle(bot.Inbound{Text: text, MessageID: c.nextID()})
}

// sendID types a message and returns its message id too, for edits.
func (c *conv) sendID(text string) (bot.Response, string) {
	c.h.t.Helper()
	id := c.nextID()
	return c.handle(bot.Inbound{Text: text, MessageID: id}), id
}

// edit sends an edited version of message id.
func (c *conv) edit(id, text string) bot.Response {
	c.h.t.Helper()
	return c.handle(bot.Inbound{Text: text, MessageID: id, Edited: true})
}

// press taps the button labelled label on the last message that had
// buttons, as a person would.
func (c *conv) press(label string) bot.Response {
	c.h.t.Helper()
	data, ok := findButton(c.buttons, label)
	if !ok {
		c.h.t.Fatalf("no button %q in the last replies with buttons:\n%s", label, dump(c.buttons))
	}
	return c.pressData(data)
}

// pressData sends button data as if a button carrying it was pressed.
func (c *conv) pressData(data string) bot.Response {
	c.h.t.Helper()
	id, ok := c.lastID[data]
	if !ok {
		id = c.nextID()
	}
	return c.handle(bot.Inbound{Data: data, MessageID: id})
}

// user loads the person from the store; ok is false when none is stored.
func (c *conv) user() (store.User, bool) {
	c.h.t.Helper()
	u, err := c.h.db.UserByPlatform(c.h.ctx, c.platform, c.id)
	if err != nil {
		return store.User{}, false
	}
	return u, true
}

func (c *conv) mustUser() store.User {
	c.h.t.Helper()
	u, ok := c.user()
	if !ok {
		c.h.t.Fatalf("person %s is not stored", c.id)
	}
	return u
}

// checkins lists every stored check-in of the person.
func (c *conv) checkins() []store.Checkin {
	c.h.t.Helper()
	u, ok := c.user()
	if !ok {
		return nil
	}
	cs, err := c.h.db.Checkins(c.h.ctx, u.ID, "", "")
	if err != nil {
		c.h.t.Fatalf("Checkins: %v", err)
	}
	return cs
}

// day loads one day's row; ok is false when there is none.
func (c *conv) day(day string) (store.Checkin, bool) {
	c.h.t.Helper()
	for _, x := range c.checkins() {
		if x.Day == day {
			return x, true
		}
	}
	return store.Checkin{}, false
}

// onboard takes a new person through consent and setup with the given
// answers ("skip" keeps the default).
func (c *conv) onboard(zone, at, country string) {
	c.h.t.Helper()
	c.send("/start")
	c.press("Yes, that's okay")
	for _, a := range []string{zone, at, country} {
		r := c.send(a)
		if len(r.Replies) == 0 {
			c.h.t.Fatalf("onboarding answer %q got no reply", a)
		}
	}
	u := c.mustUser()
	if u.OnboardedAt.IsZero() {
		c.h.t.Fatalf("person not onboarded after setup; last replies:\n%s", dump(c.last))
	}
}
