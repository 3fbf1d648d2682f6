package bot_test

import (
	"strings"
	"testing"
	"time"

	"github.com/checkin-bot/checkin/bot"
	"github.com/checkin-bot/checkin/store"
)

// TestOnboardingInEverydayWords takes a newcomer through every onboarding
// step in loose words and reads the settings back from the store.
func TestOnboardingInEverydayWords(t *testing.T) {
	t.Parallel()
	tests := []struct {
		answers          []string // "press:X" taps X
		tz, at, country  string
		storedBeforeLast bool
	}{
		{[]string{"hey", "yse", "I'm in Berlin", "around 9 in the evening", "germany"}, "Europe/Berlin", "21:00", "DE", true},
		{[]string{"/start", "sounds good", "London", "half past eight", "press:8:30 pm", "UK"}, "Europe/London", "20:30", "GB", true},
		{[]string{"/start", "👍", "skip", "quarter to ten pm", "skip"}, "UTC", "21:45", "", true},
		{[]string{"/start", "ok", "Tokyo", "after dinner", "8ish", "in the evening", "Japan"}, "Asia/Tokyo", "20:00", "JP", true},
		{[]string{"/start", "sure", "New York", "noon", "us"}, "America/New_York", "12:00", "US", true},
		{[]string{"/start", "agree", "Lisbon", "21h", "portugal"}, "Europe/Lisbon", "21:00", "PT", true},
	}
	for _, tc := range tests {
		t.Run(strings.Join(tc.answers, "|"), func(t *testing.T) {
			t.Parallel()
			h := newHarness(t)
			c := h.person("700")
			for _, a := range tc.answers {
				if label, ok := strings.CutPrefix(a, "press:"); ok {
					c.press(label)
				} else {
					c.send(a)
				}
			}
			u := c.mustUser()
			if u.TZ != tc.tz || u.CheckinTime != tc.at || u.Country != tc.country || u.OnboardedAt.IsZero() {
				t.Errorf("settings = %q %q %q onboarded=%v, want %q %q %q; last:\n%s",
					u.TZ, u.CheckinTime, u.Country, !u.OnboardedAt.IsZero(), tc.tz, tc.at, tc.country, dump(c.last))
			}
		})
	}
}

// upTo answers the check-in questions before step with plain values.
var before = map[string][]string{
	"mood":        {},
	"sleep":       {"5"},
	"quality":     {"5", "7"},
	"energy":      {"5", "7", "3"},
	"interest":    {"5", "7", "3", "4"},
	"functioning": {"5", "7", "3", "4", "4"},
	"med":         {"5", "7", "3", "4", "4", "mostly"},
	"note":        {"5", "7", "3", "4", "4", "mostly", "yes"},
}

// field reads one item of a stored day as text ("nil" when empty).
func field(c store.Checkin, item string) string {
	switch item {
	case "mood":
		return iv(c.Mood)
	case "sleep":
		return fv(c.SleepHours)
	case "quality":
		return iv(c.SleepQuality)
	case "energy":
		return iv(c.Energy)
	case "interest":
		return iv(c.Interest)
	case "functioning":
		return iv(c.Functioning)
	case "med":
		return bv(c.MedTaken)
	case "note":
		return c.Note
	}
	return "?"
}

