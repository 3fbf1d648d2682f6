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

// Baselines gives PersonalBaseline for each of the last k slots of a Grid
// series (result i belongs to slot len(series)-k+i), in one sliding pass:
// the window of days 15–70 back moves by one day per slot, so the sorted
// window is updated by one removal and one insertion instead of re-sorted.
// Days before the series count as unanswered.
func Baselines(series []float64, k int) []Baseline {
	if k > len(series) {
		k = len(series)
	}
	if k <= 0 {
		return nil
	}
	out := make([]Baseline, k)
	first := len(series) - k
	sorted := make([]float64, 0, BaselineFrom-BaselineTo+1)
	// Fill the window of the first slot.
	for j := first - BaselineFrom; j <= first-BaselineTo; j++ {
		if j >= 0 && j < len(series) && !math.IsNaN(series[j]) {
			sorted = insertSorted(sorted, series[j])
		}
	}
	for i := first; i < len(series); i++ {
		if i > first {
			if old := i - 1 - BaselineFrom; old >= 0 && !math.IsNaN(series[old]) {
				sorted = removeSorted(sorted, series[old])
			}
			if add := i - BaselineTo; add >= 0 && !math.IsNaN(series[add]) {
				sorted = insertSorted(sorted, series[add])
			}
		}
		b := Baseline{Days: len(sorted)}
		if len(sorted) >= BaselineMinDays {
			m := len(sorted) / 2
			if len(sorted)%2 == 1 {
				b.Median = sorted[m]
			} else {
				b.Median = (sorted[m-1] + sorted[m]) / 2
			}
			// StdDev over the window in day order, exactly as PersonalBaseline sums it.
			b.SD, _ = StdDev(series[max(i-BaselineFrom, 0) : i-BaselineTo+1])
			b.OK = true
		}
		out[i-first] = b
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
