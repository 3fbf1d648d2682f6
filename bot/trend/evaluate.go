package trend

import (
	"slices"

	"github.com/checkin-bot/checkin/store"
)

// The rule names, as stored in store.Flag.Rule.
const (
	// RuleDecline is the change detector: the person's days have fallen
	// below their well baseline by more than chance explains.
	RuleDecline  = "trend.decline"
	RuleSleep    = "trend.sleep"
	RuleMood     = "trend.mood"
	RulePersist  = "trend.persist"
	RuleInterest = "trend.interest"
	RuleEnergy   = "trend.energy"
	RuleDoses    = "trend.doses"
	RulePHQ9High = "phq9.high"
	RulePHQ9Rise = "phq9.rise"
	// RulePHQ9Severe is a PHQ-9 total in the questionnaire's highest band.
	RulePHQ9Severe = "phq9.severe"
)

// Severity is the store.Flag severity of every trend hit.
const Severity = "trend"

// Items says which optional check-in items the deployment asks, so rules
// over items nobody is asked stay silent, and which stretch, if any, the
// person marked with /baseline as a time they were doing well.
type Items struct {
	Energy, Interest, Medication bool
	Well                         Stretch
}

// Hit is one rule that fired today. The core stores it as a store.Flag.
type Hit struct {
	Rule   string
	Detail string // plain words built from numbers only, never anything the person wrote
}

// Result is what one evaluation asks the core to do.
type Result struct {
	Hits    []Hit   // store each as a flag (severity Severity, today's day)
	Clear   []int64 // ids of active flags whose rule has been back in range ClearDays days running
	Message string  // one message listing every hit; "" when there is nothing to send
}

// Evaluate judges a person's history as of today (their local day,
// "YYYY-MM-DD"). cs must cover the HistoryDays days ending today (more is
// ignored, less only makes rules judge less); qs the person's PHQ-9s;
// flags their flags of at least the last HistoryDays days. It is pure: the
// core stores Hits, applies Clear and sends Message.
//
// Each rule fires when its condition holds today, unless it is resting: a
// rule rests while its last flag is active (not yet back in range
// ClearDays days running) and for CooldownDays after it fired. Hits wait,
// unsent and unstored, while the last provider nudge is younger than
// NudgeEveryDays; whatever still holds then goes out in one message.
func Evaluate(cfg Config, items Items, today string, cs []store.Checkin, qs []store.Questionnaire, flags []store.Flag) Result {
	// Today first. The days before matter only to clear an active flag and
	// to count persistence, which needs a symptom today or an active flag of
	// its own; most evaluations need neither and skip judging the window,
	// which holds most of the work.
	on := make([]rule, 0, len(rules))
	window := active(flags, RulePersist)
	for _, r := range rules {
		if r.on(items) {
			on = append(on, r)
			window = window || active(flags, r.name)
		}
	}
	fired := firedDays(flags, RuleDecline)
	v, ok := newView(cfg, items, today, cs, qs, fired, window)
	if !ok {
		return Result{}
	}
	defer func() { v.det.release() }()
	now := make([]state, len(on))
	persist := active(flags, RulePersist)
	for i, r := range on {
		now[i] = r.state(v, v.n-1)
		persist = persist || r.symptom && now[i] == outOfRange
	}
	if persist && !window {
		v.det.release()
		v, _ = newView(cfg, items, today, cs, qs, fired, true)
	}
	e := &evaluation{v: v, flags: flags, symptoms: make([]state, cfg.PersistDays)}
	for i, r := range on {
		var states []state
		if active(flags, r.name) || r.symptom && persist {
			states = e.window(r, now[i])
		}
		if r.symptom && persist {
			e.addSymptom(r.name, states)
		}
		e.fire(r.name, states, now[i] == outOfRange, func() (string, string) { return r.words(v, v.n-1) })
	}
	if persist {
		e.persistence()
	}
	return e.result()
}

// evaluation collects one Evaluate's findings.
type evaluation struct {
	v        *view
	flags    []store.Flag
	res      Result
	lines    []string // the message line of each hit
	symptoms []state  // the union of the symptom rules over the window, for persistence
	seen     []string // symptom rules that held on some day of the window
}

