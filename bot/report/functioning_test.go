package report

import (
	"slices"
	"strings"
	"testing"

	"github.com/checkin-bot/checkin/store"
)

// TestFunctioningInTheReport: with the item asked, the clinician tables
// get a functioning column (daily values, weekly means) and the weekly
// summary a line; without it, neither shows.
func TestFunctioningInTheReport(t *testing.T) {
	cs := []store.Checkin{
		{Day: "2026-03-02", Mood: ip(5), SleepHours: fp(7), Functioning: ip(8)},
		{Day: "2026-03-03", Mood: ip(4), SleepHours: fp(6), Functioning: ip(2)},
		{Day: "2026-03-04", Mood: ip(6), SleepHours: fp(7)},
	}
	for _, on := range []bool{true, false} {
		in := Input{Today: "2026-03-08", Checkins: cs, Items: Items{Functioning: on}}
		daily := tableOf(in, "2026-03-01", "2026-03-08")
		col := slices.Index(daily.heads, hdrFunction)
		if (col >= 0) != on {
			t.Fatalf("functioning asked = %v, daily columns %v", on, daily.heads)
		}
		weekly := weeklyTable(in, "2026-03-02", "2026-03-08")
		wcol := slices.Index(weekly.heads, hdrFunction)
		summary := Weekly(in, "2026-03-02")
		if !on {
			if wcol >= 0 || strings.Contains(summary, "Did what you meant to") {
				t.Errorf("functioning shown though not asked:\n%v\n%s", weekly.heads, summary)
			}
			continue
		}
		var got []string
		for _, r := range daily.rows {
			got = append(got, r[col])
		}
		if want := []string{"8", "2", tableDash}; !slices.Equal(got, want) {
			t.Errorf("daily functioning cells = %v, want %v", got, want)
		}
		if wcol < 0 || weekly.rows[0][wcol] != "5.0" {
			t.Errorf("weekly functioning = %v (columns %v), want a mean of 5.0", weekly.rows, weekly.heads)
		}
		if !strings.Contains(summary, "Did what you meant to") || !strings.Contains(summary, "5.0 of 10 on average") {
			t.Errorf("weekly summary lacks the functioning line:\n%s", summary)
		}
	}
}
