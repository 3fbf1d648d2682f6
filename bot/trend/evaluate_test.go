package trend

import (
	"slices"
	"strings"
	"testing"

	"github.com/checkin-bot/checkin/store"
)

// day is a plain check-in: mood 7, quality 4, the given hours, and the
// medication answer when taken is not nil.
func day(hours float64, taken *bool) store.Checkin {
	return store.Checkin{Mood: ip(7), SleepHours: fp(hours), SleepQuality: ip(4), MedTaken: taken}
}

// flagDays lists the days rule fired on.
func flagDays(fs []store.Flag, rule string) []string {
	var out []string
	for _, f := range fs {
		if f.Rule == rule {
			out = append(out, f.Day)
		}
	}
	return out
}

func TestRestThenClearAfterSevenDaysInRange(t *testing.T) {
	s := newSim(t, DefaultConfig(), Items{})
	// Short nights on days 10–23; the rule holds from day 13 (the fourth)
	// to day 26 (the last week still holding four) and is back in range from
	// day 27, so it clears on day 33, the seventh day in range.
	for i := 0; i < 34; i++ {
		h := 7.5
		if i >= 10 && i <= 23 {
			h = 5
		}
		s.checkin(dayN(yearStart, i), day(h, nil))
		fs := s.flags()
		if got := flagDays(fs, RuleSleep); i >= 13 && !slices.Equal(got, []string{dayN(yearStart, 13)}) {
			t.Fatalf("day %d: sleep flags on %v, want one on day 13 and no repeat while the condition holds", i, got)
		}
		if i >= 13 {
			cleared := !fs[0].ClearedAt.IsZero()
			if want := i >= 33; cleared != want {
				t.Fatalf("day %d: flag cleared = %v, want %v", i, cleared, want)
			}
		}
	}
	// Short again: the rule is cleared and its cooldown long over, so it fires on the fourth night.
	for i := 34; i < 38; i++ {
		s.checkin(dayN(yearStart, i), day(5, nil))
	}
	if got, want := flagDays(s.flags(), RuleSleep), []string{dayN(yearStart, 13), dayN(yearStart, 37)}; !slices.Equal(got, want) {
		t.Fatalf("sleep flags on %v, want %v", got, want)
	}
	if len(s.sent) != 2 {
		t.Fatalf("%d messages, want 2: %v", len(s.sent), s.sent)
	}
}

func TestCooldownOutlastsAnEarlyClear(t *testing.T) {
	cfg := DefaultConfig()
	cfg.ClearDays = 3
	s := newSim(t, cfg, Items{})
	// Fires on day 13, back in range 18–20 and cleared on 20; short again
	// from day 21, holding from 24, but the 14-day cooldown keeps it quiet
	// until day 27.
	for i := 0; i < 30; i++ {
		h := 7.5
		if i >= 10 && i <= 14 || i >= 21 {
			h = 5
		}
		s.checkin(dayN(yearStart, i), day(h, nil))
	}
	fs := s.flags()
	if got, want := flagDays(fs, RuleSleep), []string{dayN(yearStart, 13), dayN(yearStart, 27)}; !slices.Equal(got, want) {
		t.Fatalf("sleep flags on %v, want %v", got, want)
	}
	if !fs[0].ClearedAt.Equal(at(dayN(yearStart, 20))) {
		t.Fatalf("first flag cleared at %v, want the evening of day 20", fs[0].ClearedAt)
	}
}

func TestOneNudgeAWeekLaterHitsWait(t *testing.T) {
	s := newSim(t, DefaultConfig(), Items{Medication: true})
	// Sleep fires on day 13. Doses are missed from day 12 and the rule holds
	// from day 14, but waits for the week to pass: its own message on day 20.
	for i := 0; i < 24; i++ {
		h := 7.5
		if i >= 10 {
			h = 5
		}
		s.checkin(dayN(yearStart, i), day(h, bp(i < 12)))
	}
	var days []string
	for _, m := range s.sent {
		days = append(days, m.day)
	}
	if want := []string{dayN(yearStart, 13), dayN(yearStart, 20)}; !slices.Equal(days, want) {
		t.Fatalf("messages on %v, want %v", days, want)
	}
	if got := s.sent[1].rules; !slices.Equal(got, []string{RuleDoses}) {
		t.Fatalf("second message for %v, want only the doses", got)
	}
	if !strings.Contains(s.sent[1].text, "not taken on 7 of the last 7 days") {
		t.Errorf("second message %q: want what is true on the day it is sent", s.sent[1].text)
	}
}

