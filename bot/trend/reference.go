package trend

import (
	"math"
	"sort"
	"time"

	"github.com/checkin-bot/checkin/bot/stats"
)

// Stretch is a run of days, "YYYY-MM-DD" inclusive, that a person marked
// with /baseline as a time they were doing well. The zero Stretch means
// none is marked and the detector finds the person's best-established one.
type Stretch struct{ From, To string }

// IsZero reports whether no stretch is marked.
func (s Stretch) IsZero() bool { return s.From == "" || s.To == "" }

// reference is where one signal sits when the person is well: its centre
// on weekdays and on weekends (so a long Saturday lie-in is nobody's
// decline), the spread of one day around it, and how much one day carries
// over to the next.
type reference struct {
	ok               bool
	weekday, weekend float64
	spread           float64 // the standard deviation of one day around the centre, at least the signal's floor
	phi              float64 // lag-1 autocorrelation of the deviations, 0–maxPhi
}

// Limits of the reference fit.
const (
	maxPhi     = 0.8 // beyond this the days of a stretch say too little apiece
	minGroup   = 4   // days of a weekday or weekend group needed to estimate its own centre
	minPairs   = 10  // consecutive answered pairs needed to estimate phi
	winsorizeZ = 1.5 // one day counts at most this many spreads: a single awful day, or a week after a bad event, is not a trend
	trim       = 0.1 // of each end, for the trimmed mean
	madToSD    = 1.4826
)

// centre is the reference level on slot s.
func (r reference) centre(weekend []bool, s int) float64 {
	if weekend[s] {
		return r.weekend
	}
	return r.weekday
}

// level is the reference level over a whole week: five weekdays, two weekend days.
func (r reference) level() float64 { return (5*r.weekday + 2*r.weekend) / 7 }

// z is slot s's deviation from the reference in spreads, winsorized; NaN when unanswered.
func (r reference) z(weekend []bool, xs []float64, s int) float64 {
	x := xs[s]
	if math.IsNaN(x) {
		return x
	}
	return min(max((x-r.centre(weekend, s))/r.spread, -winsorizeZ), winsorizeZ)
}

// fitReference estimates a signal's reference. Its level comes from the
// well stretch (slots from..to); its shape (the weekend offset, the spread
// of one day and the carry-over to the next) from the last shapeDays days,
// each compared with the mean of its own month (the answered days within
// localDays either side), so that a slow decline, which moves the month's
// mean with it, does not widen the spread, and half a year of days, not eight
// weeks, pins the shape down.
func fitReference(sc *scratch, weekend []bool, xs []float64, from, to int, floor float64) reference {
	// The shape is read from the last shapeDays days: half a year holds
	// about 145 answered days, enough for the spread and the carry-over
	// (a whole year gave the same false-alarm rate in simulation at twice
	// the cost).
	lo := max(len(xs)-shapeDays, 0)
	dev := localDeviations(sc, xs[lo:])
	all := weekend
	weekend = weekend[lo:]
	var sumWE, sumWD float64
	var nWE, nWD int
	for s, d := range dev {
		switch {
		case math.IsNaN(d):
		case weekend[s]:
			sumWE, nWE = sumWE+d, nWE+1
		default:
			sumWD, nWD = sumWD+d, nWD+1
		}
	}
	offset := 0.0
	if nWE >= minGroup && nWD >= minGroup {
		offset = sumWE/float64(nWE) - sumWD/float64(nWD)
	}
	// Weekdays and weekend days on one footing: the deviations around the
	// week's mean, and the stretch's days as if every day were a weekday.
	abs := sc.take(len(dev))[:0]
	for s, d := range dev {
		if math.IsNaN(d) {
			continue
		}
		d -= weekendShare(weekend, s) * offset
		dev[s] = d
		abs = append(abs, math.Abs(d))
	}
	k := len(abs)
	var level []float64
	for s := from; s <= to; s++ {
		if !math.IsNaN(xs[s]) {
			level = append(level, xs[s]-weekendShare(all, s)*offset-2.0/7*offset)
		}
	}
	if len(level) < min(minSignalDays, to-from+1) || k < 2 {
		return reference{}
	}
	wkday := trimmedMean(level)
	return reference{ok: true, weekday: wkday, weekend: wkday + offset,
		spread: max(madToSD*median(abs), floor), phi: lagOne(dev)}
}

// weekendShare is how much of the weekend offset a day's deviation from
// its week's mean carries: 5/7 on a weekend day, −2/7 on a weekday.
func weekendShare(weekend []bool, s int) float64 {
	if weekend[s] {
		return 5.0 / 7
	}
	return -2.0 / 7
}

// shapeDays is how many of the last days a reference's shape is read from.
const shapeDays = 182

// localDays is how far either side of a day its local mean reaches, and
// localMin how many answered days that mean needs.
const (
	localDays = 14
	localMin  = 10
)