// TestCheckinStepsInEverydayWords drives each check-in question through
// the real core with the loose forms people type, and reads the store
// back: clear values are stored, hesitant and worded ones are confirmed
// first, mixed messages keep each valid value, and every re-ask is at
// most two lines.
func TestCheckinStepsInEverydayWords(t *testing.T) {
	t.Parallel()
	tests := []struct {
		step  string
		steps []string          // typed; "press:X" taps X
		want  map[string]string // stored items after the steps
		reply string            // the last reply contains this
		held  map[string]string // stored items after the first step, before confirming
	}{
		{step: "mood", steps: []string{"like a 4"}, want: map[string]string{"mood": "4"}, reply: qSleep},
		{step: "mood", steps: []string{"meh 4"}, want: map[string]string{"mood": "4"}},
		{step: "mood", steps: []string{"meh, like a 4"}, want: map[string]string{"mood": "4"}},
		{step: "mood", steps: []string{"4ish"}, want: map[string]string{"mood": "4"}},
		{step: "mood", steps: []string{"a solid 6"}, want: map[string]string{"mood": "6"}},
		{step: "mood", steps: []string{"4 out of 10"}, want: map[string]string{"mood": "4"}},
		{step: "mood", steps: []string{"four"}, want: map[string]string{"mood": "4"}},
		{step: "mood", steps: []string{"6 today"}, want: map[string]string{"mood": "6"}},
		{step: "mood", steps: []string{"about a five"}, want: map[string]string{"mood": "5"}},
		{step: "mood", steps: []string{"honestly maybe a 3"}, want: map[string]string{"mood": "3"}},
		{step: "mood", steps: []string{"3 or 4", "press:4"}, want: map[string]string{"mood": "4"},
			held: map[string]string{"mood": "nil"}},
		{step: "mood", steps: []string{"pretty bad", "press:3"}, want: map[string]string{"mood": "3"},
			held: map[string]string{"mood": "nil"}},
		{step: "mood", steps: []string{"not great", "press:Other", "4"}, want: map[string]string{"mood": "4"},
			held: map[string]string{"mood": "nil"}},
		{step: "mood", steps: []string{"awful", "2"}, want: map[string]string{"mood": "2"},
			held: map[string]string{"mood": "nil"}},
		{step: "mood", steps: []string{"6/10 and about 8h"}, want: map[string]string{"mood": "6", "sleep": "8"}, reply: qQuality},
		{step: "mood", steps: []string{"6/10, slept 7h"}, want: map[string]string{"mood": "6", "sleep": "7"}, reply: qQuality},
		{step: "mood", steps: []string{"mood 6, 26 hours of sleep"}, want: map[string]string{"mood": "6", "sleep": "nil"},
			reply: "Got it: mood 6. 26 hours of sleep can't be right for one night — how many hours did you sleep?"},
		{step: "mood", steps: []string{"6, slept 26h", "7.5"}, want: map[string]string{"mood": "6", "sleep": "7.5"}, reply: qQuality},
		{step: "mood", steps: []string{"mood 14 and slept 6h", "4"}, want: map[string]string{"mood": "4", "sleep": "6"}, reply: qQuality,
			held: map[string]string{"mood": "nil", "sleep": "6"}},
		{step: "mood", steps: []string{"rough day, cancelled dinner again"}, want: map[string]string{"mood": "nil", "note": ""},
			reply: "Shall I keep that as today's note?\nAnd your mood today, 0–10?"},
		{step: "mood", steps: []string{"rough day, cancelled dinner again", "press:Save as note", "5"},
			want: map[string]string{"mood": "5", "note": "rough day, cancelled dinner again"}, reply: qSleep},
		{step: "mood", steps: []string{"rough day, cancelled dinner again", "5"},
			want: map[string]string{"mood": "5", "note": "rough day, cancelled dinner again"}},
		{step: "mood", steps: []string{"rough day, cancelled dinner again", "press:No, thanks", "5"},
			want: map[string]string{"mood": "5", "note": ""}},
		{step: "quality", steps: []string{"hmm not sure"}, want: map[string]string{"quality": "nil", "note": ""},
			reply: "Please send a number from 1 (very badly) to 5 (very well)."},
		{step: "sleep", steps: []string{"7 or 8 hours"}, want: map[string]string{"sleep": "7.5"}, reply: qQuality},
		{step: "sleep", steps: []string{"about 6"}, want: map[string]string{"sleep": "6"}},
		{step: "sleep", steps: []string{"seven and a half"}, want: map[string]string{"sleep": "7.5"}},
		{step: "sleep", steps: []string{"like 6ish hours"}, want: map[string]string{"sleep": "6"}},
		{step: "sleep", steps: []string{"26", "6"}, want: map[string]string{"sleep": "6"},
			held: map[string]string{"sleep": "nil"}},
		{step: "quality", steps: []string{"poor"}, want: map[string]string{"quality": "2"}, reply: qEnergy},
		{step: "quality", steps: []string{"4/5"}, want: map[string]string{"quality": "4"}},
		{step: "quality", steps: []string{"2 or 3", "press:2"}, want: map[string]string{"quality": "2"}},
		{step: "quality", steps: []string{"pretty bad"}, want: map[string]string{"quality": "2"}},
		{step: "quality", steps: []string{"not great", "press:3"}, want: map[string]string{"quality": "3"},
			held: map[string]string{"quality": "nil"}},
		{step: "energy", steps: []string{"low, like a 2"}, want: map[string]string{"energy": "2"}, reply: qInterest},
		{step: "energy", steps: []string{"about a 6 today"}, want: map[string]string{"energy": "6"}},
		{step: "interest", steps: []string{"not much, a 3"}, want: map[string]string{"interest": "3", "note": "not much"}},
		{step: "interest", steps: []string{"3/10"}, want: map[string]string{"interest": "3"}, reply: qFunctioning},
		{step: "functioning", steps: []string{"mostly"}, want: map[string]string{"functioning": "8"}, reply: qMed},
		{step: "functioning", steps: []string{"partly"}, want: map[string]string{"functioning": "5"}},
		{step: "functioning", steps: []string{"hardly"}, want: map[string]string{"functioning": "2"}},
		{step: "functioning", steps: []string{"some of it"}, want: map[string]string{"functioning": "5"}},
		{step: "functioning", steps: []string{"about a 7"}, want: map[string]string{"functioning": "7"}},
		{step: "functioning", steps: []string{"press:Hardly"}, want: map[string]string{"functioning": "2"}},
		{step: "functioning", steps: []string{"15", "6"}, want: map[string]string{"functioning": "6"},
			held: map[string]string{"functioning": "nil"}},
		{step: "med", steps: []string{"yep"}, want: map[string]string{"med": "true"}, reply: qNote},
		{step: "med", steps: []string{"forgot them"}, want: map[string]string{"med": "false"}},
		{step: "note", steps: []string{"walked by the river"}, want: map[string]string{"note": "walked by the river"}},
	}
	for _, tc := range tests {
		t.Run(tc.step+"/"+strings.Join(tc.steps, "|"), func(t *testing.T) {
			t.Parallel()
			_, c := onboarded(t)
			c.send("/checkin")
			for _, a := range before[tc.step] {
				c.send(a)
			}
			for i, a := range tc.steps {
				var r = c.last
				if label, ok := strings.CutPrefix(a, "press:"); ok {
					r = c.press(label)
				} else {
					r = c.send(a)
				}
				for _, rep := range r.Replies {
					if rep.Text == "" || strings.HasPrefix(rep.Text, "How ") || strings.HasPrefix(rep.Text, "Did you") ||
						strings.HasPrefix(rep.Text, "Anything") || strings.HasPrefix(rep.Text, "Thanks for checking in") ||
						(strings.HasPrefix(rep.Text, "Got it:") || strings.HasPrefix(rep.Text, "Noted.")) && strings.Contains(rep.Text, "\n\n") {
						continue // a question asked for the first time, or the end, after the echo
					}
					if n := strings.Count(rep.Text, "\n") + 1; n > 2 {
						t.Errorf("%q: a re-ask of %d lines:\n%s", a, n, rep.Text)
					}
				}
				if i == 0 && tc.held != nil {
					got, _ := c.day(today)
					for item, want := range tc.held {
						if g := field(got, item); g != want {
							t.Errorf("after %q: %s = %s before it was confirmed, want %s", a, item, g, want)
						}
					}
				}
			}
			got, _ := c.day(today)
			for item, want := range tc.want {
				if g := field(got, item); g != want {
					t.Errorf("%s = %q, want %q; last:\n%s", item, g, want, dump(c.last))
				}
			}
			if tc.reply != "" {
				mustContain(t, c.last, tc.reply)
			}
		})
	}
}

