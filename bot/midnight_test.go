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
	c.last, c.buttons = respOf(rs), respOf(rs)
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

// TestNextEveningIsANewDay: the grace after midnight ends; the next
// evening, before that day's prompt, answers count for the new day and
// yesterday's values are not overwritten.
func TestNextEveningIsANewDay(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		send string
	}{
		{"keyed", "mood 6"},
		{"one line", "/checkin 6 7"},
		{"checkin command", "/checkin"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			h, c := promptAt(t, 25)
			c.send("5") // yesterday's mood; the rest left open
			h.clk.Set(time.Date(2026, 11, 26, 19, 0, 0, 0, berlin))
			r := c.send(tc.send)
			if tc.send == "/checkin" {
				if !asks(r, qMood) {
					t.Errorf("/checkin the next evening continues yesterday's check-in:\n%s", dump(r))
				}
				r = c.send("6")
			}
			y, _ := c.day("2026-11-25")
			if iv(y.Mood) != "5" || y.SleepHours != nil {
				t.Errorf("yesterday changed the next evening: %s\n%s", row(y), dump(r))
			}
			if d, ok := c.day("2026-11-26"); !ok || iv(d.Mood) != "6" {
				t.Errorf("today's answer not stored for today: %s", rows(c.checkins()))
			}
		})
	}
}

// TestLocalDayInOffsetZone: the local day follows the person's zone, a
// fixed offset included.
func TestLocalDayInOffsetZone(t *testing.T) {
	t.Parallel()
	tests := []struct {
		zone string
		at   time.Time // UTC
		day  string
	}{
		{"UTC+5:30", time.Date(2026, 11, 25, 18, 29, 0, 0, time.UTC), "2026-11-25"},
		{"UTC+5:30", time.Date(2026, 11, 25, 18, 31, 0, 0, time.UTC), "2026-11-26"},
		{"America/Los_Angeles", time.Date(2026, 11, 26, 7, 59, 0, 0, time.UTC), "2026-11-25"},
		{"Pacific/Kiritimati", time.Date(2026, 11, 25, 10, 0, 0, 0, time.UTC), "2026-11-26"},
		// Berlin on the night clocks go back (25 Oct 2026, 03:00 CEST → 02:00 CET).
		{"Europe/Berlin", time.Date(2026, 10, 24, 22, 30, 0, 0, time.UTC), "2026-10-25"},
		{"Europe/Berlin", time.Date(2026, 10, 25, 22, 59, 0, 0, time.UTC), "2026-10-25"},
	}
	for _, tc := range tests {
		t.Run(tc.zone+" "+tc.at.Format(time.RFC3339), func(t *testing.T) {
			t.Parallel()
			h := newHarness(t)
			h.clk.Set(tc.at.Add(-time.Hour))
			c := h.person("1100")
			c.onboard(tc.zone, "21:00", "skip")
			h.clk.Set(tc.at)
			c.send("/checkin 6 7")
			if cs := c.checkins(); len(cs) != 1 || cs[0].Day != tc.day {
				t.Errorf("rows = %s, want day %s", rows(cs), tc.day)
			}
		})
	}
}