// localDeviations is each answered day's difference from the mean of the
// answered days within localDays either side of it; NaN where unanswered
// or where too few days surround it.
func localDeviations(sc *scratch, xs []float64) []float64 {
	n := len(xs)
	sum, cnt := sc.take(n+1), sc.take(n+1)
	sum[0], cnt[0] = 0, 0
	for i, x := range xs {
		sum[i+1], cnt[i+1] = sum[i], cnt[i]
		if !math.IsNaN(x) {
			sum[i+1] += x
			cnt[i+1]++
		}
	}
	out := sc.take(n)
	for i, x := range xs {
		out[i] = math.NaN()
		a, b := max(i-localDays, 0), min(i+localDays+1, n)
		if math.IsNaN(x) || cnt[b]-cnt[a] < localMin {
			continue
		}
		out[i] = x - (sum[b]-sum[a])/(cnt[b]-cnt[a])
	}
	return out
}

// lagOne is the lag-1 autocorrelation of the deviations over pairs of
// consecutive answered days, clamped to 0..maxPhi.
func lagOne(dev []float64) float64 {
	var sxy, sxx, syy float64
	pairs := 0
	for s := 1; s < len(dev); s++ {
		a, b := dev[s-1], dev[s]
		if math.IsNaN(a) || math.IsNaN(b) {
			continue
		}
		sxy, sxx, syy = sxy+a*b, sxx+a*a, syy+b*b
		pairs++
	}
	if pairs < minPairs || sxx == 0 || syy == 0 {
		return 0
	}
	return min(max(sxy/math.Sqrt(sxx*syy), 0), maxPhi)
}

// wellStretch picks the slots of the person's well stretch: the one they
// marked, or else, among the windows of WellDays days ending every 7 days
// within the last WellSearchDays (and at least RecentDays before today),
// the one with the best median mood among those with WellMinDays answered
// (ties: the better mean, then the later). Because the best of the past
// year is chosen afresh each day, a decline never drags it down: a worse
// stretch is never better than the one before it.
//
// A marked stretch with fewer than minMarkedDays answered days inside the
// grid (too old, or too sparse) cannot stand as a reference; the found one
// is used then, and marked is false.
func wellStretch(cfg Config, g stats.Grid, mood []float64, m Stretch) (from, to int, marked, ok bool) {
	n := g.Len()
	if !m.IsZero() && validDay(m.From) && validDay(m.To) {
		a, ok1 := g.Slot(m.From)
		b, ok2 := g.Slot(m.To)
		a, b = max(a, 0), min(b, n-1)
		if ok1 && ok2 && a <= b && stats.Answered(mood[a:b+1]) >= minMarkedDays {
			return a, b, true, true
		}
	}
	from, to, ok = foundStretch(cfg, n, mood)
	return from, to, false, ok
}

// foundStretch is the well stretch found in the person's log.
func foundStretch(cfg Config, n int, mood []float64) (from, to int, ok bool) {
	type cand struct {
		end  int
		mean float64
	}
	sum, cnt := make([]float64, n+1), make([]int, n+1)
	for i, x := range mood {
		sum[i+1], cnt[i+1] = sum[i], cnt[i]
		if !math.IsNaN(x) {
			sum[i+1] += x
			cnt[i+1]++
		}
	}
	var cands []cand
	for end := n - 1 - cfg.RecentDays; end-cfg.WellDays+1 >= max(n-cfg.WellSearchDays, 0); end -= 7 {
		a := end - cfg.WellDays + 1
		if k := cnt[end+1] - cnt[a]; k >= cfg.WellMinDays {
			cands = append(cands, cand{end, (sum[end+1] - sum[a]) / float64(k)})
		}
	}
	if len(cands) == 0 {
		return 0, 0, false
	}
	// Stable order: by mean, and among equal means the later window last.
	sort.SliceStable(cands, func(i, j int) bool {
		if cands[i].mean != cands[j].mean {
			return cands[i].mean < cands[j].mean
		}
		return cands[i].end < cands[j].end
	})
	c := cands[min(max(int(math.Ceil(wellQuantile*float64(len(cands))))-1, 0), len(cands)-1)]
	return c.end - cfg.WellDays + 1, c.end, true
}

// wellQuantile picks the well stretch among the windows of the past year:
// the one at the 60th percentile of their mean moods (the level itself is
// then the trimmed mean of that stretch). The best window of a year is the
// luckiest as much as the best: in simulated stable years it sat about
// half a point above the person's true level, and the detector then saw a
// decline in every ordinary stretch after it. The 60th percentile sits
// close to the true level, and still lies among the well windows until a
// decline has filled more than a third of the year.
const wellQuantile = 0.6

// minMarkedDays is the fewest answered days a marked stretch needs to
// stand as the person's reference.
const minMarkedDays = 14

// validDay reports whether s is a real calendar day, "YYYY-MM-DD".
func validDay(s string) bool {
	_, err := time.Parse(stats.DayLayout, s)
	return err == nil
}
