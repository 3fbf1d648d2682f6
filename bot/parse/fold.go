package parse

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// foldLetters spells out letters that carry no combining accent to strip.
var foldLetters = strings.NewReplacer("ß", "ss", "æ", "ae", "œ", "oe", "ø", "o", "ł", "l", "đ", "d", "ð", "d", "þ", "th", "ı", "i")

// fold makes a place name comparable however it was typed: lower case, accents dropped
// ("São Paulo" is "sao paulo") and apostrophes dropped, underscores, hyphens and dots as spaces, spaces
// collapsed and trimmed. Slashes stay, so IANA names fold too ("america/new york").
func fold(s string) string {
	s = strings.ToLower(s)
	if !isASCII(s) {
		s = foldLetters.Replace(norm.NFD.String(s))
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Mn, r) || r == '\'':
			continue // accents, and the apostrophe in "St. John's"
		case r == '_' || r == '-' || r == '.' || r == ',' || unicode.IsSpace(r):
			space = true
			continue
		case r == '/':
			space = false
			b.WriteRune(r)
			continue
		}
		if space && b.Len() > 0 && !strings.HasSuffix(b.String(), "/") {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}
