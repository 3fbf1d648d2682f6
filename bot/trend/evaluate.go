package trend

import (
	"slices"

	"github.com/checkin-bot/checkin/store"
)

// The rule names, as stored in store.Flag.Rule.
const (
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
// over items nobody is asked stay silent.
type Items struct{ Energy, Interest, Medication bool }

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

// rule is one trend rule: its condition on any day of the window, and the
// words for today when it fires.
type rule struct {
	name    string
	symptom bool // counts toward persistence
	on      func(Items) bool
	state   func(v *view, s int) state
	words   func(v *view, s int) (detail, line string)
}

func always(Items) bool { return true }

// rules in the order their lines appear in a message: the most pressing first.
// Persistence is judged from the symptom rules and listed first.
var rules = []rule{
	{RulePHQ9Severe, false, always,
		func(v *view, s int) state { return v.phqSevereAt(s).st },
		func(v *view, s int) (string, string) { return phqSevereWords(v.cfg, v.phqSevereAt(s)) }},
	{RuleMood, true, always,
		func(v *view, s int) state { return v.moodAt(s).st },
		func(v *view, s int) (string, string) { return lowWords(v.cfg, moodNames, v.moodAt(s)) }},
	{RuleSleep, true, always,
		func(v *view, s int) state { return v.sleepAt(s).st },
		func(v *view, s int) (string, string) { return sleepWords(v.cfg, v.sleepAt(s)) }},
	{RuleInterest, true, func(i Items) bool { return i.Interest },
		func(v *view, s int) state { return v.interestAt(s).st },
		func(v *view, s int) (string, string) { return lowWords(v.cfg, interestNames, v.interestAt(s)) }},
	{RuleEnergy, true, func(i Items) bool { return i.Energy },
		func(v *view, s int) state { return v.energyAt(s).st },
		func(v *view, s int) (string, string) { return lowWords(v.cfg, energyNames, v.energyAt(s)) }},
	{RulePHQ9High, false, always,
		func(v *view, s int) state { return v.phqHighAt(s).st },
		func(v *view, s int) (string, string) { return phqHighWords(v.cfg, v.phqHighAt(s)) }},
	{RulePHQ9Rise, false, always,
		func(v *view, s int) state { return v.phqRiseAt(s).st },
		func(v *view, s int) (string, string) { return phqRiseWords(v.cfg, v.phqRiseAt(s)) }},
	{RuleDoses, false, func(i Items) bool { return i.Medication },
		func(v *view, s int) state { return v.dosesAt(s).st },
		func(v *view, s int) (string, string) { return dosesWords(v.cfg, v.dosesAt(s)) }},
}

// isTrendRule reports whether name is one of this package's rules.
func isTrendRule(name string) bool {
	if name == RulePersist {
		return true
	}
	for _, r := range rules {
		if r.name == name {
			return true
		}
	}
	return false
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
	// its own; most evaluations need neither and skip the window, which
	// holds most of the work.
	on := make([]rule, 0, len(rules))
	window := active(flags, RulePersist)
	for _, r := range rules {
		if r.on(items) {
			on = append(on, r)
			window = window || active(flags, r.name)
		}
	}
	v, ok := newView(cfg, items, today, cs, qs, window)
	if !ok {
		return Result{}
	}
	now := make([]state, len(on))
	persist := active(flags, RulePersist)
	for i, r := range on {
		now[i] = r.state(v, v.n-1)
		persist = persist || r.symptom && now[i] == outOfRange
	}
	if persist && !window {
		v, _ = newView(cfg, items, today, cs, qs, true)
	}
	var res Result
	var lines []string
	fire := func(name string, states []state, holds bool, words func() (string, string)) {
		clear, may := v.decide(name, states, holds, flags)
		res.Clear = append(res.Clear, clear...)
		if may {
			d, l := words()
			res.Hits = append(res.Hits, Hit{Rule: name, Detail: d})
			lines = append(lines, l)
		}
	}
	w := cfg.PersistDays
	symptoms := make([]state, w) // the union of the symptom rules, for persistence
	var seen []string            // symptom rules that held on some day of the window
	for i, r := range on {
		var states []state
		if active(flags, r.name) || r.symptom && persist {
			states = make([]state, w)
			for j := range w - 1 {
				states[j] = r.state(v, v.first+j)
			}
			states[w-1] = now[i]
		}
		if r.symptom && persist {
			held := false
			for j, st := range states {
				symptoms[j] = max(symptoms[j], st)
				held = held || st == outOfRange
			}
			if held {
				seen = append(seen, r.name)
			}
		}
		fire(r.name, states, now[i] == outOfRange, func() (string, string) { return r.words(v, v.n-1) })
	}
	if persist {
		days := 0
		for _, st := range symptoms {
			if st == outOfRange {
				days++
			}
		}
		// Persisting means most days of the window, and still so today.
		fire(RulePersist, symptoms, days >= cfg.PersistMinDays && symptoms[w-1] == outOfRange, func() (string, string) {
			return persistWords(cfg, days, seen)
		})
	}
	if n := len(res.Hits); n > 0 && res.Hits[n-1].Rule == RulePersist {
		// Persistence is the weightiest news: it leads the message.
		h, l := res.Hits[n-1], lines[n-1]
		copy(res.Hits[1:], res.Hits[:n-1])
		copy(lines[1:], lines[:n-1])
		res.Hits[0], lines[0] = h, l
	}
	slices.Sort(res.Clear)
	if len(res.Hits) == 0 || v.nudgedWithin(flags, cfg.NudgeEveryDays) {
		res.Hits = nil
		return res
	}
	res.Message = compose(res.Hits, lines)
	return res
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
	return clear, holds && v.n-1-last >= v.cfg.CooldownDays
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
