package risk

import (
	"strings"
	"testing"
)

func TestDetect(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		level Level
		rule  string
	}{
		{"plain check-in", "slept ok, mood a 6, work was busy", None, ""},
		{"digit for to in a run-together word", "want2die", Active, "acute.active.want_to_die"},
		{"inverted negation", "never once have i thought about ending it", None, ""},
		{"phrase inside a negated phrase", "i would never hurt myself on purpose", None, ""},
		{"first person inside a third-person match", "my dad has a gun and i keep thinking about it", Plan, "acute.plan.means_thought"},
		{"idiom in the past is not risk", "i was killing myself at night shifts last year, glad that's over", None, ""},
		{"empty", "", None, ""},
		{"passive wake up", "i don't want to wake up tomorrow", Passive, "acute.passive.wake_up"},
		{"passive burden", "they'd all be better off without me", Passive, "acute.passive.better_off"},
		{"active kill myself", "i want to kill myself", Active, "acute.active.kill_myself"},
		{"active slang", "kms", Active, "acute.active.kill_myself"},
		{"active suicidal typo", "feeling suicdal", Active, "acute.active.suicidal"},
		{"active unalive", "thinking about unaliving", Active, "acute.active.end_life"},
		{"plan tonight", "i'm going to end it tonight", Plan, "acute.plan.timing"},
		{"plan goodbye", "this is goodbye", Plan, "acute.plan.goodbye"},
		{"plan means", "been saving up my pills", Plan, "acute.plan.means"},
		{"plan beats active", "i want to die, i've written goodbye letters", Plan, "acute.plan.note"},
		{"selfharm cut", "i cut myself again", SelfHarm, "acute.selfharm.cut"},
		{"selfharm shorthand", "relapsed on sh", SelfHarm, "acute.selfharm.self_harm"},
		{"german", "ich will sterben", Active, "acute.active.de"},
		{"spanish", "quiero morirme", Active, "acute.active.es"},
		{"french", "je veux mourir", Active, "acute.active.fr"},
		{"portuguese", "quero morrer", Active, "acute.active.pt"},
		{"negated", "i'm not suicidal, just tired", None, ""},
		{"negation with another cue", "i'm not suicidal but i really don't want to wake up", Passive, "acute.passive.wake_up"},
		{"negated but distressed", "i'm not suicidal, just hopeless", Passive, "acute.passive.negated_with_distress"},
		{"cannot stop is not a negation", "i can't stop wanting to kill myself", Active, "acute.active.kill_myself"},
		{"pretending is not a negation", "tired of pretending i don't want to die", Active, "acute.active.want_to_die"},
		{"unsure is risk", "i'm not sure i want to be alive anymore", Passive, "acute.passive.not_exist"},
		{"idiom killing me", "this workout is killing me", None, ""},
		{"idiom overwork", "killing myself at work this week", None, ""},
		{"idiom laughing", "i nearly killed myself laughing", None, ""},
		{"third person", "my friend is suicidal and i'm scared for her", None, ""},
		{"third person, and me too", "my friend said she wants to die and honestly so do i", Active, "acute.active.want_to_die"},
		{"topic", "reading an article about self harm", None, ""},
		{"past resolved is answered gently", "i was suicidal years ago but i've been well since", Passive, "acute.passive.past"},
		{"negated past is answered gently", "i'm not suicidal anymore, the meds helped", Passive, "acute.passive.past"},
		{"negated present", "i'm not suicidal, just tired of work", None, ""},
		{"no before the phrase", "no thoughts of self harm this week", None, ""},
		{"no answering, then risk", "no, i want to die", Active, "acute.active.want_to_die"},
		{"hedged wish", "i feel like dying honestly", Passive, "acute.passive.hedged"},
		{"hedged idiom", "i feel like dying my hair red", None, ""},
		{"only way out", "suicide feels like the only option left", Active, "acute.active.only_way"},
		{"never the answer", "suicide is never the answer", None, ""},
		{"means with rumination", "i keep thinking about jumping off the bridge", Plan, "acute.plan.means_thought"},
		{"place with rumination", "i stood on the platform and thought about jumping", Plan, "acute.plan.means_thought"},
		{"place alone", "i stood on the platform waiting for the train", None, ""},
		{"stockpile", "i've got a stash of pills put aside", Plan, "acute.plan.stockpile"},
		{"farewell pet", "please take care of my cat for me after", Plan, "acute.plan.farewell"},
		{"pet sitting", "please take care of my cat for me after work", None, ""},
		{"farewell not around", "i don't think i'll be around for the next check in", Plan, "acute.plan.farewell"},
		{"run together", "iwanttodie", Active, "acute.active.want_to_die"},
		{"run together with shorthand", "dontwannalive", Passive, "acute.passive.not_exist"},
		{"dropped g", "thinkin bout endin it all", Active, "acute.active.end_life"},
		{"quoted song title", "the song 'i want to die' is stuck in my head", None, ""},
		{"quoted title, curly", "reading a book called “i want to kill myself” for class", None, ""},
		{"quoted by a third person", `she said "i want to die" and left`, None, ""},
		{"quoted to me is still risk", `my friend texted me "i want to die"`, Active, "acute.active.want_to_die"},
		{"quotes do not hide own words", `i want to "disappear" forever`, Passive, "acute.passive.not_exist"},
		{"title and own words", "the song 'i want to die' is my life, i want to die too", Active, "acute.active.want_to_die"},
		{"self-harm ongoing", "i keep hurting myself when i get like this", SelfHarm, "acute.selfharm.ongoing"},
		{"self-harm at the gym", "i keep hurting myself at the gym", None, ""},
		{"past returning", "i was suicidal years ago and it's coming back", Active, "acute.active.suicidal"},
		{"means alone", "bought a rope for the tent", None, ""},
		{"means with plan word", "bought a rope, tonight's the night", Plan, "acute.plan.means_in_context"},
		{"goodbye sign-off", "goodbye everyone, see you monday", None, ""},
		{"moving house", "giving away all my stuff before we move", None, ""},
		{"giving away", "giving away all my stuff", Plan, "acute.plan.giving_away"},
		{"adherence", "took all my meds today", None, ""},
		{"accident", "cut myself shaving", None, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Detect(tt.text)
			if got.Level != tt.level || got.Rule != tt.rule {
				t.Errorf("Detect(%q) = {%s %q}, want {%s %q}", tt.text, got.Level, got.Rule, tt.level, tt.rule)
			}
			if got.Risk() != (tt.level != None) || got.Urgent() != (tt.level == Plan) {
				t.Errorf("Detect(%q): Risk=%v Urgent=%v for level %s", tt.text, got.Risk(), got.Urgent(), got.Level)
			}
		})
	}
}

