package risk

import "testing"

// A softener between the words of a phrase must not hide it: the second
// reading without softeners catches what the first missed, and it never
// turns a harmless message, a negation or someone else's words into risk.
func TestSoftenersDoNotHideRisk(t *testing.T) {
	risky := []string{
		"death would honestly be a relief",
		"dying would genuinely be a relief at this point",
		"i'd literally be better off dead",
		"everyone would seriously be better off without me",
		"i lowkey want to disappear forever",
		"i kinda wanna die ngl",
		"ending it honestly seems like the only way out",
		"i really truly want to end my life",
		"suicide is basically the only option left",
		"i probably won't be around much longer",
	}
	for _, s := range risky {
		if r := Detect(s); !r.Risk() {
			t.Errorf("Detect(%q) found no risk", s)
		}
	}
	harmless := []string{
		"i honestly don't want to die, i'm just tired",
		"i would never really hurt myself",
		"this commute is seriously killing me",
		"i'm literally dying to see that film",
		"my friend honestly said she wants to die and i'm worried about her",
		"that joke was totally killing me",
		"i'm pretty dead tired after work",
	}
	for _, s := range harmless {
		if r := Detect(s); r.Risk() {
			t.Errorf("Detect(%q) = %s (%s), want no risk", s, r.Level, r.Rule)
		}
	}
}

// TestSecondReadingIsNeeded shows what the second reading adds: phrasings
// the first reading misses because a softener sits inside the phrase.
func TestSecondReadingIsNeeded(t *testing.T) {
	for _, s := range []string{"i just want to genuinely not exist", "i want to fr die", "i want to totally disappear forever"} {
		if detect(s).Risk() {
			t.Logf("the first reading alone now catches %q", s)
		}
		if !Detect(s).Risk() {
			t.Errorf("Detect(%q) found no risk", s)
		}
	}
}
