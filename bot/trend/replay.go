package trend

import (
	"math"
	"sort"
	"time"

	"github.com/checkin-bot/checkin/bot/stats"
	"github.com/checkin-bot/checkin/store"
)

// Fired is one flag a replay raised.
type Fired struct {
	Day    string
	Rule   string
	Detail string
}

// Replay runs the engine over a stored history day by day, as the bot
// would have run it after each check-in and each PHQ-9, and returns every
// flag that would have fired on a day from from on (all days when from is
// ""). It keeps the flags it raises in memory, so resting, clearing and
// the weekly nudge limit behave as they would have; nothing is sent and
// nothing is stored. cs and qs may be in any order.
func Replay(cfg Config, items Items, cs []store.Checkin, qs []store.Questionnaire, from string) []Fired {
	cs = sortedCheckins(cs)
	days := map[string]bool{}
	for _, c := range cs {
		if c.Answered() {
			days[c.Day] = true
		}
	}
	for _, q := range qs {
		days[q.Day] = true
	}
	order := make([]string, 0, len(days))
	for d := range days {
		order = append(order, d)
	}
	sort.Strings(order)
	var flags []store.Flag
	var out []Fired
	lo := 0
	hist := HistoryDays()
	for _, day := range order {
		first := stats.AddDays(day, -(hist - 1))
		for lo < len(cs) && cs[lo].Day < first {
			lo++
		}
		hi := sort.Search(len(cs), func(i int) bool { return cs[i].Day > day })
		var seen []store.Questionnaire
		for _, q := range qs {
			if q.Day <= day {
				seen = append(seen, q)
			}
		}
		res := Evaluate(cfg, items, day, cs[lo:hi], seen, flags)
		for _, id := range res.Clear {
			flags[id-1].ClearedAt = dayTime(day)
		}
		for _, h := range res.Hits {
			flags = append(flags, store.Flag{ID: int64(len(flags) + 1), Rule: h.Rule, Severity: Severity, Day: day, Detail: h.Detail})
			if from == "" || day >= from {
				out = append(out, Fired{Day: day, Rule: h.Rule, Detail: h.Detail})
			}
		}
	}
	return out
}

// dayTime is a moment on day, for the flags a replay keeps in memory.
func dayTime(day string) time.Time {
	t, err := time.Parse(stats.DayLayout, day)
	if err != nil {
		return time.Unix(1, 0)
	}
	return t.Add(12 * time.Hour)
}

// sortedCheckins is cs by day, one row per day (the later row of a day wins).
func sortedCheckins(cs []store.Checkin) []store.Checkin {
	out := make([]store.Checkin, len(cs))
	copy(out, cs)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Day < out[j].Day })
	k := 0
	for i := range out {
		if k > 0 && out[k-1].Day == out[i].Day {
			out[k-1] = out[i]
			continue
		}
		out[k] = out[i]
		k++
	}
	return out[:k]
}

// SignalState is where one measure stands today against both references.
type SignalState struct {
	Name, Unit string
	// Recent is the mean of the last RecentDays days (RecentN answered).
	Recent  float64
	RecentN int
	// Rolling is the short rolling reference: the median of days 15–70
	// back, once 28 of them are answered (RollingOK).
	Rolling   float64
	RollingOK bool
	// Well is the level of the well stretch (WellOK when there is one).
	Well   float64
	WellOK bool
	// CUSUM is the detector's statistic today and Limit its decision limit
	// (0 for missed doses, which the detector does not watch).
	CUSUM, Limit float64
}

// State is the engine's view of a person today.
type State struct {
	Day              string
	WellFrom, WellTo string // the well stretch; "" while none is established
	Marked           bool   // the person marked it with /baseline
	RecentDays       int
	Combined, Limit  float64 // the combined score's statistic and limit
	Signals          []SignalState
}

// Describe reports the engine's state as of today from the same history
// Evaluate reads. It is what `checkin trends` prints after the replay and
// what the summary and report compare with.
func Describe(cfg Config, items Items, today string, cs []store.Checkin, flags []store.Flag) State {
	st := State{Day: today, RecentDays: cfg.RecentDays, Limit: cfg.CombinedH}
	v, ok := newView(cfg, items, today, cs, nil, firedDays(flags, RuleDecline), false)
	if !ok {
		return st
	}
	defer v.det.release()
	d := &v.det
	if d.ok {
		st.WellFrom, st.WellTo, st.Marked = v.day(d.from), v.day(d.to), d.marked
		st.Combined = lastValue(d.combined.s)
	}
	for _, sg := range signals {
		if !sg.on(items) {
			continue
		}
		xs := sg.series(v.cols)
		if stats.Answered(xs) == 0 {
			continue // never answered: nothing to say
		}
		w := window(xs, v.n-1, cfg.RecentDays)
		s := SignalState{Name: sg.name, Unit: sg.unit, RecentN: stats.Answered(w), Limit: cfg.SignalH}
		s.Recent, _ = stats.Mean(w)
		if b := stats.Baselines(xs, 1); b.Len() == 1 {
			s.Rolling, s.RollingOK = b.Median(0)
		}
		for j, dsg := range d.sigs {
			if dsg.name == sg.name {
				s.Well, s.WellOK = d.tracks[j].ref.level(), true
				s.CUSUM = lastValue(d.tracks[j].s)
			}
		}
		st.Signals = append(st.Signals, s)
	}
	if items.Medication && stats.Answered(v.cols.MedTaken) > 0 {
		st.Signals = append(st.Signals, v.dosesState(cfg))
	}
	return st
}

// dosesState is missed doses against both references, as the share of
// answered days marked taken. It has no CUSUM: its own rule counts misses.
func (v *view) dosesState(cfg Config) SignalState {
	xs := v.cols.MedTaken
	w := window(xs, v.n-1, cfg.RecentDays)
	s := SignalState{Name: "doses taken", Unit: dosesUnit, RecentN: stats.Answered(w)}
	share := func(xs []float64) (float64, bool) {
		m, ok := stats.Mean(xs)
		return 100 * m, ok
	}
	s.Recent, _ = share(w)
	if lo, hi := v.n-stats.BaselineFrom, v.n-stats.BaselineTo; lo >= 0 && stats.Answered(xs[lo:hi+1]) >= stats.BaselineMinDays {
		s.Rolling, s.RollingOK = share(xs[lo : hi+1])
	}
	if d := &v.det; d.ok && stats.Answered(xs[d.from:d.to+1]) > 0 {
		s.Well, s.WellOK = share(xs[d.from : d.to+1])
	}
	return s
}

// lastValue is the statistic today, 0 before any answer.
func lastValue(xs []float64) float64 {
	if len(xs) == 0 || math.IsNaN(xs[len(xs)-1]) {
		return 0
	}
	return xs[len(xs)-1]
}
