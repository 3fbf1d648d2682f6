package bot_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/checkin-bot/checkin/bot/stats"
	"github.com/checkin-bot/checkin/store"
)

// seedMonths stores a check-in on most days from first to the day before
// today: mood 8 and 8 h through August, 6 and 6.5 h after.
func seedMonths(t *testing.T, h *harness, c *conv, first string) {
	t.Helper()
	u := c.mustUser()
	for d := first; d < "2026-11-25"; d = stats.AddDays(d, 1) {
		if stats.DaysBetween(first, d)%9 == 4 {
			continue
		}
		mood, sleep := 8, 8.0
		if d >= "2026-09-01" {
			mood, sleep = 6, 6.5
		}
		if stats.DaysBetween(first, d)%3 == 0 {
			mood--
		}
		if err := h.db.SaveCheckin(h.ctx, &store.Checkin{UserID: u.ID, Day: d, Mood: &mood, SleepHours: &sleep}); err != nil {
			t.Fatal(err)
		}
	}
}

func TestBaselineMarkShowClear(t *testing.T) {
	h := newHarness(t)
	c := h.person("b1")
	c.onboard("UTC", "21:00", "skip")

	if got := text(c.send("/baseline")); !strings.Contains(got, "don't have a good stretch") {
		t.Errorf("no history yet: %q", got)
	}
	seedMonths(t, h, c, "2026-05-01")
	if got := text(c.send("/baseline")); !strings.Contains(got, "I compare your recent weeks with") || !strings.Contains(got, "2026") {
		t.Errorf("found stretch: %q", got)
	}

	got := text(c.send("/baseline 2026-06-01 to 2026-07-31"))
	if !strings.Contains(got, "Jun 1, 2026 – Jul 31, 2026") {
		t.Errorf("marking: %q", got)
	}
	w, err := h.db.GetWellStretch(h.ctx, c.mustUser().ID)
	if err != nil || w.From != "2026-06-01" || w.To != "2026-07-31" {
		t.Fatalf("stored %+v, %v", w, err)
	}
	if got := text(c.send("/baseline")); !strings.Contains(got, "You marked Jun 1, 2026 – Jul 31, 2026") || !strings.Contains(got, "sleep 8 h") {
		t.Errorf("showing the marked stretch: %q", got)
	}
	if got := text(c.send("/summary")); !strings.Contains(got, "well baseline (Jun 1–Jul 31, the time you marked)") {
		t.Errorf("the summary does not compare with the marked stretch:\n%s", got)
	}

	if got := text(c.send("/baseline last 8 weeks")); !strings.Contains(got, "Oct 1, 2026 – Nov 25, 2026") {
		t.Errorf("last 8 weeks: %q", got)
	}
	if got := text(c.send("/baseline clear")); !strings.Contains(got, "forgotten") {
		t.Errorf("clear: %q", got)
	}
	if _, err := h.db.GetWellStretch(h.ctx, c.mustUser().ID); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("after clear: %v", err)
	}
	if got := text(c.send("/baseline clear")); !strings.Contains(got, "no marked stretch") {
		t.Errorf("clearing twice: %q", got)
	}
}

func TestBaselineRefusesBadStretches(t *testing.T) {
	h := newHarness(t)
	c := h.person("b2")
	c.onboard("UTC", "21:00", "skip")
	seedMonths(t, h, c, "2026-08-01")
	for _, tc := range []struct{ args, want string }{
		{"banana", "didn't catch"},
		{strings.Repeat("2026-", 5000), "didn't catch"},
		{"2026-02-30 2026-03-30", "didn't catch"},
		{"2026-11-01 2026-12-31", "past today"},
		{"2026-11-10 2026-11-20", "2 to 26 weeks"},
		{"last 1 week", "2 to 26 weeks"},
		{"last 40 weeks", "2 to 26 weeks"},
		{"2025-06-01 2025-07-31", "last 12 months"},
		{"2026-06-01 2026-07-31", "only have 0 check-ins"},
	} {
		if got := text(c.send("/baseline " + tc.args)); !strings.Contains(got, tc.want) {
			t.Errorf("/baseline %.40s: %q, want %q", tc.args, got, tc.want)
		}
	}
	if _, err := h.db.GetWellStretch(h.ctx, c.mustUser().ID); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("a refused stretch was stored: %v", err)
	}
}