// TestDetectObfuscated checks that the same sentence is found however it is
// disguised: the normaliser's job, checked end to end.
func TestDetectObfuscated(t *testing.T) {
	for _, text := range []string{
		"i want to kill myself",
		"I WANT TO KILL MYSELF",
		"i want to k!ll mys3lf",
		"i want to k\u200bill my\u00adself",
		"i want to kіll mysеlf", // Cyrillic і and е
		"ｉ ｗａｎｔ ｔｏ ｋｉｌｌ ｍｙｓｅｌｆ",
		"i want to kiiiiill myseeelf",
		"i want to k i l l myself",
		"i want to k.i.l.l myself",
		"i want to kill my self",
		"i wnat to kill myslef",
		"i want to kill myself 😭😭😭",
		"i\u2060 want to kill\ufe0f myself",
	} {
		if got := Detect(text); got.Level != Active {
			t.Errorf("Detect(%q) = %s (%s), want active; normalised %q", text, got.Level, got.Rule, Normalize(text))
		}
	}
}

// TestNoTypoCollisions: ordinary words one letter from a pattern word must
// not be read as that word.
func TestNoTypoCollisions(t *testing.T) {
	for _, text := range []string{
		"i'm putting myself first", "sitting myself down to study", "filling myself up with snacks",
		"sending it all tomorrow", "making my own life easier", "i'm having my meds with breakfast",
		"changing myself for the better", "shouting myself hoarse", "diving into the lake",
		"insuring myself", "snapping myself out of it", "eating myself sick", "turning myself around",
		"warming myself by the fire", "i changed myself a lot this year", "dropping myself off at work",
		"passing myself off as an expert", "stopping in front of a bus stop", "lay down on the track after the race",
		"fresh rounds of drinks",
	} {
		if got := Detect(text); got.Risk() {
			t.Errorf("Detect(%q) = %s (%s), want none", text, got.Level, got.Rule)
		}
	}
}

