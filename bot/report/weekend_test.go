package report

import (
	"strings"
	"testing"

	"github.com/checkin-bot/checkin/bot/stats"
	"github.com/checkin-bot/checkin/store"
)

// fourWeeks is 28 days ending on Sunday 2026-03-29, weekdays and weekends
// answered with their own mood and sleep; skipWeekends leaves out all but
// two weekend days.
func fourWeeks(wdMood, weMood int, wdSleep, weSleep float64, skipWeekends bool) []store.Checkin {
	var cs []store.Checkin
	for i := range 28 {
		d := day("2026-03-02", i) // a Monday
		if wd := dayTime(d).Weekday(); wd == 0 || wd == 6 {
			if !skipWeekends || i%14 == 5 {
				cs = append(cs, ci(d, weMood, weSleep))
			}
			continue
		}
		cs = append(cs, ci(d, wdMood, wdSleep))
	}
	return cs
}

func TestWeekendLines(t *testing.T) {
	for _, tc := range []struct {
		name string
		cs   []store.Checkin
		want []string
	}{
		{"weekends like weekdays", fourWeeks(6, 6, 7, 7.5, false), nil},
		{"an ordinary lie-in", fourWeeks(6, 7, 7, 8, false), nil},
		{"weekend mood a point lower", fourWeeks(6, 5, 7, 7, false), []string{"mood was lower than on weekdays: 5.0 against 6.0"}},
		{"two hours more in bed", fourWeeks(6, 6, 7, 9, false), []string{"slept 2 h longer than on weekdays (9 h against 7 h)"}},
		{"short weekend nights", fourWeeks(6, 6, 7.5, 6, false), []string{"slept 1 h 30 min less than on weekdays"}},
		{"both", fourWeeks(7, 4, 7, 10, false), []string{"mood was lower", "slept 3 h longer"}},
		{"too few weekend days to say", fourWeeks(7, 3, 7, 11, true), nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := weekendLines(tc.cs, "2026-03-29")
			if len(got) != len(tc.want) {
				t.Fatalf("lines %q, want %d", got, len(tc.want))
			}
			for i, w := range tc.want {
				if !strings.Contains(got[i], w) {
					t.Errorf("line %q lacks %q", got[i], w)
				}
			}
		})
	}
}

func TestWeeklySaysWhichReference(t *testing.T) {
	cs := fourWeeks(5, 3, 6.5, 9, false)
	in := Input{Today: "2026-03-29", Checkins: cs, Well: Well{From: "2025-11-03", To: "2025-12-28", Mood: 7, Sleep: 7.5, OK: true}}
	got := Weekly(in, "2026-03-23")
	for _, want := range []string{
		"Compared with your well baseline (Nov 3–Dec 28): mood 2.6 lower and sleep 20 minutes less.",
		"On weekends over the last 4 weeks your mood was lower than on weekdays",
		"On weekends over the last 4 weeks you slept 2 h 30 min longer",
		"as last week",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("summary lacks %q:\n%s", want, got)
		}
	}
	in.Well.Marked = true
	if got := Weekly(in, "2026-03-23"); !strings.Contains(got, "(Nov 3–Dec 28, the time you marked)") {
		t.Errorf("a marked stretch is not said to be marked:\n%s", got)
	}
	in.Well = Well{}
	if got := Weekly(in, "2026-03-23"); strings.Contains(got, "well baseline") {
		t.Errorf("no well baseline yet, but the summary names one:\n%s", got)
	}
}

func TestWeekendRow(t *testing.T) {
	cs := fourWeeks(6, 4, 7, 9, false)
	if got := weekendRow(cs, "2026-03-02", "2026-03-29", stats.Mood, pdfWeekendMood); got != "Mood: weekdays 6.0 (20 days), weekends 4.0 (8 days)" {
		t.Errorf("row %q", got)
	}
	if got := weekendRow(cs[:5], "2026-03-02", "2026-03-06", stats.Mood, pdfWeekendMood); got != "" {
		t.Errorf("weekdays only gave %q", got)
	}
}
