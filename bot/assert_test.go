package bot_test

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/checkin-bot/checkin/bot"
	"github.com/checkin-bot/checkin/store"
)

// Helpers that read responses and rows for assertions.

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
	qMood        = "How is your mood today?"
	qSleep       = "How many hours did you sleep"
	qQuality     = "How well did you sleep?"
	qEnergy      = "How was your energy today?"
	qInterest    = "How much did you enjoy"
	qMed         = "Did you take your medication"
	qFunctioning = "Did you do what you meant to today"
	qNote        = "Anything you'd like to note"
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
