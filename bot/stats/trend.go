package stats

import (
	"math"

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

// Columns are the grid's series of every measure checkin tracks, the same
// numbers as Series of each Measure, read in one pass over the rows: the
// trend rules need all of them after every check-in.
type Columns struct {
	Mood, Sleep, Quality, Energy, Interest, MedTaken, Functioning []float64
}

// Columns reads every measure at once.
func (g Grid) Columns() Columns {
	n := len(g.rows)
	buf := make([]float64, 7*n)
	col := Columns{Mood: buf[:n:n], Sleep: buf[n : 2*n : 2*n], Quality: buf[2*n : 3*n : 3*n],
		Energy: buf[3*n : 4*n : 4*n], Interest: buf[4*n : 5*n : 5*n], MedTaken: buf[5*n : 6*n : 6*n],
		Functioning: buf[6*n:]}
	nan := math.NaN()
	for i := range buf {
		buf[i] = nan
	}
	num := func(p *int) float64 {
		if p == nil {
			return nan
		}
		return float64(*p)
	}
	for i, r := range g.rows {
		if r < 0 {
			continue
		}
		c := &g.cs[r]
		col.Mood[i], col.Quality[i], col.Energy[i], col.Interest[i] = num(c.Mood), num(c.SleepQuality), num(c.Energy), num(c.Interest)
		col.Functioning[i] = num(c.Functioning)
		if c.SleepHours != nil {
			col.Sleep[i] = *c.SleepHours
		}
		if c.MedTaken != nil {
			col.MedTaken[i] = 0
			if *c.MedTaken {
				col.MedTaken[i] = 1
			}
		}
	}
	return col
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
			old, add := slot-1-BaselineFrom, slot-BaselineTo
			outgoing := old >= 0 && !math.IsNaN(series[old])
			incoming := add >= 0 && !math.IsNaN(series[add])
			switch {
			case outgoing && incoming:
				// One shift between the two places, usually a short one.
				a := searchFloat(sorted, series[old])
				moveTo(sorted, a, searchFloat(sorted, series[add]), series[add])
			case outgoing:
				sorted = removeSorted(sorted, series[old])
			case incoming:
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

// Quantile gives, for each of the last k days of the run, the run day whose
// baseline median is the q-quantile (nearest rank) of the medians of that
// day and the lookback days before it, ordered by median and then by day;
// -1 when none of them has a baseline. The trend rules take the upper
// quartile as the person's usual level: high enough to remember the level
// from before a slow decline, yet not moved by a short lucky stretch the
// way the highest would be. A sliding sorted window makes it one pass.
func (r BaselineRun) Quantile(lookback, k int, q float64) []int {
	k = min(max(k, 0), r.Len())
	lookback = max(lookback, 0)
	out := make([]int, k)
	first := r.Len() - k
	start := max(first-lookback, 0)
	has := func(i int) bool { return r.days[i] >= BaselineMinDays }
	// at is where day i belongs in win, sorted by (median, day).
	at := func(win []int, i int) int {
		mi, lo, hi := r.median[i], 0, len(win)
		for lo < hi {
			mid := int(uint(lo+hi) >> 1)
			if m := r.median[win[mid]]; m < mi || m == mi && win[mid] < i {
				lo = mid + 1
			} else {
				hi = mid
			}
		}
		return lo
	}
	win := make([]int, 0, lookback+1)
	for i := start; i < r.Len(); i++ {
		old := i - lookback - 1
		outgoing, incoming := old >= start && has(old), has(i)
		switch {
		case outgoing && incoming:
			moveTo(win, at(win, old), at(win, i), i)
		case outgoing:
			j := at(win, old)
			win = append(win[:j], win[j+1:]...)
		case incoming:
			j := at(win, i)
			win = append(win, 0)
			copy(win[j+1:], win[j:])
			win[j] = i
		}
		if i >= first {
			out[i-first] = -1
			if n := len(win); n > 0 {
				out[i-first] = win[min(max(int(math.Ceil(q*float64(n)))-1, 0), n-1)]
			}
		}
	}
	return out
}

// moveTo replaces s[a] by v in a sorted slice, p being where v would be
// inserted with s[a] still in place: the elements between the two places
// shift by one, and the rest stay where they are.
func moveTo[T any](s []T, a, p int, v T) {
	if p > a {
		copy(s[a:p-1], s[a+1:p])
		s[p-1] = v
		return
	}
	copy(s[p+1:a+1], s[p:a])
	s[p] = v
}

// searchFloat is sort.SearchFloat64s without the closure: this runs a
// hundred times per evaluation.
func searchFloat(s []float64, v float64) int {
	lo, hi := 0, len(s)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if s[mid] < v {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

func insertSorted(s []float64, v float64) []float64 {
	at := searchFloat(s, v)
	s = append(s, 0)
	copy(s[at+1:], s[at:])
	s[at] = v
	return s
}

func removeSorted(s []float64, v float64) []float64 {
	at := searchFloat(s, v)
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

// Weekend reports whether slot s falls on a Saturday or a Sunday: the
// trend engine compares weekend days with weekend days, since many people
// sleep longer and feel different then.
func (g Grid) Weekend(s int) bool {
	if !g.valid {
		return false
	}
	d := g.toNum - (len(g.rows) - 1 - s)
	wd := ((d % 7) + 7 + 4) % 7 // 1970-01-01 was a Thursday
	return wd == 0 || wd == 6
}
