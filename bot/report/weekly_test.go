package report

import (
	"strings"
	"testing"
	"time"
	_ "time/tzdata" // the zones below, on machines without zoneinfo
	"unicode"
	"unicode/utf8"

	"github.com/checkin-bot/checkin/bot/stats"
	"github.com/checkin-bot/checkin/store"
)

// weekOf fills the seven days from start with (mood, sleep); a negative mood
// leaves the day unanswered.
func weekOf(start string, moods []int, sleeps []float64) []store.Checkin {
	var cs []store.Checkin
	for i, m := range moods {
		if m < 0 {
			continue
		}
		cs = append(cs, ci(day(start, i), m, sleeps[i]))
	}
	return cs
}

// localRow is a check-in answered at instant t by someone in zone: its day
// is the person's local day, as the core stores it.
func localRow(t *testing.T, zone, instant string, mood int) store.Checkin {
	t.Helper()
	loc, err := time.LoadLocation(zone)
	if err != nil {
		t.Fatal(err)
	}
	when := at(instant)
	c := ci(stats.Day(when, loc), mood, 7)
	c.CreatedAt, c.UpdatedAt = when, when
	return c
}

func weeklyCases(t *testing.T) []struct {
	name      string
	in        Input
	weekStart string
} {
	const ws = "2026-03-02" // a Monday; the US moves its clocks on Sunday 2026-03-08
	history := synth(3, day(ws, -1), 84)
	full := append(append([]store.Checkin{}, history...), weekOf(ws, []int{6, 7, 5, 6, 4, 6, 7}, []float64{7, 7.5, 6.5, 7, 6, 8, 8.5})...)
	return []struct {
		name      string
		in        Input
		weekStart string
	}{
		{"no_data", Input{Today: day(ws, 6), Checkins: weekOf(day(ws, -7), []int{5, 5, 5, 5, 5, 5, 5}, []float64{7, 7, 7, 7, 7, 7, 7})}, ws},
		{"one_day", Input{Today: day(ws, 6), Checkins: []store.Checkin{ci(day(ws, 2), 6, 7.25)}}, ws},
		{"full_week", Input{Today: day(ws, 6), Checkins: full}, ws},
		{"full_week_no_history", Input{Today: day(ws, 6), Checkins: weekOf(ws, []int{6, 7, 5, 6, 4, 6, 7}, []float64{7, 7.5, 6.5, 7, 6, 8, 8.5})}, ws},
		{"flag_week", Input{Today: day(ws, 6), Checkins: full, Flags: []store.Flag{
			{Rule: "trend.mood", Severity: "trend", Day: day(ws, -1), Detail: "raised last week, not shown"},
			{Rule: "trend.sleep", Severity: "trend", Day: day(ws, 3), Detail: "sleep under 6 h on 5 of the last 7 nights"},
			{Rule: "trend.sleep", Severity: "trend", Day: day(ws, 4), Detail: "sleep under 6 h on 5 of the last 7 nights."},
			{Rule: "phq9.band", Severity: "trend", Day: day(ws, 6), Detail: ""},
			{Rule: "trend.mood", Severity: "trend", Day: day(ws, 7), Detail: "raised next week, not shown"},
		}}, ws},
		{"missed_days", Input{Today: day(ws, 6), Checkins: append(append([]store.Checkin{}, history...),
			weekOf(ws, []int{5, -1, 4, -1, -1, 6, 5}, []float64{6, 0, 5.5, 0, 0, 7, 6.5})...)}, ws},
		{"mid_week", Input{Today: day(ws, 2), Checkins: append(append([]store.Checkin{}, history...),
			weekOf(ws, []int{5, 6, -1}, []float64{7, 7.5, 0})...)}, ws},
		{"all_items", Input{Today: day(ws, 6), Checkins: synth(9, day(ws, 6), 100), Items: Items{Energy: true, Interest: true, Functioning: true, Medication: true}}, ws},
		{"tz_week_boundary", Input{Today: day(ws, 6), Checkins: []store.Checkin{
			// Sunday 23:50 before the week, in Los Angeles: Monday in UTC, still last week locally.
			localRow(t, "America/Los_Angeles", "2026-03-02T07:50:00Z", 2),
			// Monday 00:10 in Auckland: still Sunday in UTC, but this week locally.
			localRow(t, "Pacific/Auckland", "2026-03-01T11:10:00Z", 6),
			// Sunday 23:55 in New York on the day the clocks go forward: Monday in UTC, this week.
			localRow(t, "America/New_York", "2026-03-09T03:55:00Z", 8),
			// Monday 00:05 in New York after the week: next week.
			localRow(t, "America/New_York", "2026-03-09T04:05:00Z", 1),
		}}, ws},
		{"year_boundary", Input{Today: "2026-01-04", Checkins: append(
			weekOf("2025-12-22", []int{6, 6, 6, 6, 6, 6, 6}, []float64{7, 7, 7, 7, 7, 7, 7}),
			weekOf("2025-12-29", []int{5, 6, 7, -1, 5, 4, 6}, []float64{8, 8, 9, 0, 7, 6.5, 7})...)}, "2025-12-29"},
	}
}

