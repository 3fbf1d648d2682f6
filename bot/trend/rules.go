package trend

import (
	"math"

	"github.com/checkin-bot/checkin/bot/stats"
	"github.com/checkin-bot/checkin/store"
)

// state is what one rule's condition was on one day.
type state int8

const (
	unknown    state = iota // too little data to judge either way
	inRange                 // judged, and within range
	outOfRange              // the condition held
)

// eps absorbs float rounding in "at or below" comparisons of means.
const eps = 1e-9

// view is one evaluation's look at a person's history: check-ins laid out
// one slot per day (the last slot is today), and the baselines the rules
// compare against. The rules re-judge each day of the persistence window
// from it, so persistence and "back in range" need no stored state.
type view struct {
	cfg   Config
	grid  stats.Grid
	n     int // slots; slot n-1 is today
	first int // first slot of the persistence window, first..n-1
	// judged is the first slot the baselines serve: first when the whole
	// window is to be judged, n-1 when only today is.
	judged int

	mood, sleep, quality, energy, interest, med []float64
	// Baselines for the window and the look-back before it, and for each
	// window day the run day of the person's usual level (see usual).
	moodBase, sleepBase, energyBase, interestBase     stats.BaselineRun
	moodUsual, sleepUsual, energyUsual, interestUsual []int

	phq  phqView
	cols stats.Columns
	det  detector
}

// newView lays out the history; window says whether the days before today
// will be judged too, which costs most of the work (see Evaluate).
func newView(cfg Config, items Items, today string, cs []store.Checkin, qs []store.Questionnaire, fired []string, window bool) (*view, bool) {
	n := cfg.historyDays()
	g := stats.NewGrid(cs, today, n)
	if _, ok := g.Slot(today); !ok {
		return nil, false
	}
	v := &view{cfg: cfg, grid: g, n: n, first: n - cfg.PersistDays, judged: n - 1}
	if window {
		v.judged = v.first
	}
	days := n - v.judged
	base := func(series []float64) (stats.BaselineRun, []int) {
		run := stats.Baselines(series, days+cfg.LookbackDays)
		return run, run.Quantile(cfg.LookbackDays, days, usualQuantile)
	}
	col := g.Columns()
	v.mood, v.sleep, v.quality = col.Mood, col.Sleep, col.Quality
	v.moodBase, v.moodUsual = base(v.mood)
	v.sleepBase, v.sleepUsual = base(v.sleep)
	if items.Energy {
		v.energy = col.Energy
		v.energyBase, v.energyUsual = base(v.energy)
	}
	if items.Interest {
		v.interest = col.Interest
		v.interestBase, v.interestUsual = base(v.interest)
	}
	if items.Medication {
		v.med = col.MedTaken
	}
	v.phq = newPHQView(g, qs)
	v.cols = col
	v.det = newDetector(cfg, items, g, col, fired)
	return v, true
}

// window is the stretch of the given number of days ending at slot s.
func window(xs []float64, s, days int) []float64 { return xs[s-days+1 : s+1] }

// usualQuantile picks the person's usual level among the baselines of the
// look-back: the upper quartile. The rolling baseline alone follows a slow
// decline down; the highest of the look-back holds the level from before
// it but also a short lucky stretch (a median of whole numbers jumps by
// half a point at a time). On simulated years the upper quartile caught
// every 20-week fade as early as the highest did, with a fifth of its
// false alarms on stable people.
const usualQuantile = 0.75

// usual is the person's usual level as of slot s: the upper quartile of
// the personal baseline medians of the LookbackDays days up to s, so that
// a decline slower than the baseline window moves is measured against
// where the person was before it, not against its own recent weeks. idx is
// the run day it came from, for the spread; ok is false when no baseline exists.
func (v *view) usual(run stats.BaselineRun, usual []int, s int) (idx int, med float64, ok bool) {
	if s < v.judged {
		return 0, 0, false // a day the view was not built to judge: no baseline, never a crash
	}
	idx = usual[s-v.judged]
	if idx < 0 {
		return 0, 0, false
	}
	med, ok = run.Median(idx)
	return idx, med, ok
}