func TestDetectNeverPanics(t *testing.T) {
	for name, text := range map[string]string{
		"invalid utf-8": "i want \xff\xfe to die \xc3",
		"nuls":          "i want\x00to\x00die \x00\x00",
		"64KB":          strings.Repeat("i want to die ", 64*1024/14),
		"only emoji":    strings.Repeat("💊", 5000),
		"only marks":    strings.Repeat("\u0301", 5000),
		"only spaces":   strings.Repeat(" ", 5000),
		"separators":    strings.Repeat(".-_*", 3000),
		"letters":       strings.Repeat("k ", 5000),
	} {
		t.Run(name, func(t *testing.T) {
			_ = Detect(text)
		})
	}
	if got := Detect(strings.Repeat("i want to die ", 64*1024/14)); got.Level != Active {
		t.Errorf("64KB of risk text: got %s", got.Level)
	}
}

// TestDetectReadsOnlyTheStart documents the cap: risk language after the
// first maxRunes runes is not read.
func TestDetectReadsOnlyTheStart(t *testing.T) {
	pad := strings.Repeat("a ", maxRunes/2+10)
	if got := Detect(pad + "i want to die"); got.Risk() {
		t.Errorf("text past the cap was read: %v", got)
	}
	if got := Detect("i want to die " + pad); !got.Risk() {
		t.Errorf("text at the start was missed")
	}
}

func TestDetectConcurrent(t *testing.T) {
	done := make(chan struct{})
	for range 8 {
		go func() {
			defer func() { done <- struct{}{} }()
			for range 200 {
				if !Detect("i want to kill myself").Risk() || Detect("slept fine").Risk() {
					t.Error("wrong result under concurrency")
					return
				}
			}
		}()
	}
	for range 8 {
		<-done
	}
}

func TestLevelString(t *testing.T) {
	for l, want := range map[Level]string{None: "none", Passive: "passive", SelfHarm: "selfharm", Active: "active", Plan: "plan", Level(9): "unknown", Level(-1): "unknown"} {
		if got := l.String(); got != want {
			t.Errorf("Level(%d).String() = %q, want %q", int(l), got, want)
		}
	}
	if !(None < Passive && Passive < SelfHarm && SelfHarm < Active && Active < Plan) {
		t.Error("levels are not ordered by urgency")
	}
}

func TestWithin(t *testing.T) {
	tests := []struct {
		msg, word string
		f         fuzz
		want      bool
	}{
		{"suicdal", "suicidal", fuzzOne, true},   // dropped letter
		{"suiciddal", "suicidal", fuzzOne, true}, // (after squeeze this is rare, still fine)
		{"suisidal", "suicidal", fuzzOne, true},  // changed letter
		{"suicdial", "suicidal", fuzzOne, true},  // swapped letters
		{"suicidall", "suicidal", fuzzOne, true}, // added letter
		{"sucdal", "suicidal", fuzzOne, false},   // two edits
		{"wnat", "want", fuzzTranspose, true},
		{"wand", "want", fuzzTranspose, false}, // short words: swaps only
		{"want", "want", fuzzNone, false},
	}
	for _, tt := range tests {
		if got := within([]byte(tt.msg), tt.word, tt.f); got != tt.want {
			t.Errorf("within(%q, %q) = %v, want %v", tt.msg, tt.word, got, tt.want)
		}
	}
}

func TestCompileRejects(t *testing.T) {
	for name, src := range map[string]string{
		"contraction":  "i dont want to die",
		"unclosed":     "(want|wish to die",
		"leading gap":  "* die",
		"trailing gap": "die *",
		"bad gap":      "want *99 die",
		"late <":       "want <not die",
		"empty alt":    "(want||wish) to die",
		"only opt":     "die?",
		"macro":        "@nosuchmacro die",
	} {
		t.Run(name, func(t *testing.T) {
			if _, err := compile(newLexicon(), src); err == nil {
				t.Errorf("compile(%q) accepted a bad pattern", src)
			}
		})
	}
}