func TestSimultaneousHitsShareOneMessage(t *testing.T) {
	s := newSim(t, DefaultConfig(), Items{Medication: true})
	// Short nights from day 10 and missed doses from day 11: both hold on day 13.
	var res Result
	for i := 0; i < 14; i++ {
		h := 7.5
		if i >= 10 {
			h = 5
		}
		res = s.checkin(dayN(yearStart, i), day(h, bp(i < 11)))
	}
	if got := rulesOf(res); !slices.Equal(got, []string{RuleSleep, RuleDoses}) {
		t.Fatalf("day 13 hits %v, want sleep and doses together", got)
	}
	if len(s.sent) != 1 {
		t.Fatalf("%d messages, want one: %v", len(s.sent), s.sent)
	}
	for _, want := range []string{
		"your sleep was under 6 hours on 4 of the last 7 nights",
		"you marked your medication as not taken on 3 of the last 7 days",
		"tell", "prescriber", "/report", "/crisis",
	} {
		if !strings.Contains(s.sent[0].text, want) {
			t.Errorf("message lacks %q:\n%s", want, s.sent[0].text)
		}
	}
	if strings.Count(s.sent[0].text, "•") != 2 {
		t.Errorf("message should list both findings:\n%s", s.sent[0].text)
	}
}

func TestPHQ9RulesOverMonths(t *testing.T) {
	s := newSim(t, DefaultConfig(), Items{})
	steps := []struct {
		day, total int
		want       []string
		clears     int
	}{
		{0, 6, nil, 0},
		{14, 7, nil, 0},
		{28, 6, nil, 0},
		{42, 12, []string{RulePHQ9Rise}, 0}, // 6 over the usual 6
		{56, 13, []string{RulePHQ9High}, 0}, // 12 then 13; the rise still rests
		{70, 8, nil, 0},                     // back in range, but not yet for 7 days
		// In range days 70–83, so both clear; 21 is severe and 13.5 over the
		// usual 7.5, but one high score after an 8 is not "twice running".
		{84, 21, []string{RulePHQ9Severe, RulePHQ9Rise}, 2},
		{98, 22, []string{RulePHQ9High}, 0}, // twice running again; severe and rise rest
	}
	for _, st := range steps {
		res := s.phq9(dayN(yearStart, st.day), st.total)
		if got := rulesOf(res); !slices.Equal(got, st.want) || len(res.Clear) != st.clears {
			t.Fatalf("day %d total %d: hits %v clears %v, want %v and %d clears", st.day, st.total, got, res.Clear, st.want, st.clears)
		}
	}
	for _, want := range []string{
		"your latest PHQ-9 score, 12, is 6 points above your usual 6",
		"your last two PHQ-9 scores were 12 and 13, both 10 or more",
		"your latest PHQ-9 score was 21",
	} {
		found := false
		for _, m := range s.sent {
			found = found || strings.Contains(m.text, want)
		}
		if !found {
			t.Errorf("no message says %q", want)
		}
	}
}

func TestWhatHoldsBackAMessage(t *testing.T) {
	ago := func(days int) string { return dayN(today, -days) }
	tests := []struct {
		name  string
		flags []store.Flag
		want  bool // a message goes out
	}{
		{"no flags", nil, true},
		{"an acute flag yesterday", []store.Flag{{ID: 1, Rule: "acute.active", Severity: "acute", Day: ago(1)}}, true},
		{"a mood nudge 6 days ago", []store.Flag{{ID: 1, Rule: RuleMood, Severity: Severity, Day: ago(6)}}, false},
		{"a mood nudge 7 days ago", []store.Flag{{ID: 1, Rule: RuleMood, Severity: Severity, Day: ago(7)}}, true},
		{"the same rule, active", []store.Flag{{ID: 1, Rule: RuleSleep, Severity: Severity, Day: ago(20)}}, false},
		{"the same rule with a malformed day", []store.Flag{{ID: 1, Rule: RuleSleep, Severity: Severity, Day: "someday"}}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := Evaluate(DefaultConfig(), Items{}, today, nights(7, 5), nil, tt.flags)
			if got := res.Message != ""; got != tt.want {
				t.Fatalf("message sent = %v, want %v (hits %v)", got, tt.want, res.Hits)
			}
		})
	}
}
