package stats

import (
	"math"
	"sort"

	"github.com/checkin-bot/checkin/store"
)

// This file holds the pieces the trend rules need to look at many
// overlapping windows of one person's log cheaply. They run after every
// saved check-in, so they lay the log out once, one slot per day, and slide
// over it instead of re-scanning and re-parsing day strings for every
// window. Each function here is tested to give exactly what its plain
// counterpart above gives (ByDay, PersonalBaseline).

// MedTaken reads "medication taken": 1 taken, 0 missed.
var MedTaken = Measure(func(c store.Checkin) (float64, bool) {
	if c.MedTaken == nil {
		return 0, false
	}
	if *c.MedTaken {
		return 1, true
	}
	return 0, true
})

// Grid is one person's check-ins laid out one slot per calendar day; the
// last slot is the day To.
type Grid struct {
	To    string
	toNum int
	valid bool    // To parsed
	rows  []int32 // index into cs, or -1 for a day without a row
	cs    []store.Checkin
}

// NewGrid lays out the n days ending at to (inclusive). Rows outside that
// run are ignored; when a day appears twice, the later row wins, as in ByDay.
func NewGrid(cs []store.Checkin, to string, n int) Grid {
	if n < 0 {
		n = 0
	}
	g := Grid{To: to, rows: make([]int32, n), cs: cs}
	for i := range g.rows {
		g.rows[i] = -1
	}
	toNum, ok := dayNumber(to)
	if !ok {
		return g
	}
	g.toNum, g.valid = toNum, true
	for i := range cs {
		if slot, ok := g.Slot(cs[i].Day); ok && slot >= 0 && slot < n {
			g.rows[slot] = int32(i)
		}
	}
	return g
}

// Len is the number of day slots.
func (g Grid) Len() int { return len(g.rows) }

// Slot is the slot a day falls in; it may lie outside 0..Len()-1 (negative
// for days before the grid). ok is false for a malformed day.
func (g Grid) Slot(day string) (int, bool) {
	d, ok := dayNumber(day)
	if !ok || !g.valid {
		return 0, false
	}
	return len(g.rows) - 1 - (g.toNum - d), true
}

// Series is m for every slot, NaN marking a missed day: the same numbers
// as ByDay over the grid's days.
func (g Grid) Series(m Measure) []float64 {
	out := make([]float64, len(g.rows))
	for i, r := range g.rows {
		out[i] = math.NaN()
		if r < 0 {
			continue
		}
		if v, ok := m(g.cs[r]); ok {
			out[i] = v
		}
	}
	return out
}

// Answered counts the values that are not NaN (the days answered).
func Answered(xs []float64) int {
	n := 0
	for _, x := range xs {
		if !math.IsNaN(x) {
			n++
		}
	}
	return n
}

// BaselineRun is PersonalBaseline for each of a run of consecutive days,
// built in one sliding pass: the window of days 15–70 back moves by one day
// per day, so the sorted window takes one removal and one insertion instead
// of a fresh sort. Medians are kept for every day; the spread, which costs a
// pass over the window, is computed only for the days a caller asks about.
type BaselineRun struct {
	series []float64
	first  int // slot of the run's first day in series
	median []float64
	days   []int
}

// Baselines runs over the last k slots of a Grid series (day i of the run is
// slot len(series)-k+i). Days before the series count as unanswered.
func Baselines(series []float64, k int) BaselineRun {
	k = min(max(k, 0), len(series))
	r := BaselineRun{series: series, first: len(series) - k, median: make([]float64, k), days: make([]int, k)}
	sorted := make([]float64, 0, BaselineFrom-BaselineTo+1)
	for j := r.first - BaselineFrom; j <= r.first-BaselineTo; j++ {
		if j >= 0 && j < len(series) && !math.IsNaN(series[j]) {
			sorted = insertSorted(sorted, series[j])
		}
	}
	for i := range k {
		slot := r.first + i
		if i > 0 {
			if old := slot - 1 - BaselineFrom; old >= 0 && !math.IsNaN(series[old]) {
				sorted = removeSorted(sorted, series[old])
			}
			if add := slot - BaselineTo; add >= 0 && !math.IsNaN(series[add]) {
				sorted = insertSorted(sorted, series[add])
			}
		}
		r.days[i] = len(sorted)
		if n := len(sorted); n > 0 {
			// The same middle as Median: the mean of the two middle values for an even count.
			if n%2 == 1 {
				r.median[i] = sorted[n/2]
			} else {
				r.median[i] = (sorted[n/2-1] + sorted[n/2]) / 2
			}
		}
	}
	return r
}

// Len is the number of days in the run.
func (r BaselineRun) Len() int { return len(r.days) }

// Median is day i's baseline median; ok is false until the window holds
// BaselineMinDays answered days.
func (r BaselineRun) Median(i int) (float64, bool) {
	if r.days[i] < BaselineMinDays {
		return 0, false
	}
	return r.median[i], true
}

// At is day i's full baseline, equal to PersonalBaseline on that day.
func (r BaselineRun) At(i int) Baseline {
	b := Baseline{Days: r.days[i]}
	if b.Days < BaselineMinDays {
		return b
	}
	slot := r.first + i
	b.Median = r.median[i]
	// The spread over the window in day order, exactly as PersonalBaseline sums it.
	b.SD, _ = StdDev(r.series[max(slot-BaselineFrom, 0) : slot-BaselineTo+1])
	b.OK = true
	return b
}

// Highest gives, for each of the last k days of the run, the run day whose
// baseline median is the highest among that day and the lookback days
// before it (the latest on ties), or -1 when none of them has a baseline.
// The trend rules use it as the person's usual level before a slow decline.
// A monotonic queue makes it one pass however long the look-back.
func (r BaselineRun) Highest(lookback, k int) []int {
	k = min(max(k, 0), r.Len())
	out := make([]int, k)
	queue := make([]int, 0, r.Len()) // run days with falling medians; the front is the highest
	first := r.Len() - k
	for i := max(first-lookback, 0); i < r.Len(); i++ {
		if m, ok := r.Median(i); ok {
			for len(queue) > 0 && r.median[queue[len(queue)-1]] <= m {
				queue = queue[:len(queue)-1]
			}
			queue = append(queue, i)
		}
		for len(queue) > 0 && queue[0] < i-lookback {
			queue = queue[1:]
		}
		if i >= first {
			out[i-first] = -1
			if len(queue) > 0 {
				out[i-first] = queue[0]
			}
		}
	}
	return out
}

func insertSorted(s []float64, v float64) []float64 {
	at := sort.SearchFloat64s(s, v)
	s = append(s, 0)
	copy(s[at+1:], s[at:])
	s[at] = v
	return s
}

func removeSorted(s []float64, v float64) []float64 {
	at := sort.SearchFloat64s(s, v)
	if at == len(s) || s[at] != v {
		return s
	}
	return append(s[:at], s[at+1:]...)
}

// dayNumber turns "YYYY-MM-DD" into days since 1970-01-01 with integer
// arithmetic (the civil-from-days algorithm of H. Hinnant), about twenty
// times faster than time.Parse; ok is false for anything malformed.
func dayNumber(s string) (int, bool) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return 0, false
	}
	y, ok1 := digits(s[0:4])
	m, ok2 := digits(s[5:7])
	d, ok3 := digits(s[8:10])
	if !ok1 || !ok2 || !ok3 || m < 1 || m > 12 || d < 1 || d > 31 {
		return 0, false
	}
	if m <= 2 {
		y--
	}
	era := y / 400
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468, true
}

func digits(s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}