func TestWeeklyGolden(t *testing.T) {
	for _, tc := range weeklyCases(t) {
		t.Run(tc.name, func(t *testing.T) {
			got := Weekly(tc.in, tc.weekStart)
			golden(t, "weekly_"+tc.name, []byte(got+"\n"))
			if n := utf8.RuneCountInString(got); n > 900 {
				t.Errorf("summary is %d characters, want at most 900", n)
			}
			for _, unkind := range []string{"missed", "forgot", "should", "only "} {
				if strings.Contains(strings.ToLower(got), unkind) {
					t.Errorf("summary says %q; it must never scold:\n%s", unkind, got)
				}
			}
		})
	}
}

func TestWeeklyNoDataIsOneKindLineWithoutNumbers(t *testing.T) {
	got := Weekly(Input{Today: "2026-03-08"}, "2026-03-02")
	if strings.Contains(got, "\n") {
		t.Errorf("want a single line, got %q", got)
	}
	if strings.IndexFunc(got, unicode.IsDigit) >= 0 {
		t.Errorf("want no numbers, got %q", got)
	}
}

// TestWeeklyBoundaryDays checks, without the golden files, that rows dated on
// the boundary days count in the right week: the stored local day decides,
// never the UTC instant of the answer.
func TestWeeklyBoundaryDays(t *testing.T) {
	var in Input
	for _, tc := range weeklyCases(t) {
		if tc.name == "tz_week_boundary" {
			in = tc.in
		}
	}
	if got := Weekly(in, "2026-03-02"); !strings.Contains(got, "checked in on 2 of 7 days") {
		t.Errorf("week of 2 March: want 2 of 7 days (Auckland Monday, New York Sunday), got:\n%s", got)
	}
	if got := Weekly(in, "2026-02-23"); !strings.Contains(got, "checked in on 1 of 7 days") {
		t.Errorf("week of 23 February: want the Los Angeles Sunday, got:\n%s", got)
	}
	if got := Weekly(in, "2026-03-09"); !strings.Contains(got, "checked in on 1 of 7 days") {
		t.Errorf("week of 9 March: want the New York Monday, got:\n%s", got)
	}
}

func TestWeeklyWorstCaseLength(t *testing.T) {
	long := strings.Repeat("sleep under 6 h on most nights and mood well below the usual range ", 3)
	in := Input{Today: "2026-03-08", Checkins: synth(5, "2026-03-08", 100), Items: Items{Energy: true, Interest: true, Medication: true}}
	for i := range 6 {
		in.Flags = append(in.Flags, store.Flag{Rule: "trend.x", Day: day("2026-03-02", i), Detail: long + string(rune('a'+i))})
	}
	got := Weekly(in, "2026-03-02")
	if n := utf8.RuneCountInString(got); n > 900 {
		t.Errorf("worst case is %d characters, want at most 900:\n%s", n, got)
	}
}

func TestChangeWords(t *testing.T) {
	mood, sleep := weekItems(Items{})[0], weekItems(Items{})[1]
	tests := []struct {
		name  string
		it    weekItem
		d     float64
		usual bool
		want  string
	}{
		{"mood same", mood, 0.4, false, "about the same as last week"},
		{"mood little lower", mood, -0.8, false, "a little lower than last week"},
		{"mood higher", mood, 2, false, "higher than last week"},
		{"mood much lower than usual", mood, -3.2, true, "well below the 8 weeks before"},
		{"mood same as usual", mood, -0.2, true, "about the same as the 8 weeks before"},
		{"sleep 40 more", sleep, 0.67, false, "40 minutes more than last week"},
		{"sleep same", sleep, 0.2, true, "about the same as the 8 weeks before"},
		{"sleep hour less", sleep, -1.17, true, "1 h 10 min less than in the 8 weeks before"},
		{"sleep two hours more", sleep, 2, false, "2 h more than last week"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.it.change(tt.d, tt.usual); got != tt.want {
				t.Errorf("change(%v) = %q, want %q", tt.d, got, tt.want)
			}
		})
	}
}

func TestHoursWords(t *testing.T) {
	for h, want := range map[float64]string{7: "7 h", 7.17: "7 h 10 min", 0.5: "30 min", 6.99: "7 h", 8.25: "8 h 15 min"} {
		if got := hoursWords(h); got != want {
			t.Errorf("hoursWords(%v) = %q, want %q", h, got, want)
		}
	}
}

func TestSparkline(t *testing.T) {
	nan := stats.ByDay(nil, "2026-01-01", "2026-01-01", stats.Mood)[0]
	tests := []struct {
		name   string
		vals   []float64
		lo, hi float64
		want   string
	}{
		{"empty", nil, 0, 10, ""},
		{"scale ends", []float64{0, 10}, 0, 10, "▁█"},
		{"gap", []float64{5, nan, 5}, 0, 10, "▅·▅"},
		{"clamped", []float64{-3, 14}, 0, 12, "▁█"},
		{"sleep", []float64{6, 9, 12}, 0, 12, "▅▆█"},
		{"flat scale", []float64{3}, 5, 5, "▁"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Sparkline(tt.vals, tt.lo, tt.hi); got != tt.want {
				t.Errorf("Sparkline = %q, want %q", got, tt.want)
			}
		})
	}
}
