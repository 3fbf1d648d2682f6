// Package stats is the one place where checkin computes numbers from a
// person's log: means, medians, spread, the personal baseline, and day
// arithmetic. The weekly summary, the chart, the clinician report and the
// trend rules all call it, so they can never disagree about a mean.
package stats

import (
	"math"
	"sort"
	"time"

	"github.com/checkin-bot/checkin/store"
)

// DayLayout is how local days are written everywhere: "YYYY-MM-DD".
const DayLayout = "2006-01-02"

// Day is the local calendar day of t in loc.
func Day(t time.Time, loc *time.Location) string { return t.In(loc).Format(DayLayout) }

// AddDays moves a "YYYY-MM-DD" day by n calendar days.
func AddDays(day string, n int) string {
	t, err := time.Parse(DayLayout, day)
	if err != nil {
		return day
	}
	return t.AddDate(0, 0, n).Format(DayLayout)
}

// DaysBetween is the number of calendar days from a to b (b after a is positive).
func DaysBetween(a, b string) int {
	ta, err1 := time.Parse(DayLayout, a)
	tb, err2 := time.Parse(DayLayout, b)
	if err1 != nil || err2 != nil {
		return 0
	}
	return int(math.Round(tb.Sub(ta).Hours() / 24))
}

// Days lists every day from from to to inclusive.
func Days(from, to string) []string {
	var out []string
	for d := from; d <= to && len(out) < 400; d = AddDays(d, 1) {
		out = append(out, d)
	}
	return out
}

// Measure reads one item of a day's check-in; ok is false when unanswered.
type Measure func(c store.Checkin) (v float64, ok bool)

func intMeasure(get func(store.Checkin) *int) Measure {
	return func(c store.Checkin) (float64, bool) {
		p := get(c)
		if p == nil {
			return 0, false
		}
		return float64(*p), true
	}
}

// The measures checkin tracks.
var (
	Mood     = intMeasure(func(c store.Checkin) *int { return c.Mood })
	Quality  = intMeasure(func(c store.Checkin) *int { return c.SleepQuality })
	Energy   = intMeasure(func(c store.Checkin) *int { return c.Energy })
	Interest = intMeasure(func(c store.Checkin) *int { return c.Interest })
	// Functioning is asked where the deployment asks it; absent, it is never answered.
	Functioning = intMeasure(func(c store.Checkin) *int { return c.Functioning })
	Sleep       = Measure(func(c store.Checkin) (float64, bool) {
		if c.SleepHours == nil {
			return 0, false
		}
		return *c.SleepHours, true
	})
)

// Values returns the answered values of m for days from..to inclusive, in day order.
func Values(cs []store.Checkin, from, to string, m Measure) []float64 {
	var out []float64
	for _, c := range cs {
		if c.Day < from || c.Day > to {
			continue
		}
		if v, ok := m(c); ok {
			out = append(out, v)
		}
	}
	return out
}

// ByDay returns m for each day from..to inclusive; NaN marks a missed day,
// so charts and sparklines can show the gap.
func ByDay(cs []store.Checkin, from, to string, m Measure) []float64 {
	idx := make(map[string]store.Checkin, len(cs))
	for _, c := range cs {
		idx[c.Day] = c
	}
	days := Days(from, to)
	out := make([]float64, len(days))
	for i, d := range days {
		out[i] = math.NaN()
		if c, ok := idx[d]; ok {
			if v, ok := m(c); ok {
				out[i] = v
			}
		}
	}
	return out
}

// Mean is the arithmetic mean; ok is false for no values. NaNs are skipped.
func Mean(xs []float64) (float64, bool) {
	var sum float64
	n := 0
	for _, x := range xs {
		if math.IsNaN(x) {
			continue
		}
		sum += x
		n++
	}
	if n == 0 {
		return 0, false
	}
	return sum / float64(n), true
}

// Median is the middle value (mean of the two middle ones for an even
// count); ok is false for no values. NaNs are skipped.
func Median(xs []float64) (float64, bool) {
	s := make([]float64, 0, len(xs))
	for _, x := range xs {
		if !math.IsNaN(x) {
			s = append(s, x)
		}
	}
	if len(s) == 0 {
		return 0, false
	}
	sort.Float64s(s)
	m := len(s) / 2
	if len(s)%2 == 1 {
		return s[m], true
	}
	return (s[m-1] + s[m]) / 2, true
}

// StdDev is the sample standard deviation; ok is false for fewer than two values.
func StdDev(xs []float64) (float64, bool) {
	mean, ok := Mean(xs)
	if !ok {
		return 0, false
	}
	var ss float64
	n := 0
	for _, x := range xs {
		if math.IsNaN(x) {
			continue
		}
		ss += (x - mean) * (x - mean)
		n++
	}
	if n < 2 {
		return 0, false
	}
	return math.Sqrt(ss / float64(n-1)), true
}

// Count is how many days from..to inclusive have m answered.
func Count(cs []store.Checkin, from, to string, m Measure) int {
	return len(Values(cs, from, to, m))
}

// Baseline is a person's own usual level of a measure.
type Baseline struct {
	Median float64
	SD     float64
	Days   int  // answered days in the window
	OK     bool // enough data to compare against
}

// Baseline window and minimum: the median over days 15–70 back from today
// (so the last two weeks being judged are not part of their own yardstick),
// once at least 28 days in that window are answered.
const (
	BaselineFrom    = 70
	BaselineTo      = 15
	BaselineMinDays = 28
)

// PersonalBaseline computes m's baseline as of today.
func PersonalBaseline(cs []store.Checkin, today string, m Measure) Baseline {
	vals := Values(cs, AddDays(today, -BaselineFrom), AddDays(today, -BaselineTo), m)
	b := Baseline{Days: len(vals)}
	if len(vals) < BaselineMinDays {
		return b
	}
	b.Median, _ = Median(vals)
	b.SD, _ = StdDev(vals)
	b.OK = true
	return b
}