// window judges r on every day of the persistence window; today is known.
func (e *evaluation) window(r rule, today state) []state {
	states := make([]state, len(e.symptoms))
	for j := range len(states) - 1 {
		states[j] = r.state(e.v, e.v.first+j)
	}
	states[len(states)-1] = today
	return states
}

func (e *evaluation) addSymptom(name string, states []state) {
	held := false
	for j, st := range states {
		e.symptoms[j] = max(e.symptoms[j], st)
		held = held || st == outOfRange
	}
	if held {
		e.seen = append(e.seen, name)
	}
}

// fire applies resting to one rule and records its hit if it may fire.
func (e *evaluation) fire(name string, states []state, holds bool, words func() (string, string)) {
	clear, may := e.v.decide(name, states, holds, e.flags)
	e.res.Clear = append(e.res.Clear, clear...)
	if may {
		d, l := words()
		e.res.Hits = append(e.res.Hits, Hit{Rule: name, Detail: d})
		e.lines = append(e.lines, l)
	}
}

// persistence fires when a symptom held on most days of the window, and
// still does today. It is the weightiest news, so it leads the message.
func (e *evaluation) persistence() {
	days := 0
	for _, st := range e.symptoms {
		if st == outOfRange {
			days++
		}
	}
	cfg := e.v.cfg
	before := len(e.res.Hits)
	e.fire(RulePersist, e.symptoms, days >= cfg.PersistMinDays && e.symptoms[len(e.symptoms)-1] == outOfRange,
		func() (string, string) { return persistWords(cfg, days, e.seen) })
	if n := len(e.res.Hits); n > before {
		h, l := e.res.Hits[n-1], e.lines[n-1]
		copy(e.res.Hits[1:], e.res.Hits[:n-1])
		copy(e.lines[1:], e.lines[:n-1])
		e.res.Hits[0], e.lines[0] = h, l
	}
}

// result holds every hit back while a nudge went out within the week.
func (e *evaluation) result() Result {
	slices.Sort(e.res.Clear)
	if len(e.res.Hits) == 0 || e.v.nudgedWithin(e.flags, e.v.cfg.NudgeEveryDays) {
		e.res.Hits = nil
		return e.res
	}
	e.res.Message = compose(e.res.Hits, e.lines)
	return e.res
}

// active reports whether rule has a flag not yet cleared.
func active(flags []store.Flag, rule string) bool {
	for _, f := range flags {
		if f.Rule == rule && f.ClearedAt.IsZero() {
			return true
		}
	}
	return false
}

// decide applies resting to one rule: the ids of its active flags to clear
// now, and whether it may fire today (holds is its condition today).
func (v *view) decide(name string, states []state, holds bool, flags []store.Flag) (clear []int64, may bool) {
	last := -1 << 30 // slot of the rule's newest flag
	for _, f := range flags {
		if f.Rule != name {
			continue
		}
		slot := v.slot(f.Day)
		last = max(last, slot)
		if f.ClearedAt.IsZero() {
			clear = append(clear, f.ID)
		}
	}
	if len(clear) > 0 && !v.backInRange(states, last) {
		return nil, false // still active: resting
	}
	return clear, holds && v.n-1-last >= v.cfg.cooldown(name)
}

// backInRange reports whether the rule was in range ClearDays days running
// at some point after the slot it fired on.
func (v *view) backInRange(states []state, fired int) bool {
	run := 0
	for i := max(fired+1-v.first, 0); i < len(states); i++ {
		if states[i] != inRange {
			run = 0
			continue
		}
		if run++; run >= v.cfg.ClearDays {
			return true
		}
	}
	return false
}

// nudgedWithin reports whether a trend message went out fewer than days days ago.
func (v *view) nudgedWithin(flags []store.Flag, days int) bool {
	for _, f := range flags {
		if isTrendRule(f.Rule) && v.n-1-v.slot(f.Day) < days {
			return true
		}
	}
	return false
}

// slot places a flag's day on the grid; a malformed day counts as today,
// which keeps its rule resting rather than firing again.
func (v *view) slot(day string) int {
	s, ok := v.grid.Slot(day)
	if !ok {
		return v.n - 1
	}
	return s
}

// firedDays lists the days rule fired on.
func firedDays(flags []store.Flag, rule string) []string {
	var out []string
	for _, f := range flags {
		if f.Rule == rule {
			out = append(out, f.Day)
		}
	}
	return out
}
