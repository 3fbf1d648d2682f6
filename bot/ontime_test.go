package bot_test

import (
	"strings"
	"testing"
)

// TestCheckinTimeInWords: the time step takes everyday words, asks am or
// pm for a bare hour (by button or by a word), and asks which hour for a
// meal or a part of the day; nothing changes until it is clear.
func TestCheckinTimeInWords(t *testing.T) {
	t.Parallel()
	tests := []struct {
		answers []string // typed; "press:X" taps button X
		want    string
	}{
		{[]string{"around 9 in the evening"}, "21:00"},
		{[]string{"9 in the morning"}, "09:00"},
		{[]string{"quarter to ten pm"}, "21:45"},
		{[]string{"noon"}, "12:00"},
		{[]string{"21.30"}, "21:30"},
		{[]string{"21h"}, "21:00"},
		{[]string{"9 pm-ish"}, "21:00"},
		{[]string{"9", "press:9:00 pm"}, "21:00"},
		{[]string{"half past eight", "press:8:30 am"}, "08:30"},
		{[]string{"8ish", "in the evening"}, "20:00"},
		{[]string{"9", "pm"}, "21:00"},
		{[]string{"after dinner", "8pm"}, "20:00"},
		{[]string{"after dinner", "9", "evening"}, "21:00"},
	}
	for _, tc := range tests {
		t.Run(strings.Join(tc.answers, "|"), func(t *testing.T) {
			t.Parallel()
			h := newHarness(t)
			c := h.person("300")
			c.send("/start")
			c.send("yes")
			c.send("Berlin")
			for i, a := range tc.answers {
				var r = c.last
				if label, ok := strings.CutPrefix(a, "press:"); ok {
					r = c.press(label)
				} else {
					r = c.send(a)
				}
				if i < len(tc.answers)-1 {
					if u := c.mustUser(); u.CheckinTime != "20:00" {
						t.Fatalf("after %q the time is %s before it was clear", a, u.CheckinTime)
					}
					if n := strings.Count(text(r), "\n") + 1; n > 2 {
						t.Errorf("%q: the question again has %d lines:\n%s", a, n, dump(r))
					}
				}
			}
			if u := c.mustUser(); u.CheckinTime != tc.want {
				t.Fatalf("check-in time = %s, want %s; last:\n%s", u.CheckinTime, tc.want, dump(c.last))
			}
			mustContain(t, c.last, "Got it: every day at "+tc.want)
		})
	}
}

// TestCheckinTimeAmPmButtonsLapse: the am/pm buttons count only while
// their question is open.
func TestCheckinTimeAmPmButtonsLapse(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	c := h.person("301")
	c.send("/start")
	c.send("yes")
	c.send("Berlin")
	c.send("9")
	old := c.buttons
	c.send("21:30")
	c.buttons = old
	r := c.press("9:00 am")
	if !r.Stale {
		t.Errorf("an am/pm button after the question was answered is not stale:\n%s", dump(r))
	}
	if u := c.mustUser(); u.CheckinTime != "21:30" {
		t.Fatalf("check-in time = %s, want 21:30", u.CheckinTime)
	}
	r = c.pressData("o:at::0000")
	if !r.Stale {
		t.Errorf("a forged time button is not stale:\n%s", dump(r))
	}
}
