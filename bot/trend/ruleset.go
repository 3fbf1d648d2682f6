package trend

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
	{RuleDecline, false, always,
		func(v *view, s int) state { return v.declineAt(s).st },
		func(v *view, s int) (string, string) { return v.declineWordsAt(s) }},
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
