package risk

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestNormalize(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"case and punctuation", "I Don't want to WAKE up!!!", "i dont want to wake up"},
		{"curly apostrophe", "don’t", "dont"},
		{"acute as apostrophe", "don´t", "dont"},
		{"leet", "k!ll mys3lf", "kill myself"},
		{"leet digits", "su1cidal unal1ve d13", "suicidal unalive die"},
		{"leet ll", "ki11", "kill"},
		{"capital I for l inside a word", "i want to kiII myself", "i want to kill myself"},
		{"capital I alone stays i", "I AM OK", "i am ok"},
		{"starred letter", "d*e k*ll", "die kill"},
		{"starred spelling still joins", "k*m*s", "kms"},
		{"dollar", "$uicide", "suicide"},
		{"numbers stay", "3 months clean, 3am, 2nd, 20mg, 24/7", "3 months clean 3am 2nd 20mg 24 7"},
		{"runs", "kiiiill myyyyself sooooo", "kiill myyself soo"},
		{"spaced letters", "k m s", "kms"},
		{"dotted letters", "k.m.s.", "kms"},
		{"leading i kept", "i k m s", "i kms"},
		{"two dotted letters", "relapsed on s.h.", "relapsed on sh"},
		{"zero width", "ki\u200bll my\u00adself", "kill myself"},
		{"bidi and joiners", "k\u200fi\u200dl\u2060l", "kill"},
		{"variation selector", "kms\ufe0f", "kms"},
		{"full width", "ｋｉｌｌ　ｍｙｓｅｌｆ", "kill myself"},
		{"math letters", "𝐤𝐢𝐥𝐥 𝖒𝖞𝖘𝖊𝖑𝖋", "kill myself"},
		{"small caps", "ᴋɪʟʟ", "kill"},
		{"cyrillic look-alikes in a latin word", "kіll mysеlf", "kill myself"},
		{"cyrillic word kept", "привет", "привет"},
		{"accents", "ich möchte sterben, ¿quién sabe? ça", "ich mochte sterben quien sabe ca"},
		{"sharp s", "Straße", "strasse"},
		{"emoji are words", "tonight💊💊💊", "tonight 💊💊"},
		{"skin tone dropped", "👋🏽 bye", "👋 bye"},
		{"invalid utf-8 and nul", "a\xffb\x00c", "ab c"},
		{"only punctuation", "?!...", ""},
		{"exclamation is not a letter at the end", "die!!!", "die"},
		{"quotes are words", `the song 'i want to die' and “this”`, `the song " i want to die " and " this "`},
		{"apostrophes inside words are not quotes", "i'd rock 'n' roll", `id rock " n " roll`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Normalize(tt.in); got != tt.want {
				t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestNormalizeIdempotent runs every corpus line through Normalize twice:
// Detect relies on Normalize(Normalize(s)) == Normalize(s).
func TestNormalizeIdempotent(t *testing.T) {
	for _, c := range corpusTexts(t) {
		once := Normalize(c)
		if twice := Normalize(once); twice != once {
			t.Errorf("Normalize not idempotent: %q → %q → %q", c, once, twice)
		}
	}
}

func TestNormalizeCap(t *testing.T) {
	out := Normalize(strings.Repeat("abc ", 64*1024/4))
	if n := utf8.RuneCountInString(out); n > maxRunes {
		t.Errorf("output has %d runes, want at most %d", n, maxRunes)
	}
	if strings.HasSuffix(out, " ") || !strings.HasSuffix(out, "abc") {
		t.Errorf("output does not end on a whole word: …%q", out[len(out)-10:])
	}
	// A compatibility character can expand to many runes; the cap still holds.
	out = Normalize(strings.Repeat("\ufdfa", maxRunes))
	if n := utf8.RuneCountInString(out); n > maxRunes {
		t.Errorf("expanded output has %d runes, want at most %d", n, maxRunes)
	}
}

// corpusTexts returns every message of the corpus files, whatever its
// category (bot/risk/corpus parses them properly; this package cannot
// import it from an internal test).
func corpusTexts(t *testing.T) []string {
	t.Helper()
	var out []string
	for _, f := range []string{"testdata/corpus.tsv", "testdata/heldout.tsv"} {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(b), "\n") {
			if _, text, ok := strings.Cut(line, "\t"); ok && !strings.HasPrefix(line, "#") {
				text, _, _ = strings.Cut(text, "  # ")
				out = append(out, strings.TrimSpace(text))
			}
		}
	}
	if len(out) == 0 {
		t.Fatal("no corpus lines")
	}
	return out
}
