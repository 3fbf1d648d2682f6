package bot_test

import (
	"testing"
	"time"
)

// TestPHQ9Buttons: each question's buttons count once; a repeated or old
// press is stale and the questionnaire stays in step.
func TestPHQ9Buttons(t *testing.T) {
	t.Parallel()
	h, c := onboarded(t)
	c.send("/phq9")
	first, _ := findButton(c.last, "2 · More than half the days")
	r := c.pressData(first)
	if r.Stale || !asks(r, "2/9.") {
		t.Fatalf("first press: %s", dump(r))
	}
	r = c.pressData(first)
	if !r.Stale {
		t.Errorf("the same press twice is not stale:\n%s", dump(r))
	}
	for range 7 {
		c.press("1 · Several days")
	}
	c.press("0 · Not at all") // item 9
	r = c.press("1 · Somewhat difficult")
	mustContain(t, r, "PHQ-9 total is 9 of 27")
	qs, _ := h.db.Questionnaires(h.ctx, c.mustUser().ID, time.Time{})
	if len(qs) != 1 || qs[0].Total != 9 || qs[0].Difficulty != 1 || qs[0].Items[0] != 2 {
		t.Fatalf("questionnaires = %+v", qs)
	}
	// A button of the finished questionnaire, and one of a new one's first
	// question pressed twice, change nothing.
	r = c.pressData(first)
	if !r.Stale {
		t.Errorf("a finished questionnaire's button is not stale:\n%s", dump(r))
	}
	c.send("/phq9")
	c.send("stop")
	r = c.press("0 · Not at all")
	if !r.Stale {
		t.Errorf("a stopped questionnaire's button is not stale:\n%s", dump(r))
	}
	if qs, _ := h.db.Questionnaires(h.ctx, c.mustUser().ID, time.Time{}); len(qs) != 1 {
		t.Errorf("questionnaires = %d", len(qs))
	}
}

// TestPHQ9AcrossMidnight: a questionnaire started before midnight can be
// finished after it, and is dated the day it began.
func TestPHQ9AcrossMidnight(t *testing.T) {
	t.Parallel()
	h, c := onboarded(t)
	h.clk.Set(time.Date(2026, 11, 25, 23, 55, 0, 0, time.UTC))
	c.send("/phq9")
	for range 5 {
		c.press("0 · Not at all")
	}
	h.clk.Set(time.Date(2026, 11, 26, 0, 5, 0, 0, time.UTC))
	for range 4 {
		if r := c.press("0 · Not at all"); r.Stale {
			t.Fatalf("a press after midnight is stale:\n%s", dump(r))
		}
	}
	c.press("0 · Not difficult at all")
	qs, _ := h.db.Questionnaires(h.ctx, c.mustUser().ID, time.Time{})
	if len(qs) != 1 || qs[0].Day != "2026-11-25" || qs[0].Total != 0 {
		t.Errorf("questionnaires = %+v", qs)
	}
}
