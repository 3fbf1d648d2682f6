package bot_test

import (
	"testing"
	"time"
)

var berlin = mustZone("Europe/Berlin")

func mustZone(name string) *time.Location {
	l, err := time.LoadLocation(name)
	if err != nil {
		panic(err)
	}
	return l
}

// promptAt onboards a person in Berlin, moves the clock to local (day,
// 21:00) and sends the daily prompt.
func promptAt(t *testing.T, day int) (*harness, *conv) {
	t.Helper()
	h := newHarness(t)
	c := h.person("400")
	c.onboard("Europe/Berlin", "21:00", "DE")
	h.clk.Set(time.Date(2026, 11, day, 21, 0, 0, 0, berlin))
	rs, err := h.b.Prompt(h.ctx, c.mustUser(), "checkin")
	if err != nil {
		t.Fatalf("Prompt: %v", err)
	}
	if len(rs) != 1 || !asks(respOf(rs), qMood) {
		t.Fatalf("prompt does not ask the mood: %+v", rs)
	}
	c.last = respOf(rs)
	c.remember(rs)
	return h, c
}

// TestAnswersAfterMidnight: typed answers at 00:30 count for the prompt's
// day, not the new one.
func TestAnswersAfterMidnight(t *testing.T) {
	t.Parallel()
	h, c := promptAt(t, 25)
	h.clk.Set(time.Date(2026, 11, 26, 0, 30, 0, 0, berlin))
	r := c.send("5")
	mustContain(t, r, "mood 5")
	if !asks(r, qSleep) {
		t.Fatalf("sleep not asked:\n%s", dump(r))
	}
	c.send("6")
	cs := c.checkins()
	if len(cs) != 1 || cs[0].Day != "2026-11-25" || iv(cs[0].Mood) != "5" || fv(cs[0].SleepHours) != "6" {
		t.Errorf("rows = %s, want mood 5 and sleep 6 on 2026-11-25", rows(cs))
	}
	// Keyed values after midnight, while that prompt is open, count for it too.
	c.send("energy 4")
	got, _ := c.day("2026-11-25")
	if iv(got.Energy) != "4" {
		t.Errorf("energy after midnight went elsewhere: %s", rows(c.checkins()))
	}
}

// TestButtonAfterMidnight: a button from the prompt of day D pressed on
// D+1 counts for D.
func TestButtonAfterMidnight(t *testing.T) {
	t.Parallel()
	h, c := promptAt(t, 25)
	h.clk.Set(time.Date(2026, 11, 26, 0, 30, 0, 0, berlin))
	r := c.press("7")
	if r.Stale {
		t.Fatalf("yesterday's open prompt is stale after midnight:\n%s", dump(r))
	}
	cs := c.checkins()
	if len(cs) != 1 || cs[0].Day != "2026-11-25" || iv(cs[0].Mood) != "7" {
		t.Errorf("rows = %s, want mood 7 on 2026-11-25", rows(cs))
	}
	r = c.press("8 h")
	if r.Stale {
		t.Errorf("the next question's button is stale:\n%s", dump(r))
	}
	got, _ := c.day("2026-11-25")
	if fv(got.SleepHours) != "8" {
		t.Errorf("row = %s", row(got))
	}
}

// TestOldButtonIsStale: a button from two days ago changes nothing.
func TestOldButtonIsStale(t *testing.T) {
	t.Parallel()
	h, c := promptAt(t, 23)
	old, _ := findButton(c.last, "4")
	h.clk.Set(time.Date(2026, 11, 25, 19, 0, 0, 0, berlin))
	before := rows(c.checkins())
	r := c.pressData(old)
	if !r.Stale || r.Ack == "" {
		t.Errorf("a button from two days ago: stale %v ack %q", r.Stale, r.Ack)
	}
	if after := rows(c.checkins()); after != before {
		t.Errorf("store changed:\nbefore %s\nafter  %s", before, after)
	}
	// Yesterday's button is stale too once yesterday's prompt is closed
	// and today's is open.
	h2, c2 := promptAt(t, 24)
	yesterday, _ := findButton(c2.last, "4")
	h2.clk.Set(time.Date(2026, 11, 25, 21, 0, 0, 0, berlin))
	rs, err := h2.b.Prompt(h2.ctx, c2.mustUser(), "checkin")
	if err != nil || len(rs) == 0 {
		t.Fatalf("today's prompt: %v %+v", err, rs)
	}
	r = c2.pressData(yesterday)
	if !r.Stale {
		t.Errorf("yesterday's button after today's prompt is not stale:\n%s", dump(r))
	}
	if cs := c2.checkins(); len(cs) != 0 {
		t.Errorf("rows = %s", rows(cs))
	}
}

// TestNewDayAfterPromptDay: two days after a prompt, typed answers count
// for today, not the old prompt's day.
func TestNewDayAfterPromptDay(t *testing.T) {
	t.Parallel()
	h, c := promptAt(t, 23)
	h.clk.Set(time.Date(2026, 11, 25, 12, 0, 0, 0, berlin))
	c.send("mood 6")
	cs := c.checkins()
	if len(cs) != 1 || cs[0].Day != "2026-11-25" {
		t.Errorf("rows = %s, want one row on 2026-11-25", rows(cs))
	}
}