// below reports whether mean lies at or below med minus the larger of drop
// and DropSD standard deviations of the baseline it came from. The spread
// is computed only when the mean is already past the fixed drop.
func (v *view) below(run stats.BaselineRun, idx int, med, mean, drop float64) bool {
	if mean > med-drop+eps {
		return false
	}
	if v.cfg.DropSD == 0 {
		return true
	}
	return mean <= med-max(drop, v.cfg.DropSD*run.At(idx).SD)+eps
}

// sleepFinding is the sleep rule on one day.
type sleepFinding struct {
	st                 state
	short, long, poor  int // disturbed nights by hours; nights rated poor
	hours, rated       int // nights with hours; nights with a quality rating
	byHours, byQuality bool
	byDrop             bool
	mean, usual        float64
}

func (v *view) sleepAt(s int) sleepFinding {
	c := v.cfg
	var f sleepFinding
	for j := s - c.SleepDays + 1; j <= s; j++ {
		if h := v.sleep[j]; !math.IsNaN(h) {
			f.hours++
			if h < c.ShortSleepHours {
				f.short++
			} else if h > c.LongSleepHours {
				f.long++
			}
		}
		if q := v.quality[j]; !math.IsNaN(q) {
			f.rated++
			if q <= float64(c.PoorSleepQuality) {
				f.poor++
			}
		}
	}
	f.byHours = f.short+f.long >= c.SleepNights
	f.byQuality = f.poor >= c.SleepNights
	if f.hours >= c.SleepNights {
		if idx, med, ok := v.usual(v.sleepBase, v.sleepUsual, s); ok {
			f.mean, _ = stats.Mean(window(v.sleep, s, c.SleepDays))
			f.usual = med
			f.byDrop = v.below(v.sleepBase, idx, med, f.mean, c.SleepDropHours)
		}
	}
	switch {
	case f.byHours || f.byQuality || f.byDrop:
		f.st = outOfRange
	case f.hours >= c.SleepNights || f.rated >= c.SleepNights:
		f.st = inRange
	}
	return f
}

// lowFinding is the mood, interest or energy rule on one day.
type lowFinding struct {
	st          state
	answered    int
	mean, usual float64
	byBaseline  bool
	low         int // days at or below LowScore (interest and energy only)
	byFloor     bool
}

// lowAt judges series at slot s against the person's usual level and, when
// floor is set, against the absolute LowScore.
func (v *view) lowAt(series []float64, run stats.BaselineRun, usual []int, s int, floor bool) lowFinding {
	c := v.cfg
	w := window(series, s, c.MoodDays)
	f := lowFinding{answered: stats.Answered(w)}
	if f.answered < c.MoodMinDays {
		return f
	}
	judged := false
	if idx, med, ok := v.usual(run, usual, s); ok {
		judged = true
		f.mean, _ = stats.Mean(w)
		f.usual = med
		f.byBaseline = v.below(run, idx, med, f.mean, c.MoodDropPoints)
	}
	if floor {
		judged = true
		for _, x := range w {
			if !math.IsNaN(x) && x <= float64(c.LowScore) {
				f.low++
			}
		}
		f.byFloor = 2*f.low > f.answered
	}
	switch {
	case f.byBaseline || f.byFloor:
		f.st = outOfRange
	case judged:
		f.st = inRange
	}
	return f
}

func (v *view) moodAt(s int) lowFinding { return v.lowAt(v.mood, v.moodBase, v.moodUsual, s, false) }
func (v *view) interestAt(s int) lowFinding {
	return v.lowAt(v.interest, v.interestBase, v.interestUsual, s, true)
}
func (v *view) energyAt(s int) lowFinding {
	return v.lowAt(v.energy, v.energyBase, v.energyUsual, s, true)
}

// doseFinding is the missed-doses rule on one day.
type doseFinding struct {
	st               state
	missed, answered int
}

func (v *view) dosesAt(s int) doseFinding {
	var f doseFinding
	for _, x := range window(v.med, s, v.cfg.DoseDays) {
		if math.IsNaN(x) {
			continue
		}
		f.answered++
		if x == 0 {
			f.missed++
		}
	}
	switch {
	case f.missed >= v.cfg.MissedDoses:
		f.st = outOfRange
	case f.answered >= v.cfg.MissedDoses:
		f.st = inRange
	}
	return f
}
