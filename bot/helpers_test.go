package bot_test

import (
	"context"
	"fmt"
	"log/slog"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/checkin-bot/checkin/bot"
	"github.com/checkin-bot/checkin/store"
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

// harness is one bot over one real SQLite file.
type harness struct {
	t    testing.TB
	ctx  context.Context
	path string
	db   *store.DB
	clk  *clock
	cfg  bot.Config
	log  *slog.Logger
	b    *bot.Bot
}

type option func(*harness)

func withLogger(l *slog.Logger) option { return func(h *harness) { h.log = l } }

func withConfig(f func(*bot.Config)) option { return func(h *harness) { f(&h.cfg) } }

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
	db, err := store.Open(h.ctx, h.path)
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

func anyButton(r bot.Response) (string, bool) {
	for _, x := range r.Replies {
		for _, row := range x.Buttons {
			for _, b := range row {
				return b.Data, true
			}
		}
	}
	return "", false
}

func findButton(r bot.Response, label string) (string, bool) {
	for i := len(r.Replies) - 1; i >= 0; i-- {
		for _, row := range r.Replies[i].Buttons {
			for _, b := range row {
				if b.Label == label {
					return b.Data, true
				}
			}
		}
	}
	return "", false
}

// text joins every reply's text, for assertions.
func text(r bot.Response) string {
	var parts []string
	for _, x := range r.Replies {
		parts = append(parts, x.Text)
	}
	return strings.Join(parts, "\n---\n")
}

func dump(r bot.Response) string {
	var b strings.Builder
	fmt.Fprintf(&b, "ack=%q stale=%v\n", r.Ack, r.Stale)
	for i, x := range r.Replies {
		fmt.Fprintf(&b, "[%d] %q", i, x.Text)
		for _, row := range x.Buttons {
			for _, bt := range row {
				fmt.Fprintf(&b, " {%s|%s}", bt.Label, bt.Data)
			}
		}
		b.WriteString("\n")
	}
	return b.String()
}

func mustContain(t *testing.T, r bot.Response, want ...string) {
	t.Helper()
	got := text(r)
	for _, w := range want {
		if !strings.Contains(got, w) {
			t.Errorf("reply does not contain %q:\n%s", w, dump(r))
		}
	}
}

func mustNotContain(t *testing.T, r bot.Response, bad ...string) {
	t.Helper()
	got := text(r)
	for _, w := range bad {
		if strings.Contains(got, w) {
			t.Errorf("reply contains %q:\n%s", w, dump(r))
		}
	}
}

// asks reports whether the response asks the check-in question whose text
// starts with prefix.
func asks(r bot.Response, prefix string) bool {
	for _, x := range r.Replies {
		for _, line := range strings.Split(x.Text, "\n") {
			if strings.HasPrefix(line, prefix) {
				return true
			}
		}
	}
	return false
}

const (
	qMood     = "How is your mood today?"
	qSleep    = "How many hours did you sleep"
	qQuality  = "How well did you sleep?"
	qEnergy   = "How was your energy today?"
	qInterest = "How much did you enjoy"
	qMed      = "Did you take your medication"
	qNote     = "Anything you'd like to note"
)

func iv(p *int) string {
	if p == nil {
		return "nil"
	}
	return strconv.Itoa(*p)
}

func fv(p *float64) string {
	if p == nil {
		return "nil"
	}
	return strconv.FormatFloat(*p, 'f', -1, 64)
}

func bv(p *bool) string {
	if p == nil {
		return "nil"
	}
	return strconv.FormatBool(*p)
}

// row formats a check-in compactly for comparisons.
func row(c store.Checkin) string {
	return fmt.Sprintf("%s mood=%s sleep=%s q=%s e=%s i=%s med=%s note=%q", c.Day, iv(c.Mood), fv(c.SleepHours),
		iv(c.SleepQuality), iv(c.Energy), iv(c.Interest), bv(c.MedTaken), c.Note)
}

func rows(cs []store.Checkin) string {
	var parts []string
	for _, c := range cs {
		parts = append(parts, row(c))
	}
	return strings.Join(parts, "\n")
}

// users lists every stored person.
func (h *harness) users() []store.User {
	h.t.Helper()
	us, err := h.db.Users(h.ctx)
	if err != nil {
		h.t.Fatalf("Users: %v", err)
	}
	return us
}

// checkInvariants checks what must hold for every person whatever they
// sent: one row per day, every value in range.
func (h *harness) checkInvariants() {
	h.t.Helper()
	checkStore(h.t, h.ctx, h.db)
}

func checkStore(t testing.TB, ctx context.Context, db *store.DB) {
	t.Helper()
	us, err := db.Users(ctx)
	if err != nil {
		t.Fatalf("Users: %v", err)
	}
	for _, u := range us {
		cs, err := db.Checkins(ctx, u.ID, "", "")
		if err != nil {
			t.Fatalf("Checkins: %v", err)
		}
		seen := map[string]bool{}
		for _, c := range cs {
			if seen[c.Day] {
				t.Errorf("person %d has two rows for %s", u.ID, c.Day)
			}
			seen[c.Day] = true
			if _, err := time.Parse("2006-01-02", c.Day); err != nil {
				t.Errorf("person %d: bad day %q", u.ID, c.Day)
			}
			checkRange := func(name string, p *int, lo, hi int) {
				if p != nil && (*p < lo || *p > hi) {
					t.Errorf("person %d %s: %s = %d out of %d–%d", u.ID, c.Day, name, *p, lo, hi)
				}
			}
			checkRange("mood", c.Mood, 0, 10)
			checkRange("quality", c.SleepQuality, 1, 5)
			checkRange("energy", c.Energy, 0, 10)
			checkRange("interest", c.Interest, 0, 10)
			if s := c.SleepHours; s != nil && !(*s >= 0 && *s <= 24) {
				t.Errorf("person %d %s: sleep = %v out of 0–24", u.ID, c.Day, *s)
			}
			if n := len([]rune(c.Note)); n > 1000 {
				t.Errorf("person %d %s: note of %d runes", u.ID, c.Day, n)
			}
		}
	}
}

// respOf wraps prompt replies as a response, to search them for buttons.
func respOf(rs []bot.Reply) bot.Response { return bot.Response{Replies: rs} }

// fileIn returns the one file attached to the response.
func fileIn(t testing.TB, r bot.Response) *bot.File {
	t.Helper()
	for _, x := range r.Replies {
		if x.File != nil {
			return x.File
		}
	}
	t.Fatalf("no file in the replies:\n%s", dump(r))
	return nil
}

func itoa(i int) string { return strconv.Itoa(i) }
