// Package risk recognises acute self-harm and suicide language in free text.
//
// It runs on every message a user sends, so it is pure (no I/O, no clock),
// fast (everything is compiled once at init) and never panics on any input.
// It is a keyword and phrase detector: it misses things a person would hear
// and flags some things a person would not. The design leans towards flagging:
// when a message is ambiguous it is treated as risk, because a warm reply with
// crisis lines costs little and a missed cry for help costs a great deal.
package risk

// Level orders how urgent the language in a message is. Higher is more urgent,
// so the level of a message is the highest level of anything found in it.
type Level int

const (
	// None: nothing in the message points to risk.
	None Level = iota
	// Passive: wishing to be dead or not to exist, without stated intent
	// ("i don't want to wake up", "everyone would be better off without me").
	Passive
	// SelfHarm: hurting oneself without stated intent to die ("i cut myself again").
	SelfHarm
	// Active: stated thoughts of or wish for suicide ("i want to kill myself").
	Active
	// Plan: plans, means, timing or goodbyes ("i'm going to end it tonight",
	// "this is goodbye"). The most urgent: the emergency number comes first.
	Plan
)

var levelNames = [...]string{"none", "passive", "selfharm", "active", "plan"}

// String returns the stable lower-case name used in logs, flags and tests.
func (l Level) String() string {
	if l < None || int(l) >= len(levelNames) {
		return "unknown"
	}
	return levelNames[l]
}

// Result is what Detect found. Rule is a stable identifier of the phrase family
// that fired (for example "acute.passive.wake_up"); it never contains the
// user's text, so it can be stored and logged.
type Result struct {
	Level Level
	Rule  string
}

// Risk reports whether the message should start the crisis reply.
func (r Result) Risk() bool { return r.Level != None }

// Urgent reports whether the reply must lead with the emergency number:
// the message speaks of a plan, the means, a time or a goodbye.
func (r Result) Urgent() bool { return r.Level == Plan }
