package bot_test

import (
	"strings"
	"testing"
)

// A correction that names no item changes the answer given last, at a
// check-in question and after the check-in, and says what changed.
func TestCorrectionChangesTheLastAnswer(t *testing.T) {
	_, c := onboarded(t)
	r := c.send("/checkin")
	c.press("4") // tapped, as most answers are
	r = c.send("actually make that a 5")
	if !strings.Contains(text(r), "4 → 5") || !strings.Contains(strings.ToLower(text(r)), "sleep") {
		t.Fatalf("correction at the sleep question: want mood 4 → 5 and the sleep question again, got:\n%s", dump(r))
	}
	if d, _ := c.day("2026-11-25"); d.Mood == nil || *d.Mood != 5 || d.SleepHours != nil {
		t.Errorf("stored %+v, want mood 5 and no sleep yet", d)
	}
	c.send("7")
	r = c.send("sorry, i meant 6")
	if !strings.Contains(text(r), "7 h → 6 h") && !strings.Contains(text(r), "7 → 6") {
		t.Errorf("correction of the sleep answer: got:\n%s", dump(r))
	}
	if d, _ := c.day("2026-11-25"); d.SleepHours == nil || *d.SleepHours != 6 {
		t.Errorf("stored %+v, want sleep 6", d)
	}
	if r := c.send("actually the bus was late"); strings.Contains(text(r), "→") {
		t.Errorf("words with no value changed an answer:\n%s", dump(r))
	}
}
