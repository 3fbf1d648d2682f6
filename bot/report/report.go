// Package report turns a person's log into what it gives back: the weekly
// summary text, the mood-and-sleep chart, the one-page clinician PDF and the
// CSV export. It touches no store and no platform: the core hands it an
// Input, and every number it shows comes from bot/stats, so the summary, the
// chart, the report and the trend rules can never disagree about a mean.
package report

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/checkin-bot/checkin/bot/stats"
	"github.com/checkin-bot/checkin/store"
)

// Items are the optional questions a deployment asks; the report shows only
// what was asked, so a clinician never reads an empty column as "zero".
// Functioning is "did you do what you meant to today?", 0–10.
type Items struct{ Energy, Interest, Functioning, Medication bool }

// Input is everything a summary, chart or report needs about one person.
// Checkins should reach back 70 days before the period, so the personal
// baseline (stats.PersonalBaseline) can be computed.
type Input struct {
	Name     string // chosen name; "" shows as "Patient" in the PDF
	Today    string // the person's local day, "YYYY-MM-DD"
	Checkins []store.Checkin
	Flags    []store.Flag
	PHQ9     []store.Questionnaire
	Meds     []store.Medication
	Items    Items
	Well     Well // the well baseline, for statements that compare with it
}

// DefaultDays is the chart's period when none is given: four weeks show a
// trend without squeezing each day into a sliver.
const DefaultDays = 28

// MaxDays is the longest period a chart or report covers (stats.Days lists
// at most 400 days).
const MaxDays = 366

// period resolves an optional from..to against today and checks it.
func period(today, from, to string, defaultDays int) (string, string, error) {
	if to == "" {
		to = today
	}
	if from == "" {
		from = stats.AddDays(to, -(defaultDays - 1))
	}
	for _, d := range []string{from, to} {
		if _, err := time.Parse(stats.DayLayout, d); err != nil {
			return "", "", fmt.Errorf("report: period %q to %q: %w", from, to, err)
		}
	}
	if from > to {
		return "", "", fmt.Errorf("report: period starts %s, after its end %s", from, to)
	}
	if n := stats.DaysBetween(from, to) + 1; n > MaxDays {
		return "", "", fmt.Errorf("report: period of %d days is longer than %d", n, MaxDays)
	}
	return from, to, nil
}

// dayTime parses a day; a malformed day is the zero time, which only ever
// reaches labels, never arithmetic.
func dayTime(day string) time.Time {
	t, _ := time.Parse(stats.DayLayout, day)
	return t
}

// weekday is the English weekday name of a day, e.g. "Tuesday".
func weekday(day string) string { return dayTime(day).Weekday().String() }

// inRange reports whether from <= day <= to ("YYYY-MM-DD" sorts as text).
func inRange(day, from, to string) bool { return day >= from && day <= to }

// answeredDays counts the days from..to with any item answered.
func answeredDays(cs []store.Checkin, from, to string) int {
	seen := make(map[string]bool)
	for _, c := range cs {
		if inRange(c.Day, from, to) && c.Answered() {
			seen[c.Day] = true
		}
	}
	return len(seen)
}

// medTaken reads the medication item as a measure (1 taken, 0 not), so
// counts of it go through stats like every other number.
func medTaken(c store.Checkin) (float64, bool) {
	if c.MedTaken == nil {
		return 0, false
	}
	if *c.MedTaken {
		return 1, true
	}
	return 0, true
}

// rowsIn is the check-ins dated from..to. Taking the window first keeps
// stats.ByDay (which indexes every row it is given) cheap on a year of
// history; the numbers are the same. Rows in day order (as the store
// returns them) give a sub-slice without copying.
func rowsIn(cs []store.Checkin, from, to string) []store.Checkin {
	byDay := func(c store.Checkin, day string) int { return strings.Compare(c.Day, day) }
	if slices.IsSortedFunc(cs, func(a, b store.Checkin) int { return strings.Compare(a.Day, b.Day) }) {
		lo, _ := slices.BinarySearchFunc(cs, from, byDay)
		hi, found := slices.BinarySearchFunc(cs, to, byDay)
		for found && hi < len(cs) && cs[hi].Day == to {
			hi++
		}
		return cs[lo:hi:hi]
	}
	var out []store.Checkin
	for _, c := range cs {
		if inRange(c.Day, from, to) {
			out = append(out, c)
		}
	}
	return out
}
