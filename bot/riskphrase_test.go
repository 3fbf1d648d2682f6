package bot_test

import (
	"strings"
	"testing"
)

// TestHedgedRiskAtACheckinStep: a hedged wish, hopelessness or a farewell
// typed with a value at a check-in step gets the crisis reply first; the
// value is still stored and echoed after it, and the next routine question
// does not ride along.
func TestHedgedRiskAtACheckinStep(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, send, want, echo string
	}{
		{"neg-raised wish", "2, and I don't think I want to be alive", "quality=2", "sleep quality 2/5"},
		{"not sure", "3 but honestly not sure i want to be here anymore", "quality=3", "sleep quality 3/5"},
		{"cannot go on", "1. i can't go on", "quality=1", "sleep quality 1/5"},
		{"no way out", "2, i don't see a way out", "quality=2", "sleep quality 2/5"},
		{"farewell", "4. goodbye everyone, thanks for everything", "quality=4", "sleep quality 4/5"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			h := newHarness(t)
			c := h.person("751")
			c.onboard("UTC", "21:00", "GB")
			for _, s := range []string{"/checkin", "5", "7"} {
				c.send(s)
			}
			r := c.send(tc.send)
			checkRiskReply(t, c, r, true, tc.echo, qEnergy)
			got, ok := c.day(today)
			if !ok {
				t.Fatalf("nothing stored; want %s\n%s", tc.want, dump(r))
			}
			if s := stored(got); !strings.Contains(s, tc.want) {
				t.Errorf("stored %s, want %s", s, tc.want)
			}
		})
	}
}