// TestCorrectionOutsideACheckin: a wrong value sent after the check-in
// is asked about alone; the rest of the message is kept, and the day's
// skipped questions are not asked again.
func TestCorrectionOutsideACheckin(t *testing.T) {
	t.Parallel()
	_, c := onboarded(t)
	c.send("/checkin")
	for _, a := range []string{"5", "7", "3", "skip", "skip", "skip", "skip", "skip"} {
		c.send(a)
	}
	mustContain(t, c.last, "Thanks for checking in")
	r := c.send("mood 6, slept 26 hours")
	mustContain(t, r, "Updated: mood 5 → 6.")
	mustContain(t, r, "26 hours of sleep can't be right")
	r = c.send("8")
	mustContain(t, r, "7 h → 8 h")
	mustNotContain(t, r, qEnergy)
	got, _ := c.day(today)
	if iv(got.Mood) != "6" || fv(got.SleepHours) != "8" || got.Energy != nil {
		t.Errorf("row = %s", row(got))
	}
}

// TestOfferedNoteIsNeverLost: a sentence offered as a note during a
// check-in is kept when the person moves on in any way without answering
// the offer: a command, "stop", a button, the next day's prompt.
func TestOfferedNoteIsNeverLost(t *testing.T) {
	t.Parallel()
	const words = "rough day, cancelled dinner again"
	tests := []struct {
		name string
		then func(h *harness, c *conv)
		also string // a second sentence offered and kept
	}{
		{name: "a command", then: func(h *harness, c *conv) { c.send("/history") }},
		{name: "stop", then: func(h *harness, c *conv) { c.send("stop") }},
		{name: "a button", then: func(h *harness, c *conv) { c.press("6 h") }},
		{name: "skip", then: func(h *harness, c *conv) { c.send("skip") }},
		{name: "the skip button", then: func(h *harness, c *conv) {
			c.send("7")
			c.send("3")
			c.send("the bus was late again")
			c.press("Skip")
		}, also: "the bus was late again"},
		{name: "/checkin again", then: func(h *harness, c *conv) { c.send("/checkin") }},
		{name: "the next day's prompt", then: func(h *harness, c *conv) {
			h.clk.Add(27 * time.Hour)
			if _, err := h.b.Prompt(h.ctx, c.mustUser(), "checkin"); err != nil {
				h.t.Fatal(err)
			}
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			h, c := onboarded(t)
			c.send("/checkin")
			c.send("5")
			r := c.send(words)
			mustContain(t, r, "Shall I keep that as today's note?")
			tc.then(h, c)
			got, _ := c.day(today)
			want := words
			if tc.also != "" {
				want += "; " + tc.also
			}
			if got.Note != want {
				t.Errorf("note = %q, want %q: the offered sentences kept; last:\n%s", got.Note, want, dump(c.last))
			}
		})
	}
}

// TestOfferedNoteDeliveredAgain: the offered sentence delivered again is
// offered again, not kept behind the person's back, and a yes keeps it once.
func TestOfferedNoteDeliveredAgain(t *testing.T) {
	t.Parallel()
	_, c := onboarded(t)
	c.send("/checkin")
	const words = "rough day, cancelled dinner again"
	_, id := c.sendID(words)
	r := c.handle(bot.Inbound{Text: words, MessageID: id})
	mustContain(t, r, "Shall I keep that as today's note?")
	if got, _ := c.day(today); got.Note != "" {
		t.Fatalf("note = %q before the offer was answered", got.Note)
	}
	c.press("Save as note")
	if got, _ := c.day(today); got.Note != words {
		t.Errorf("note = %q, want %q once", got.Note, words)
	}
}
