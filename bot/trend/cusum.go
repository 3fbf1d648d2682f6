package trend

import (
	"cmp"
	"math"
	"slices"

	"github.com/checkin-bot/checkin/bot/stats"
)

// track is one lower CUSUM: a signal's (or the combined score's) fall
// below its well reference, accumulated day by day from the end of the
// well stretch. Missing days are skipped, never filled: the statistic
// keeps its value over a gap.
type track struct {
	ref reference
	s   []float64 // the statistic on each slot from the detector's start; NaN before any answer
}

// cusum runs the lower CUSUM S = max(0, S − u − k) over zs (winsorized
// deviations in spreads, NaN when unanswered), each scaled by
// √((1−φ)/(1+φ)) so that their running sum has the spread of a sum of
// independent days (see docs/SAFETY.md, "Autocorrelation"). It writes
// into out, which may be zs itself.
//
// reset[i] says the detector fired on day i: the statistic starts again
// from zero the day after, as a chart is restarted once its signal has
// been acted on, so one decline or one unlucky stretch is not counted
// again and again.
func cusum(out, zs []float64, reset []bool, phi, k float64) []float64 {
	scale := math.Sqrt((1 - phi) / (1 + phi))
	s, seen := 0.0, false
	for i, z := range zs {
		if !math.IsNaN(z) {
			s, seen = max(0, s-z*scale-k), true
		}
		out[i] = math.NaN()
		if seen {
			out[i] = s
		}
		if reset[i] {
			s = 0
		}
	}
	return out
}

// detector is the change detector of one evaluation: the well stretch,
// one track per signal asked, and the combined track over all of them.
type detector struct {
	ok       bool
	from, to int  // slots of the well stretch
	marked   bool // the person marked it with /baseline
	start    int  // first slot the statistics run on
	sigs     []signal
	tracks   []track
	combined track
	buf      *scratch // the memory of the tracks, returned by release
}

// release hands the detector's memory back for the next evaluation; the
// detector must not be used after.
func (d *detector) release() {
	if d.buf != nil {
		putScratch(d.buf)
		d.buf = nil
	}
}

// newDetector runs the detector over the grid; fired lists the days the
// detector's rule fired before (from its flags).
func newDetector(cfg Config, items Items, g stats.Grid, col stats.Columns, fired []string) detector {
	var d detector
	from, to, marked, ok := wellStretch(cfg, g, col.Mood, items.Well)
	if !ok {
		return d
	}
	d.ok, d.from, d.to, d.marked, d.start = true, from, to, marked, to+1
	n := g.Len()
	wk := make([]bool, n)
	for s := range n {
		wk[s] = g.Weekend(s)
	}
	reset := make([]bool, n-d.start)
	for _, day := range fired {
		if s, ok := g.Slot(day); ok && s >= d.start && s < n {
			reset[s-d.start] = true
		}
	}
	// comb is the mean of the signals' deviations on each day of the
	// whole grid, so its own reference can be fitted on the well stretch.
	m := len(signals) + 1
	sc := getScratch(m*(5*n+2) + 2*n)
	d.buf = sc
	comb, cnt := sc.take(n), sc.take(n)
	clear(comb)
	clear(cnt)
	for _, sg := range signals {
		if !sg.on(items) {
			continue
		}
		xs := sg.series(col)
		if stats.Answered(xs[from:to+1]) < min(minSignalDays, to-from+1) {
			continue // not asked, or too seldom answered while well
		}
		ref := fitReference(sc, wk, xs, from, to, sg.floor)
		if !ref.ok {
			continue
		}
		zs := sc.take(n)
		for s := range n {
			zs[s] = ref.z(wk, xs, s)
			if !math.IsNaN(zs[s]) {
				comb[s] += zs[s]
				cnt[s]++
			}
		}
		d.sigs = append(d.sigs, sg)
		d.tracks = append(d.tracks, track{ref: ref, s: cusum(zs[d.start:], zs[d.start:], reset, ref.phi, cfg.SignalK)})
	}
	for s := range n {
		if cnt[s] == 0 {
			comb[s] = math.NaN()
		} else {
			comb[s] /= cnt[s]
		}
	}
	ref := fitReference(sc, wk, comb, from, to, combinedFloor)
	if !ref.ok {
		d.ok = false
		return d
	}
	zs := sc.take(n)
	for s := range n {
		zs[s] = ref.z(wk, comb, s)
	}
	d.combined = track{ref: ref, s: cusum(zs[d.start:], zs[d.start:], reset, ref.phi, cfg.CombinedK)}
	return d
}

// combinedFloor is the smallest spread assumed for the combined score, in
// the signals' spreads.
const combinedFloor = 0.3

// declineFinding is the change detector on one day.
type declineFinding struct {
	st       state
	combined bool  // the combined score crossed its limit
	alarms   []int // indexes into the detector's signals that crossed their own limit
}

func (v *view) declineAt(s int) declineFinding {
	d := &v.det
	if !d.ok || s < d.start {
		return declineFinding{}
	}
	i := s - d.start
	var f declineFinding
	judged := false
	for j, tr := range d.tracks {
		if x := tr.s[i]; !math.IsNaN(x) {
			judged = true
			if x >= v.cfg.SignalH {
				f.alarms = append(f.alarms, j)
			}
		}
	}
	if x := d.combined.s[i]; !math.IsNaN(x) && x >= v.cfg.CombinedH {
		f.combined = true
	}
	switch {
	case f.combined || len(f.alarms) > 0:
		f.st = outOfRange
	case judged:
		f.st = inRange
	}
	return f
}

// signalDrop is how far one signal's recent days sit below its well level.
type signalDrop struct {
	sig          int
	recent, well float64
	spreads      float64 // the drop in the signal's spreads
}

// minDropSpreads is how far below its well level a signal's recent mean
// must be to be named in a decline's words.
const minDropSpreads = 0.5

// drops lists the signals whose mean over the RecentDays days up to slot s
// sits at least minDropSpreads below their well level, the largest first,
// and those that crossed their own limit; when none does (the combined
// score saw several slighter falls), every signal that is lower at all.
func (v *view) drops(f declineFinding, s int) []signalDrop {
	d := &v.det
	var out, lower []signalDrop
	for j, tr := range d.tracks {
		xs := d.sigs[j].series(v.cols)
		recent, ok := stats.Mean(window(xs, s, v.cfg.RecentDays))
		if !ok {
			continue
		}
		well := tr.ref.level()
		x := signalDrop{sig: j, recent: recent, well: well, spreads: (well - recent) / tr.ref.spread}
		switch {
		case x.spreads >= minDropSpreads || slices.Contains(f.alarms, j):
			out = append(out, x)
		case x.spreads > 0:
			lower = append(lower, x)
		}
	}
	if len(out) == 0 {
		out = lower
	}
	slices.SortStableFunc(out, func(a, b signalDrop) int { return cmp.Compare(b.spreads, a.spreads) })
	return out
}

func (v *view) declineWordsAt(s int) (string, string) {
	f := v.declineAt(s)
	d := &v.det
	return declineWords(f, d, stretchWords(v.day(d.from), v.day(d.to)), v.cfg.RecentDays, v.drops(f, s))
}

// day is the "YYYY-MM-DD" of slot s.
func (v *view) day(s int) string { return stats.AddDays(v.grid.To, s-(v.n-1)) }
