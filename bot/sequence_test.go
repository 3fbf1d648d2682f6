package bot_test

import (
	"strings"
	"testing"
)

// TestRiskSequences: the crisis reply does not depend on what came before.
// Each risk message in a row gets it first, whatever is pending, and what
// was pending is neither lost nor answered behind the person's back.
func TestRiskSequences(t *testing.T) {
	t.Parallel()
	const (
		r1 = "i want to die"
		r2 = "honestly i want to kill myself"
		r3 = "i dont want to wake up tomorrow"
	)
	tests := []struct {
		name  string
		msgs  []string
		risky map[int]bool // indexes of the risk messages
		after func(t *testing.T, c *conv)
	}{
		{"unclear, then risk", []string{"what is this even", r1}, map[int]bool{1: true}, nil},
		{"three in quick succession", []string{r1, r2, r3}, map[int]bool{0: true, 1: true, 2: true}, nil},
		{"risk while a note offer waits", []string{"the bus was late again", r1, r2}, map[int]bool{1: true, 2: true},
			func(t *testing.T, c *conv) {
				// The offer, made openly, can still be answered.
				r := c.send("yes")
				got, _ := c.day(today)
				if !strings.Contains(got.Note, "bus") {
					t.Errorf("the offered note was lost: %q\n%s", got.Note, dump(r))
				}
				if strings.Contains(got.Note, "die") || strings.Contains(got.Note, "kill") {
					t.Errorf("the risk words were kept as a note unasked: %q", got.Note)
				}
			}},
		{"risk while a check-in step waits", []string{"/checkin", "6", r1, r3}, map[int]bool{2: true, 3: true},
			func(t *testing.T, c *conv) {
				// The question shown last (sleep) is still the one answered.
				c.send("7")
				got, _ := c.day(today)
				if iv(got.Mood) != "6" || fv(got.SleepHours) != "7" {
					t.Errorf("the open question lost its answer: %s", row(got))
				}
			}},
		{"risk, then routine, then risk", []string{r1, "mood 5", "/history", r2}, map[int]bool{0: true, 3: true}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			h := newHarness(t)
			c := h.person("770")
			c.onboard("UTC", "21:00", "GB")
			for i, m := range tc.msgs {
				r := c.send(m)
				first := ""
				if len(r.Replies) > 0 {
					first = r.Replies[0].Text
				}
				crisis := strings.Contains(first, "You matter") && strings.Contains(first, "116 123")
				switch {
				case tc.risky[i] && !crisis:
					t.Errorf("message %d (%q): no crisis reply first:\n%s", i, m, dump(r))
				case tc.risky[i] && !r.Replies[0].Urgent:
					t.Errorf("message %d: the crisis reply is not marked urgent", i)
				case !tc.risky[i] && strings.Contains(text(r), "You matter"):
					t.Errorf("message %d (%q): a crisis reply for routine words:\n%s", i, m, dump(r))
				}
			}
			if n, want := len(c.flagRows()), len(tc.risky); n != want {
				t.Errorf("%d flags for %d risk messages", n, want)
			}
			if tc.after != nil {
				tc.after(t, c)
			}
		})
	}
}
