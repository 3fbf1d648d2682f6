package risk

import (
	"testing"
	"unicode/utf8"
)

var fuzzSeeds = []string{
	"i want to kill myself",
	"k.m.s",
	"i w a n t t o d i e",
	"ki\u200bll my\u00adself",
	"💊💊💊 tonight",
	"i'm not suicidal but i don't want to wake up",
	"a\xffb\x00c",
	"ｋｉｌｌ 𝐦𝐲𝐬𝐞𝐥𝐟",
	"\ufdfa\ufdfa",
	"k!!!ll $$ @@ 1111",
	"(((((",
	"the song 'i want to die' is “sad”",
	"iwanttodie dontwannalive",
}

// FuzzDetect: Detect never panics and reads a message the same way whether
// or not it was normalised first.
func FuzzDetect(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := Detect(s)
		if again := Detect(Normalize(s)); again != got {
			t.Errorf("Detect(%q) = %v but Detect(Normalize) = %v (normalised %q)", s, got, again, Normalize(s))
		}
		if got.Risk() != (got.Rule != "") {
			t.Errorf("Detect(%q) = %v: rule and level disagree", s, got)
		}
	})
}

// FuzzNormalize: the output is valid UTF-8, bounded, has no double or edge
// spaces, and is a fixed point.
func FuzzNormalize(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := Normalize(s)
		if !utf8.ValidString(out) {
			t.Fatalf("Normalize(%q) = %q: invalid UTF-8", s, out)
		}
		if n := utf8.RuneCountInString(out); n > maxRunes {
			t.Fatalf("Normalize(%q) has %d runes", s, n)
		}
		if len(out) > 0 && (out[0] == ' ' || out[len(out)-1] == ' ') {
			t.Fatalf("Normalize(%q) = %q: edge space", s, out)
		}
		for i := 1; i < len(out); i++ {
			if out[i] == ' ' && out[i-1] == ' ' {
				t.Fatalf("Normalize(%q) = %q: double space", s, out)
			}
		}
		if twice := Normalize(out); twice != out {
			t.Fatalf("Normalize not idempotent: %q → %q → %q", s, out, twice)
		}
	})
}
